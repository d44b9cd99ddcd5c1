import { defineStore, getActivePinia } from 'pinia'
import { computed, ref } from 'vue'
import type {
  MendErrorPayload,
  PassphraseRating,
  Result,
  VaultInfo,
  VaultState,
  VaultStatus,
} from '../../electron/contract'
import { apiClient } from '../api/client'
import { flushBeforeLock, registerStoreReset, resetAllStores } from './store-registry'

/** The screen the app opens for each vault state. */
export type VaultScreen = 'welcome' | 'unlock' | 'damaged' | 'home'
const SCREEN_FOR: Record<VaultState, VaultScreen> = {
  none: 'welcome',
  locked: 'unlock',
  damaged: 'damaged',
  unlocked: 'home',
}

export const useVaultStore = defineStore('vault', () => {
  const pinia = getActivePinia()
  const status = ref<VaultStatus | null>(null)
  /** Decrypted facts about the open vault; null whenever locked. */
  const info = ref<VaultInfo | null>(null)
  /** A recovery key just made (at creation or rotation), shown once until the person confirms it. */
  const pendingRecoveryKey = ref<string | null>(null)
  const busy = ref(false)
  const error = ref<MendErrorPayload | null>(null)
  /** Epoch ms before which main will refuse another unlock attempt. */
  const retryAt = ref(0)
  /** How far an update of the journal's format has come while it unlocks; null when none runs. */
  const migration = ref<{ done: number; total: number } | null>(null)
  /** The core stopped and was started again (locked): the window says so until the person goes on. */
  const coreRestarted = ref(false)

  const state = computed<VaultState>(() => status.value?.state ?? 'locked')
  const screen = computed<VaultScreen>(() => SCREEN_FOR[state.value])

  function noteRetry(retryAfterMs: number | undefined): void {
    retryAt.value = retryAfterMs ? Date.now() + retryAfterMs : 0
  }

  async function refreshStatus(): Promise<void> {
    const result = await apiClient().call('vault.getStatus', {})
    if (result.ok) {
      status.value = result.value
      noteRetry(result.value.retryAfterMs)
      if (result.value.state === 'unlocked' && !info.value) await loadInfo()
    } else {
      error.value = result.error
    }
  }

  async function loadInfo(): Promise<void> {
    const result = await apiClient().call('vault.getInfo', {})
    if (result.ok) info.value = result.value
    else error.value = result.error
    // A window reloaded before the new recovery key was confirmed shows it again first.
    if (result.ok && !result.value.recoveryKeyConfirmed && !pendingRecoveryKey.value) {
      const pending = await apiClient().call('vault.getRecoveryKeyToConfirm', {})
      if (pending.ok) pendingRecoveryKey.value = pending.value.recoveryKey
    }
  }

  /** Runs a call that ends with an open vault (or an error to show) and records the outcome. */
  async function opened(call: Promise<Result<VaultInfo>>): Promise<boolean> {
    busy.value = true
    error.value = null
    try {
      const result = await call
      if (!result.ok) {
        error.value = result.error
        noteRetry(result.error.retryAfterMs)
        // A right key on a damaged file turns the vault 'damaged', and a lock that overtook the
        // opening (sleep, screen lock) may leave a vault that now exists: learn it from main.
        if (result.error.code === 'CORRUPT' || result.error.code === 'LOCKED') await refreshStatus()
        return false
      }
      info.value = result.value
      status.value = { state: 'unlocked', retryAfterMs: 0, location: result.value.location }
      noteRetry(0)
      return true
    } finally {
      busy.value = false
      migration.value = null
    }
  }

  function reportMigration(done: number, total: number): void {
    if (busy.value) migration.value = { done, total }
  }

  /** After the core restarted (its stores already reset, so an open journal now reads as locked). */
  function noteCoreRestarted(): void {
    coreRestarted.value = true
  }

  function acknowledgeCoreRestart(): void {
    coreRestarted.value = false
  }

  async function create(passphrase: string, displayName: string): Promise<boolean> {
    const name = displayName.trim()
    const call = apiClient().call('vault.create', name ? { passphrase, displayName: name } : { passphrase })
    const created = await opened(
      call.then((result) => {
        if (!result.ok) return result
        pendingRecoveryKey.value = result.value.recoveryKey
        return { ok: true, value: result.value.info }
      }),
    )
    // A new vault gets the short introduction once its recovery key is stored (vaults from
    // before it existed count as done). If this fails the person simply starts at home.
    if (created) await apiClient().call('settings.update', { onboardingDone: false })
    return created
  }

  function unlock(passphrase: string): Promise<boolean> {
    return opened(apiClient().call('vault.unlock', { passphrase }))
  }

  function recover(recoveryKey: string, newPassphrase: string): Promise<boolean> {
    return opened(apiClient().call('vault.recover', { recoveryKey, newPassphrase }))
  }

  /** Restoring over a damaged file ends, like unlocking, with an open vault. */
  function restoreLatestGood(passphrase: string): Promise<boolean> {
    return opened(apiClient().call('backup.restoreLatestGood', { passphrase }))
  }

  /** Shared by the settings actions that need the passphrase again; returns the error or null. */
  async function guarded<T>(call: Promise<Result<T>>): Promise<{ value: T | null; error: MendErrorPayload | null }> {
    busy.value = true
    try {
      const result = await call
      return result.ok ? { value: result.value, error: null } : { value: null, error: result.error }
    } finally {
      busy.value = false
    }
  }

  async function changePassphrase(currentPassphrase: string, newPassphrase: string): Promise<MendErrorPayload | null> {
    return (await guarded(apiClient().call('vault.changePassphrase', { currentPassphrase, newPassphrase }))).error
  }

  async function rotateRecoveryKey(passphrase: string): Promise<MendErrorPayload | null> {
    const outcome = await guarded(apiClient().call('vault.rotateRecoveryKey', { passphrase }))
    if (outcome.value) pendingRecoveryKey.value = outcome.value.recoveryKey
    return outcome.error
  }

  /** The person confirmed storing the key shown: forget it here, and tell main (ends the reminder). */
  async function acknowledgeRecoveryKey(): Promise<void> {
    pendingRecoveryKey.value = null
    const result = await apiClient().call('vault.confirmRecoveryKey', {})
    if (result.ok) info.value = result.value
    else error.value = result.error
  }

  /** Locks now and empties every store, without waiting for main's 'vault.locked' event. */
  async function lock(): Promise<void> {
    // Unsaved words are saved first: locking must never lose what was typed.
    if (pinia) await flushBeforeLock(pinia)
    const result = await apiClient().call('vault.lock', {})
    if (pinia) resetAllStores(pinia)
    else reset()
    if (!result.ok) error.value = result.error
  }

  /**
   * How strong a passphrase being chosen is, rated by main with the rule it enforces (null if the
   * rating failed: the meter then shows nothing rather than a guess). Nothing is kept.
   */
  async function ratePassphrase(passphrase: string, displayName?: string): Promise<PassphraseRating | null> {
    const name = displayName?.trim()
    const result = await apiClient().call(
      'vault.ratePassphrase',
      name ? { passphrase, displayName: name } : { passphrase },
    )
    return result.ok ? result.value : null
  }

  /** A fresh random passphrase of everyday words that meets the rule; null if none came. */
  async function suggestPassphrase(displayName?: string): Promise<string | null> {
    const name = displayName?.trim()
    const result = await apiClient().call('vault.suggestPassphrase', name ? { displayName: name } : {})
    return result.ok ? result.value.passphrase : null
  }

  /** Drops everything decrypted. Called for every store when the vault locks. */
  function reset(): void {
    info.value = null
    pendingRecoveryKey.value = null
    error.value = null
    busy.value = false
    migration.value = null
    if (status.value?.state === 'unlocked') status.value = { ...status.value, state: 'locked' }
  }

  registerStoreReset(reset)

  function clearError(): void {
    error.value = null
  }

  return {
    status,
    info,
    pendingRecoveryKey,
    busy,
    error,
    retryAt,
    migration,
    coreRestarted,
    state,
    screen,
    refreshStatus,
    reportMigration,
    noteCoreRestarted,
    acknowledgeCoreRestart,
    create,
    unlock,
    recover,
    restoreLatestGood,
    changePassphrase,
    rotateRecoveryKey,
    acknowledgeRecoveryKey,
    lock,
    reset,
    clearError,
    ratePassphrase,
    suggestPassphrase,
  }
})
