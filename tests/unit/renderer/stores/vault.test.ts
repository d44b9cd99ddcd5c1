import { createPinia, defineStore, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { ref } from 'vue'
import { registerStoreReset } from '../../../../src/stores/store-registry'
import { useVaultStore } from '../../../../src/stores/vault'
import { CREATED, INFO, RECOVERY_KEY, installFakeBridge } from '../fake-bridge'

// A stand-in for later feature stores (journal, plans): holds "decrypted" data until reset.
const useNotesStore = defineStore('notes', () => {
  const notes = ref<string[]>([])
  const reset = () => (notes.value = [])
  registerStoreReset(reset)
  return { notes, reset }
})

beforeEach(() => {
  const pinia = createPinia()
  setActivePinia(pinia)
})

describe('vault store', () => {
  it('maps the vault state to the screen the app shows', async () => {
    const fake = installFakeBridge({ 'vault.getStatus': { ok: true, value: { state: 'none', retryAfterMs: 0 } } })
    const vault = useVaultStore()
    await vault.refreshStatus()
    expect(vault.screen).toBe('welcome')
    fake.replies['vault.getStatus'] = { ok: true, value: { state: 'locked', retryAfterMs: 0 } }
    await vault.refreshStatus()
    expect(vault.screen).toBe('unlock')
  })

  it('keeps the vault facts after a successful unlock', async () => {
    const fake = installFakeBridge({ 'vault.unlock': { ok: true, value: INFO } })
    const vault = useVaultStore()
    expect(await vault.unlock('orchard lantern quietly')).toBe(true)
    expect(fake.calls).toEqual([{ procedure: 'vault.unlock', input: { passphrase: 'orchard lantern quietly' } }])
    expect(vault.info).toEqual(INFO)
    expect(vault.screen).toBe('home')
  })

  it('remembers when another attempt is allowed after a wrong passphrase', async () => {
    installFakeBridge({
      'vault.unlock': {
        ok: false,
        error: { code: 'WRONG_PASSPHRASE', message: 'That passphrase is not right.', retryAfterMs: 4000 },
      },
    })
    const vault = useVaultStore()
    const before = Date.now()
    expect(await vault.unlock('nope')).toBe(false)
    expect(vault.error?.code).toBe('WRONG_PASSPHRASE')
    expect(vault.retryAt).toBeGreaterThanOrEqual(before + 4000)
    expect(vault.info).toBeNull()
    expect(vault.busy).toBe(false)
  })

  it('sends the trimmed name only when one was given', async () => {
    const fake = installFakeBridge({ 'vault.create': { ok: true, value: CREATED } })
    const vault = useVaultStore()
    await vault.create('orchard lantern quietly', '   ')
    // The recovery key waits to be shown once, then is forgotten when confirmed.
    expect(vault.pendingRecoveryKey).toBe(RECOVERY_KEY)
    expect(vault.info).toEqual(INFO)
    await vault.create('orchard lantern quietly', '  Robin ')
    const creates = fake.calls.filter((call) => call.procedure === 'vault.create')
    expect(creates.map((call) => call.input)).toEqual([
      { passphrase: 'orchard lantern quietly' },
      { passphrase: 'orchard lantern quietly', displayName: 'Robin' },
    ])
  })

  it('marks a new vault as waiting for its introduction, and a refused creation not at all', async () => {
    const fake = installFakeBridge({ 'vault.create': { ok: true, value: CREATED } })
    await useVaultStore().create('orchard lantern quietly', '')
    expect(fake.calls.at(-1)).toEqual({ procedure: 'settings.update', input: { onboardingDone: false } })

    const refused = installFakeBridge({
      'vault.create': { ok: false, error: { code: 'INVALID_INPUT', message: 'Too short.', field: 'passphrase' } },
    })
    await useVaultStore().create('short', '')
    expect(refused.calls.map((call) => call.procedure)).toEqual(['vault.create'])
  })

  it('lock asks main to lock and empties every store', async () => {
    const fake = installFakeBridge({
      'vault.create': { ok: true, value: CREATED },
      'vault.lock': { ok: true, value: { state: 'locked', retryAfterMs: 0, location: INFO.location } },
    })
    const vault = useVaultStore()
    const notes = useNotesStore()
    await vault.create('orchard lantern quietly', 'Robin')
    notes.notes.push('something private')

    await vault.lock()
    expect(fake.calls.at(-1)?.procedure).toBe('vault.lock')
    expect(vault.info).toBeNull()
    expect(vault.pendingRecoveryKey).toBeNull()
    expect(vault.screen).toBe('unlock')
    expect(notes.notes).toEqual([])
  })
})
