import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createAppRouter } from '../../../../src/router'
import WelcomeView from '../../../../src/views/WelcomeView.vue'
import { CREATED, PASSPHRASE_REPLIES, SUGGESTED, installFakeBridge } from '../fake-bridge'

const GOOD = 'copper kettle 91 meadow whisper'

async function mountWelcome() {
  const pinia = createPinia()
  setActivePinia(pinia)
  const router = createAppRouter()
  await router.push('/welcome')
  const wrapper = mount(WelcomeView, { global: { plugins: [pinia, router] }, attachTo: document.body })
  const [name, passphrase, confirmation] = wrapper.findAll('input')
  return { wrapper, router, name: name!, passphrase: passphrase!, confirmation: confirmation! }
}

beforeEach(() => {
  window.location.hash = ''
  document.body.innerHTML = ''
})

describe('welcome screen', () => {
  it('refuses a short passphrase with a clear message and creates nothing', async () => {
    const fake = installFakeBridge({
      'vault.getStatus': { ok: true, value: { state: 'none', retryAfterMs: 0 } },
      ...PASSPHRASE_REPLIES,
    })
    const { wrapper, passphrase, confirmation } = await mountWelcome()
    await passphrase.setValue('short')
    await confirmation.setValue('short')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(wrapper.text()).toContain('This passphrase is not strong enough yet: see why just above.')
    expect(wrapper.find('[data-testid="strength-reasons"]').text()).toContain('It is shorter than 10 characters.')
    expect(fake.calls.some((call) => call.procedure === 'vault.create')).toBe(false)
  })

  it('shows the strength of what is typed', async () => {
    installFakeBridge({
      'vault.getStatus': { ok: true, value: { state: 'none', retryAfterMs: 0 } },
      ...PASSPHRASE_REPLIES,
    })
    const { wrapper, passphrase } = await mountWelcome()
    const meter = () => wrapper.find('[role="meter"]').attributes('aria-valuetext')
    expect(meter()).toBe('Not set yet')
    await passphrase.setValue('password1234')
    // Rated by main after a pause in typing, with the reasons in plain words.
    await vi.waitFor(() => expect(meter()).toBe('Very weak'))
    const reasons = wrapper.find('[data-testid="strength-reasons"]').text()
    expect(reasons).toContain('It is, or is built on, a password many people use.')
    expect(reasons).toContain('It runs in order, like abc or 1234.')
    await passphrase.setValue(GOOD)
    await vi.waitFor(() => expect(meter()).toBe('Strong'))
    expect(wrapper.find('[data-testid="strength-reasons"]').exists()).toBe(false)
  })

  it('suggests a passphrase of random words, and puts it in the field when asked', async () => {
    const fake = installFakeBridge({
      'vault.getStatus': { ok: true, value: { state: 'none', retryAfterMs: 0 } },
      ...PASSPHRASE_REPLIES,
    })
    const { wrapper, name, passphrase } = await mountWelcome()
    await name.setValue('Robin')
    await wrapper.find('[data-testid="passphrase-suggestion"] button').trigger('click')
    await flushPromises()
    expect(fake.calls.find((call) => call.procedure === 'vault.suggestPassphrase')?.input).toEqual({
      displayName: 'Robin',
    })
    expect(wrapper.find('[data-testid="suggested-passphrase"]').text()).toBe(SUGGESTED)
    expect((passphrase.element as HTMLInputElement).value).toBe('')
    const use = wrapper.findAll('[data-testid="passphrase-suggestion"] button').at(1)
    await use?.trigger('click')
    expect((passphrase.element as HTMLInputElement).value).toBe(SUGGESTED)
    expect(wrapper.text()).toContain('Type it once more below to confirm it.')
  })

  it('asks for the same passphrase twice', async () => {
    const fake = installFakeBridge({
      'vault.getStatus': { ok: true, value: { state: 'none', retryAfterMs: 0 } },
      ...PASSPHRASE_REPLIES,
    })
    const { wrapper, passphrase, confirmation } = await mountWelcome()
    await passphrase.setValue(GOOD)
    await confirmation.setValue(`${GOOD}!`)
    await wrapper.find('form').trigger('submit')
    expect(wrapper.text()).toContain('The two passphrases do not match.')
    expect(fake.calls.some((call) => call.procedure === 'vault.create')).toBe(false)
  })

  it('creates the vault with the name and shows the recovery key next', async () => {
    const fake = installFakeBridge({
      'vault.getStatus': { ok: true, value: { state: 'none', retryAfterMs: 0 } },
      ...PASSPHRASE_REPLIES,
      'vault.create': { ok: true, value: CREATED },
    })
    const { wrapper, router, name, passphrase, confirmation } = await mountWelcome()
    await name.setValue('Robin')
    await passphrase.setValue(GOOD)
    await confirmation.setValue(GOOD)
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(fake.calls.find((call) => call.procedure === 'vault.create')?.input).toEqual({
      passphrase: GOOD,
      displayName: 'Robin',
    })
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('recovery-key'))
  })

  it('shows main’s refusal in plain words', async () => {
    installFakeBridge({
      'vault.getStatus': { ok: true, value: { state: 'none', retryAfterMs: 0 } },
      ...PASSPHRASE_REPLIES,
      'vault.create': { ok: false, error: { code: 'DISK_FULL', message: 'The disk is full, so Mend could not save.' } },
    })
    const { wrapper, passphrase, confirmation } = await mountWelcome()
    await passphrase.setValue(GOOD)
    await confirmation.setValue(GOOD)
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(wrapper.find('[role="alert"]').text()).toBe('The disk is full, so Mend could not save.')
  })
})
