import { defineStore, getActivePinia } from 'pinia'
import { computed, ref } from 'vue'
import type { MendErrorPayload, Result, VaultInfo, VaultStatus } from '../../electron/contract'
import { apiClient } from '../api/client'
import { registerStoreReset, resetAllStores } from './store-registry'

/** Where the app should be for a vault state: first start, locked, or open. */
export type VaultScreen = 'welcome' | 'unlock' | 'home'

export const useVaultStore = defineStore('vault', () => {
  const pinia = getActivePinia()
  const status = ref<VaultStatus | null>(null)
  /** Decrypted facts about the open vault; null whenever locked. */
  const info = ref<VaultInfo | null>(null)
  const busy = ref(false)
  const error = ref<MendErrorPayload | null>(null)
  /** Epoch ms before which main will refuse another unlock attempt. */
  const retryAt = ref(0)

  const screen = computed<VaultScreen>(() => {
    if (status.value?.state === 'unlocked') return 'home'
    if (status.value?.state === 'none') return 'welcome'
    return 'unlock'
  })

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
  }

  /** Shared by create and unlock: both end with an open vault or an error to show. */
  async function opened(call: Promise<Result<VaultInfo>>): Promise<boolean> {
    busy.value = true
    error.value = null
    try {
      const result = await call
      if (!result.ok) {
        error.value = result.error
        noteRetry(result.error.retryAfterMs)
        return false
      }
      info.value = result.value
      status.value = { state: 'unlocked', retryAfterMs: 0 }
      noteRetry(0)
      return true
    } finally {
      busy.value = false
    }
  }

  function create(passphrase: string, displayName: string): Promise<boolean> {
    const name = displayName.trim()
    return opened(apiClient().call('vault.create', name ? { passphrase, displayName: name } : { passphrase }))
  }

  function unlock(passphrase: string): Promise<boolean> {
    return opened(apiClient().call('vault.unlock', { passphrase }))
  }

  /** Locks now and empties every store, without waiting for main's 'vault.locked' event. */
  async function lock(): Promise<void> {
    const result = await apiClient().call('vault.lock', {})
    if (pinia) resetAllStores(pinia)
    else reset()
    if (!result.ok) error.value = result.error
  }

  /** Drops everything decrypted. Called for every store when the vault locks. */
  function reset(): void {
    info.value = null
    error.value = null
    busy.value = false
    if (status.value?.state === 'unlocked') status.value = { state: 'locked', retryAfterMs: 0 }
  }

  registerStoreReset(reset)

  function clearError(): void {
    error.value = null
  }

  return { status, info, busy, error, retryAt, screen, refreshStatus, create, unlock, lock, reset, clearError }
})
