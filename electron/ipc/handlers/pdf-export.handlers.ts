import { relative, resolve, isAbsolute } from 'node:path'
import type { MendEvent } from '../../contract'
import { MendError, plansOf, type Vault } from '../../core'
import {
  countJournalPdfEntries,
  journalPdfSource,
  pdfFileName,
  planPdfSource,
  renderJournalPdf,
  renderPlanPdf,
  savePdf,
  type RenderedPdf,
} from '../../core/pdf'
import { todayIn } from '../../core/repair/local-days'
import type { HostDialogs } from '../host'
import type { Handlers } from '../router'

export interface PdfExportContext {
  emit: (event: MendEvent) => void
  /** The writer's calendar, for "today" and a plan's figures. */
  timeZone: string
}

/**
 * PDFs leave the vault only here: to the path main's save dialog returned, never one from the
 * renderer. What to print is read before the layout starts, the layout reports progress, and the
 * file is written atomically, so a failure leaves no half-written PDF behind.
 */
export function pdfExportHandlers(
  vault: Vault,
  dialogs: HostDialogs,
  context: PdfExportContext,
): Pick<Handlers, 'export.planPdf' | 'export.journalPdf'> {
  /**
   * Progress between the parts of the layout, which is also where the export stops if the journal
   * is locked or the person cancels: the text read for it is dropped and no file is written.
   */
  function stoppable() {
    const checkpoint = vault.checkpoint({ cancellable: true })
    const progress = {
      onProgress: (done: number, total: number) => {
        checkpoint()
        context.emit({ type: 'export.progress', done, total })
      },
    }
    return { checkpoint, progress }
  }

  /** A PDF over the journal's own files (or its backups) would destroy them: refuse the whole folder. */
  function checkTarget(target: string): void {
    const inside = relative(resolve(vault.paths.directory), resolve(target))
    if (inside === '' || (!inside.startsWith('..') && !isAbsolute(inside))) {
      throw new MendError('INVALID_INPUT', "Choose a place outside Mend's own folder for the PDF.", { field: 'path' })
    }
  }

  async function save(target: string, checkpoint: () => void, render: () => Promise<RenderedPdf>) {
    checkTarget(target)
    const pdf = await render()
    checkpoint()
    savePdf(target, pdf)
    return { path: target, pages: pdf.pages }
  }

  return {
    'export.planPdf': async ({ planId, options }) => {
      // An unknown plan is reported before any dialog opens.
      const plan = plansOf(vault.database(), vault.clock, context.timeZone).get(planId)
      const target = await dialogs.choosePdfTarget(pdfFileName(plan.title))
      if (!target) return null
      const { checkpoint, progress } = stoppable()
      const source = planPdfSource(vault.database(), vault.clock, context.timeZone, planId, options.sections.entries)
      return save(target, checkpoint, () => renderPlanPdf(source, options, new Date(vault.clock.now()), progress))
    },
    'export.journalPdf': async ({ filter, options }) => {
      const today = () => todayIn(vault.clock.now(), context.timeZone)
      // Nothing to print (or far too much) is said before the dialog, not after the person chose a place.
      countJournalPdfEntries(vault.database(), vault.clock, filter)
      const span = filter.from || filter.to ? ` ${filter.from ?? 'start'} to ${filter.to ?? today()}` : ''
      const target = await dialogs.choosePdfTarget(pdfFileName(`Mend journal${span}`))
      if (!target) return null
      const { checkpoint, progress } = stoppable()
      const source = journalPdfSource(vault.database(), vault.clock, today(), filter)
      return save(target, checkpoint, () => renderJournalPdf(source, options, new Date(vault.clock.now()), progress))
    },
  }
}
