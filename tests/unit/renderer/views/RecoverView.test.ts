import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest'
import { createAppRouter } from '../../../../src/router'
import RecoverView from '../../../../src/views/RecoverView.vue'
import { INFO, PASSPHRASE_REPLIES, RECOVERY_KEY, STATUS, installFakeBridge } from '../fake-bridge'

const NEW = 'copper kettle 91 meadow whisper'

/** A locked journal whose recovery key is refused, with the wait the core asks for after it. */
function wrongKeyBridge(retryAfterMs: number) {
  return installFakeBridge({
    'vault.getStatus': STATUS('locked'),
    ...PASSPHRASE_REPLIES,
    'vault.recover': {
      ok: false,
      error: { code: 'WRONG_RECOVERY_KEY', message: 'That recovery key does not open this journal.', retryAfterMs },
    },
  })
}

async function mountRecover() {
  const pinia = createPinia()
  setActivePinia(pinia)
  const router = createAppRouter()
  await router.push('/recover')
  const wrapper = mount(RecoverView, { global: { plugins: [pinia, router] }, attachTo: document.body })
  const [key, passphrase, confirmation] = wrapper.findAll('input')
  return { wrapper, router, key: key!, passphrase: passphrase!, confirmation: confirmation! }
}

beforeEach(() => {
  window.location.hash = ''
  document.body.innerHTML = ''
})

describe('recover screen', () => {
  it('says plainly when the recovery key does not fit', async () => {
    wrongKeyBridge(1000)
    const { wrapper, key, passphrase, confirmation } = await mountRecover()
    await key.setValue(RECOVERY_KEY)
    await passphrase.setValue(NEW)
    await confirmation.setValue(NEW)
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(wrapper.find('#recovery-key-error').text()).toBe('That recovery key does not open this journal.')
    expect(key.attributes('aria-invalid')).toBe('true')
  })

  it('counts down the wait after a wrong key, and sends nothing until it is over', async () => {
    const fake = wrongKeyBridge(2000)
    // The countdown's clock and its ticks, moved by hand.
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] })
    onTestFinished(() => void vi.useRealTimers())
    const { wrapper, key, passphrase, confirmation } = await mountRecover()
    await key.setValue(RECOVERY_KEY)
    await passphrase.setValue(NEW)
    await confirmation.setValue(NEW)
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    const button = wrapper.find('button[type="submit"]')
    expect(button.text()).toBe('Wait 2 s')
    expect(button.attributes('disabled')).toBeDefined()
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    const tries = () => fake.calls.filter((call) => call.procedure === 'vault.recover').length
    expect(tries()).toBe(1)
    // Once main would take a key again, the button is back and sends the next one.
    vi.advanceTimersByTime(1000)
    await flushPromises()
    expect(button.text()).toBe('Wait 1 s')
    vi.advanceTimersByTime(1000)
    await flushPromises()
    expect(button.text()).toBe('Open my journal with the new passphrase')
    expect(button.attributes('disabled')).toBeUndefined()
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(tries()).toBe(2)
  })

  it('does not send a weak new passphrase', async () => {
    const fake = installFakeBridge({ 'vault.getStatus': STATUS('locked'), ...PASSPHRASE_REPLIES })
    const { wrapper, key, passphrase, confirmation } = await mountRecover()
    await key.setValue(RECOVERY_KEY)
    await passphrase.setValue('password1234')
    await confirmation.setValue('password1234')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(wrapper.text()).toContain('This passphrase is not strong enough yet')
    expect(fake.calls.some((call) => call.procedure === 'vault.recover')).toBe(false)
  })

  it('opens the journal with the key and the new passphrase', async () => {
    const fake = installFakeBridge({
      'vault.getStatus': STATUS('locked'),
      ...PASSPHRASE_REPLIES,
      'vault.recover': { ok: true, value: INFO },
    })
    const { wrapper, router, key, passphrase, confirmation } = await mountRecover()
    await key.setValue(RECOVERY_KEY)
    await passphrase.setValue(NEW)
    await confirmation.setValue(NEW)
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    // (Then home asks for the settings, to know whether the introduction is still due.)
    expect(fake.calls.find((call) => call.procedure === 'vault.recover')).toEqual({
      procedure: 'vault.recover',
      input: { recoveryKey: RECOVERY_KEY, newPassphrase: NEW },
    })
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('home'))
  })
})
