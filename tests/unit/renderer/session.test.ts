import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createAppRouter } from '../../../src/router'
import { installEventHandling, installLockShortcut } from '../../../src/session'
import { useVaultStore } from '../../../src/stores/vault'
import { INFO, installFakeBridge } from './fake-bridge'

let pinia: Pinia
let uninstall: (() => void) | undefined
afterEach(() => uninstall?.())
beforeEach(() => {
  pinia = createPinia()
  setActivePinia(pinia)
  window.location.hash = ''
})

function unlockedBridge() {
  let state: 'locked' | 'unlocked' = 'unlocked'
  return installFakeBridge({
    'vault.getStatus': () => ({ ok: true, value: { state, retryAfterMs: 0 } }),
    'vault.getInfo': { ok: true, value: INFO },
    'vault.lock': () => {
      state = 'locked'
      return { ok: true, value: { state, retryAfterMs: 0 } }
    },
  })
}

describe('locking from outside the page (idle, suspend, screen lock)', () => {
  it('drops decrypted data and shows the unlock screen', async () => {
    const fake = unlockedBridge()
    const router = createAppRouter()
    installEventHandling(fake.client, pinia, router)
    await router.push('/home')
    expect(router.currentRoute.value.name).toBe('home')
    expect(useVaultStore().info).toEqual(INFO)

    fake.emit({ type: 'vault.locked', reason: 'suspend' })
    expect(useVaultStore().info).toBeNull()
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('unlock'))
  })
})

describe('the lock shortcut', () => {
  it('Ctrl+L locks an open vault and goes to the unlock screen', async () => {
    const fake = unlockedBridge()
    const router = createAppRouter()
    uninstall = installLockShortcut(window, pinia, router)
    await router.push('/home')

    const event = new KeyboardEvent('keydown', { key: 'l', ctrlKey: true, cancelable: true })
    window.dispatchEvent(event)
    expect(event.defaultPrevented).toBe(true)
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('unlock'))
    expect(fake.calls.some((call) => call.procedure === 'vault.lock')).toBe(true)
  })

  it('does nothing for other keys or when already locked', async () => {
    const fake = installFakeBridge({ 'vault.getStatus': { ok: true, value: { state: 'locked', retryAfterMs: 0 } } })
    const router = createAppRouter()
    uninstall = installLockShortcut(window, pinia, router)
    await router.push('/unlock')
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'l', ctrlKey: true }))
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'l', ctrlKey: true, shiftKey: true }))
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'k', ctrlKey: true }))
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(fake.calls.filter((call) => call.procedure === 'vault.lock')).toEqual([])
  })
})

describe('routing guard', () => {
  it('never shows a screen the vault state does not allow', async () => {
    installFakeBridge({ 'vault.getStatus': { ok: true, value: { state: 'none', retryAfterMs: 0 } } })
    const router = createAppRouter()
    await router.push('/home')
    expect(router.currentRoute.value.name).toBe('welcome')
    await router.push('/unlock')
    expect(router.currentRoute.value.name).toBe('welcome')
  })
})
