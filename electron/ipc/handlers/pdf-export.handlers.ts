import type { MendEvent } from '../../contract'
import { plansOf, refuseJournalFolders, type Vault } from '../../core'
import {
  countJournalPdfEntries,
  loadPhotoPrints,
  journalPdfSource,
  pdfFileName,
  planPdfSource,
  renderJournalPdf,
  renderPlanPdf,
  savePdf,
  type RenderedPdf,
} from '../../core/pdf'
import { requireStrongPassphrase } from '../../core/passphrase'
import { todayIn } from '../../core/repair/local-days'
import type { HostDialogs } from '../host'
import type { Handlers } from '../router'

export interface PdfExportContext {
  emit: (event: MendEvent) => void
  /** The writer's calendar, for "today" and a plan's figures: asked on every use. */
  timeZone: () => string
  /** The journal's folder and its backups': no export may land inside them. */
  ownFolders: () => readonly string[]
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

  /**
   * A PDF is far quicker to attack than the journal (no scrypt): its password meets the same rule
   * as the passphrase, the journal's names counted against it. Said before any dialog opens.
   */
  async function requireStrongPassword(password: string | undefined): Promise<void> {
    if (password === undefined) return
    await requireStrongPassphrase(password, vault.ownWords(), 'options.password', 'password')
  }

  async function save(target: string, checkpoint: () => void, render: () => Promise<RenderedPdf>) {
    // A PDF over the journal's own files (or its backups) would destroy them.
    refuseJournalFolders(target, context.ownFolders())
    const pdf = await render()
    checkpoint()
    savePdf(target, pdf)
    return { path: target, pages: pdf.pages }
  }

  return {
    'export.planPdf': async ({ planId, options }) => {
      await requireStrongPassword(options.password)
      // An unknown plan is reported before any dialog opens.
      plansOf(vault.database(), vault.clock, context.timeZone).get(planId)
      // Neutral: a file name is seen in folders, recent-file lists and backups of the disk.
      const target = await dialogs.choosePdfTarget(
        pdfFileName(`Mend plan ${todayIn(vault.clock.now(), context.timeZone())}`),
      )
      if (!target) return null
      const { checkpoint, progress } = stoppable()
      const plain = planPdfSource(vault.database(), vault.clock, context.timeZone, planId, options.sections.entries)
      const source = { ...plain, photos: await loadPhotoPrints(vault.database(), plain.entries) }
      return save(target, checkpoint, () => renderPlanPdf(source, options, new Date(vault.clock.now()), progress))
    },
    'export.journalPdf': async ({ filter, options }) => {
      await requireStrongPassword(options.password)
      const today = () => todayIn(vault.clock.now(), context.timeZone())
      // Nothing to print (or far too much) is said before the dialog, not after the person chose a place.
      countJournalPdfEntries(vault.database(), vault.clock, filter)
      const span = filter.from || filter.to ? ` ${filter.from ?? 'start'} to ${filter.to ?? today()}` : ''
      const target = await dialogs.choosePdfTarget(pdfFileName(`Mend journal${span}`))
      if (!target) return null
      const { checkpoint, progress } = stoppable()
      const plain = journalPdfSource(vault.database(), vault.clock, today(), filter)
      const source = { ...plain, photos: await loadPhotoPrints(vault.database(), plain.entries) }
      return save(target, checkpoint, () => renderJournalPdf(source, options, new Date(vault.clock.now()), progress))
    },
  }
}
