import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createAppRouter } from '../../../../src/router'
import UnlockView from '../../../../src/views/UnlockView.vue'
import { INFO, installFakeBridge } from '../fake-bridge'

async function mountUnlock() {
  const pinia = createPinia()
  setActivePinia(pinia)
  const router = createAppRouter()
  await router.push('/unlock')
  const wrapper = mount(UnlockView, { global: { plugins: [pinia, router] }, attachTo: document.body })
  return { wrapper, router, input: wrapper.find('input'), button: () => wrapper.find('button[type="submit"]') }
}

beforeEach(() => {
  window.location.hash = ''
  document.body.innerHTML = ''
})

describe('unlock screen', () => {
  it('says plainly that the passphrase is wrong and makes the user wait', async () => {
    installFakeBridge({
      'vault.getStatus': { ok: true, value: { state: 'locked', retryAfterMs: 0 } },
      'vault.unlock': {
        ok: false,
        error: { code: 'WRONG_PASSPHRASE', message: 'That passphrase is not right.', retryAfterMs: 4000 },
      },
    })
    const { wrapper, input, button } = await mountUnlock()
    await input.setValue('not it')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(wrapper.find('[role="alert"]').text()).toMatch(
      /That passphrase is not right\. You can try again in [34] s\./,
    )
    expect(button().attributes('disabled')).toBeDefined()
    expect(button().text()).toMatch(/Wait [34] s/)
    expect((input.element as HTMLInputElement).value).toBe('')
  })

  it('shows a wait left over from an earlier run of the app', async () => {
    installFakeBridge({ 'vault.getStatus': { ok: true, value: { state: 'locked', retryAfterMs: 8000 } } })
    const { button } = await mountUnlock()
    expect(button().text()).toMatch(/Wait [78] s/)
  })

  it('opens the journal with the right passphrase', async () => {
    const fake = installFakeBridge({
      'vault.getStatus': { ok: true, value: { state: 'locked', retryAfterMs: 0 } },
      'vault.unlock': { ok: true, value: INFO },
    })
    const { wrapper, router, input } = await mountUnlock()
    await input.setValue('copper kettle 91 meadow whisper')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    // (Then home asks for the settings, to know whether the introduction is still due.)
    expect(fake.calls.find((call) => call.procedure === 'vault.unlock')).toEqual({
      procedure: 'vault.unlock',
      input: { passphrase: 'copper kettle 91 meadow whisper' },
    })
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('home'))
  })
})
