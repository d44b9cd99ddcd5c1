import {
  buildExport,
  exportedPhotoBytes,
  refuseJournalFolders,
  writeJsonExport,
  writeMarkdownExport,
  type Vault,
} from '../../core'
import { todayIn } from '../../core/repair/local-days'
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
      // The person's own day, where they are now: a file made at 20:30 in New York is that day's.
      const day = todayIn(vault.clock.now(), pdf.timeZone())
      const target = await dialogs.chooseExportTarget(
        format,
        format === 'json' ? `mend-export-${day}.json` : `mend-export-${day}`,
      )
      if (!target) return null
      refuseJournalFolders(target, pdf.ownFolders())
      const data = buildExport(vault.database(), vault.clock.now())
      const readPhoto = (key: string) => exportedPhotoBytes(vault.database(), key)
      if (format === 'json') writeJsonExport(target, data, readPhoto)
      else writeMarkdownExport(target, data, readPhoto)
      return { path: target }
    },
  }
}
