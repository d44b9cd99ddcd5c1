import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createAppRouter } from '../../../src/router'
import { installEventHandling } from '../../../src/session'
import { useVaultStore } from '../../../src/stores/vault'
import { DEFAULT_SETTINGS, type Result } from '../../../electron/contract'
import { INFO, installFakeBridge } from './fake-bridge'

let pinia: Pinia
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

describe('the core stopping and starting again (issue 20)', () => {
  it('drops what the window held, shows the unlock screen, and explains what happened until acknowledged', async () => {
    let state: 'locked' | 'unlocked' = 'unlocked'
    const fake = installFakeBridge({
      'vault.getStatus': () => ({ ok: true, value: { state, retryAfterMs: 0 } }),
      'vault.getInfo': { ok: true, value: INFO },
    })
    const router = createAppRouter()
    installEventHandling(fake.client, pinia, router)
    await router.push('/home')
    const vault = useVaultStore()
    expect(vault.info).toEqual(INFO)

    state = 'locked'
    fake.emit({ type: 'core.restarted' })
    expect(vault.info).toBeNull()
    expect(vault.coreRestarted).toBe(true)
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('unlock'))
    vault.acknowledgeCoreRestart()
    expect(vault.coreRestarted).toBe(false)
  })

  it("shows an update of the journal's format while an unlock waits for it, and forgets it after", async () => {
    let finish: (value: Result<unknown>) => void = () => {}
    const fake = installFakeBridge({
      'vault.getStatus': { ok: true, value: { state: 'locked', retryAfterMs: 0 } },
      'vault.unlock': () => new Promise<Result<unknown>>((resolve) => (finish = resolve)),
    })
    installEventHandling(fake.client, pinia, createAppRouter())
    const vault = useVaultStore()
    fake.emit({ type: 'vault.migrating', done: 1, total: 10 })
    expect(vault.migration).toBeNull()
    const unlocking = vault.unlock('a passphrase')
    fake.emit({ type: 'vault.migrating', done: 4, total: 10 })
    expect(vault.migration).toEqual({ done: 4, total: 10 })
    finish({ ok: true, value: INFO })
    expect(await unlocking).toBe(true)
    expect(vault.migration).toBeNull()
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

describe('the introduction after creating a vault', () => {
  function bridge(onboardingDone: boolean | 'unreadable') {
    return installFakeBridge({
      'vault.getStatus': { ok: true, value: { state: 'unlocked', retryAfterMs: 0 } },
      'vault.getInfo': { ok: true, value: INFO },
      'settings.get':
        onboardingDone === 'unreadable'
          ? { ok: false, error: { code: 'IO', message: 'The disk could not be read.' } }
          : { ok: true, value: { ...DEFAULT_SETTINGS, onboardingDone } },
    })
  }

  it('comes before home while the vault has not seen it', async () => {
    bridge(false)
    const router = createAppRouter()
    await router.push('/home')
    expect(router.currentRoute.value.name).toBe('onboarding')
    // Other screens stay reachable (a shortcut, the menu): only the way home leads through it.
    await router.push('/journal')
    expect(router.currentRoute.value.name).toBe('journal')
  })

  it('is skipped for vaults that have seen it, and when settings cannot be read', async () => {
    bridge(true)
    const router = createAppRouter()
    await router.push('/home')
    expect(router.currentRoute.value.name).toBe('home')

    setActivePinia(createPinia())
    bridge('unreadable')
    const again = createAppRouter()
    await again.push('/home')
    expect(again.currentRoute.value.name).toBe('home')
  })
})
