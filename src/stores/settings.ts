import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { MendErrorPayload, Settings } from '../../electron/contract'
import { apiClient } from '../api/client'
import { registerStoreReset } from './store-registry'

export const useSettingsStore = defineStore('settings', () => {
  const settings = ref<Settings | null>(null)
  const error = ref<MendErrorPayload | null>(null)
  /** Epoch ms of the last successful save, for a quiet "Saved" note. */
  const savedAt = ref(0)

  async function load(): Promise<void> {
    const result = await apiClient().call('settings.get', {})
    if (result.ok) settings.value = result.value
    else error.value = result.error
  }

  async function update(patch: Partial<Settings>): Promise<boolean> {
    error.value = null
    const result = await apiClient().call('settings.update', patch)
    if (!result.ok) {
      error.value = result.error
      return false
    }
    settings.value = result.value
    savedAt.value = Date.now()
    return true
  }

  function reset(): void {
    settings.value = null
    error.value = null
    savedAt.value = 0
  }
  registerStoreReset(reset)

  return { settings, error, savedAt, load, update, reset }
})
