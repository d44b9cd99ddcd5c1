import { writeFileAtomic } from '../fs/atomic-write'
import type { RenderedPdf } from './pdf-document'

export { renderPlanPdf, type PlanPdfSource } from './plan-document'
export { renderJournalPdf, type JournalPdfSource } from './journal-document'
export { planPdfSource, journalPdfSource, countJournalPdfEntries, MAX_PDF_ENTRIES } from './pdf-sources'
export { loadPhotoPrints, type PhotoPrints } from './photo-prints'
export { samplePlanSource, SAMPLE_TODAY, type SamplePlanSize } from './sample-plan'
export type { RenderedPdf, PdfProgress } from './pdf-document'

/**
 * Writes the PDF where the person chose, atomically: a temp file beside it, fsync, rename. A
 * failure (disk full, no permission) leaves neither a half file nor the temp file, and becomes
 * a typed error in plain words (DISK_FULL, IO).
 */
export function savePdf(path: string, pdf: RenderedPdf): void {
  writeFileAtomic(path, pdf.bytes, 'save the PDF')
}

/**
 * A file name to suggest in the save dialog: the document's title, without the characters
 * Windows, macOS or Linux refuse in names, and not so long that a folder path makes it too long.
 */
export function pdfFileName(title: string): string {
  const cleaned = title
    .replace(/[<>:"/\\|?*\p{Cc}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '')
    .slice(0, 80)
    .trim()
  return `${cleaned || 'Mend'}.pdf`
}
