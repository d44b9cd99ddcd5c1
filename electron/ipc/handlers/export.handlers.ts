import { buildExport, refuseJournalFolders, writeJsonExport, writeMarkdownExport, type Vault } from '../../core'
import type { HostDialogs } from '../host'
import type { Handlers } from '../router'
import { pdfExportHandlers, type PdfExportContext } from './pdf-export.handlers'

/** Plaintext leaves the vault only here: to the place the person picked, after the warning. */
export function exportHandlers(
  vault: Vault,
  dialogs: HostDialogs,
  pdf: PdfExportContext,
): Pick<Handlers, 'export.plaintext' | 'export.planPdf' | 'export.journalPdf'> {
  return {
    ...pdfExportHandlers(vault, dialogs, pdf),
    'export.plaintext': async ({ format }) => {
      const day = new Date(vault.clock.now()).toISOString().slice(0, 10)
      const target = await dialogs.chooseExportTarget(
        format,
        format === 'json' ? `mend-export-${day}.json` : `mend-export-${day}`,
      )
      if (!target) return null
      refuseJournalFolders(target, pdf.ownFolders())
      const data = buildExport(vault.database(), vault.clock.now())
      if (format === 'json') writeJsonExport(target, data)
      else writeMarkdownExport(target, data)
      return { path: target }
    },
  }
}
