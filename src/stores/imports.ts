import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { ImportPreview, ImportResult, JournalImportFormat, MendErrorPayload } from '../../electron/contract'
import { apiClient } from '../api/client'
import { registerStoreReset } from './store-registry'

/** Import in three visible steps: choose a source, look at the preview, import with progress. */
export const useImportsStore = defineStore('imports', () => {
  const preview = ref<ImportPreview | null>(null)
  const result = ref<ImportResult | null>(null)
  const progress = ref<{ done: number; total: number } | null>(null)
  const busy = ref(false)
  /** The person asked to stop the import running now; then, that it stopped and added nothing. */
  const stopping = ref(false)
  const stopped = ref(false)
  /**
   * The core has begun the import (its first progress came): only from then on can Stop reach it.
   * A stop asked earlier would be cleared when the import starts, and the import would run on.
   */
  const started = ref(false)
  const error = ref<MendErrorPayload | null>(null)
  /** Bumped by reset (a lock), so an answer that arrives afterwards is dropped. */
  let generation = 0

  async function choose(format: JournalImportFormat, dateFormat = ''): Promise<void> {
    error.value = null
    result.value = null
    busy.value = true
    const mine = generation
    const typed = dateFormat.trim()
    const answer = await apiClient().call('import.chooseSource', typed ? { format, dateFormat: typed } : { format })
    if (mine !== generation) return
    busy.value = false
    if (!answer.ok) {
      error.value = answer.error
      preview.value = null
      return
    }
    if (answer.value) preview.value = answer.value
  }

  async function run(): Promise<boolean> {
    if (!preview.value) return false
    busy.value = true
    error.value = null
    stopped.value = false
    started.value = false
    progress.value = { done: 0, total: preview.value.entries * 2 }
    const mine = generation
    const answer = await apiClient().call('import.run', { token: preview.value.token })
    if (mine !== generation) return false
    busy.value = false
    stopping.value = false
    started.value = false
    progress.value = null
    if (!answer.ok) {
      // Stopped at the person's word: the import was undone whole, which is no error.
      if (answer.error.code === 'CANCELLED') stopped.value = true
      else error.value = answer.error
      return false
    }
    result.value = answer.value
    preview.value = null
    return true
  }

  function reportProgress(done: number, total: number): void {
    if (!busy.value) return
    progress.value = { done, total }
    started.value = true
  }

  function cancel(): void {
    preview.value = null
    stopped.value = false
  }

  /**
   * Stops the import running now at its next step. While entries are stored it answers CANCELLED,
   * having added nothing; among the photos, the entries stay and the answer names the photos left.
   */
  async function stop(): Promise<void> {
    if (!busy.value || !started.value || stopping.value) return
    stopping.value = true
    await apiClient().call('session.cancelWork', {})
  }

  function reset(): void {
    generation += 1
    preview.value = null
    result.value = null
    progress.value = null
    busy.value = false
    stopping.value = false
    stopped.value = false
    error.value = null
  }
  registerStoreReset(reset)

  return {
    preview,
    result,
    progress,
    busy,
    stopping,
    stopped,
    started,
    error,
    choose,
    run,
    reportProgress,
    cancel,
    stop,
    reset,
  }
})
