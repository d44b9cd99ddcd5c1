import { defineStore } from 'pinia'
import { ref } from 'vue'
import type {
  JournalPdfFilter,
  MendErrorPayload,
  PdfExportResult,
  PdfOptions,
  PlanPdfOptions,
  Result,
} from '../../electron/contract'
import { apiClient } from '../api/client'
import { useNoticesStore } from './notices'
import { registerStoreReset } from './store-registry'
import { messages } from '../messages'

/**
 * Printing a plan or journal entries to PDF: main asks where to save, lays the document out
 * (reporting progress) and writes it. Without a password the request carries the person's
 * confirmation that they read the warning.
 */
export const usePdfExportStore = defineStore('pdf-export', () => {
  const busy = ref(false)
  /** The person asked to stop the export running now. */
  const stopping = ref(false)
  const progress = ref<{ done: number; total: number } | null>(null)
  const error = ref<MendErrorPayload | null>(null)
  const lastSaved = ref<NonNullable<PdfExportResult> | null>(null)
  /** Bumped by reset (a lock), so an answer that arrives afterwards is dropped. */
  let generation = 0

  async function run(call: () => Promise<Result<PdfExportResult>>): Promise<boolean> {
    busy.value = true
    error.value = null
    progress.value = null
    const mine = generation
    // Progress events only matter while this export runs: listen just for its duration.
    const stop = apiClient().onEvent((event) => {
      if (event.type === 'export.progress' && mine === generation && busy.value) {
        progress.value = { done: event.done, total: event.total }
      }
    })
    try {
      const answer = await call()
      if (mine !== generation) return false
      if (!answer.ok) {
        // Stopped at the person's word: nothing was written, which is no error.
        if (answer.error.code === 'CANCELLED') useNoticesStore().push(messages.notices.pdfStopped)
        else error.value = answer.error
        return false
      }
      if (!answer.value) return false
      lastSaved.value = answer.value
      useNoticesStore().push(messages.notices.pdfSaved(answer.value.pages, answer.value.path))
      return true
    } finally {
      stop()
      if (mine === generation) {
        busy.value = false
        stopping.value = false
        progress.value = null
      }
    }
  }

  function exportPlan(planId: number, options: PlanPdfOptions): Promise<boolean> {
    return run(() =>
      apiClient().call(
        'export.planPdf',
        options.password ? { planId, options } : { planId, options, confirmUnprotected: true },
      ),
    )
  }

  function exportJournal(filter: JournalPdfFilter, options: PdfOptions): Promise<boolean> {
    return run(() =>
      apiClient().call(
        'export.journalPdf',
        options.password ? { filter, options } : { filter, options, confirmUnprotected: true },
      ),
    )
  }

  /** Stops the export at its next part: no file is written. */
  async function stop(): Promise<void> {
    if (!busy.value || stopping.value) return
    stopping.value = true
    await apiClient().call('session.cancelWork', {})
  }

  function clearError(): void {
    error.value = null
  }

  function reset(): void {
    generation += 1
    busy.value = false
    stopping.value = false
    progress.value = null
    error.value = null
    lastSaved.value = null
  }
  registerStoreReset(reset)

  return { busy, stopping, progress, error, lastSaved, exportPlan, exportJournal, stop, clearError, reset }
})
