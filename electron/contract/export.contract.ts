import { z } from 'zod'
import { RowId } from './journal-values'
import {
  JournalPdfFilter,
  PdfExportResult,
  PdfOptions,
  PlanPdfOptions,
  requireUnprotectedConfirmation,
} from './pdf-values'
import { defineProcedure } from './procedure'

export * from './pdf-values'

export const PlaintextFormat = z.enum(['json', 'markdown'])
export type PlaintextFormat = z.infer<typeof PlaintextFormat>

export const exportProcedures = {
  /**
   * Writes the whole journal unencrypted where the user chooses (main shows the save dialog).
   * `confirmUnencrypted` must be true: the renderer only sends it after the user read the warning.
   */
  'export.plaintext': defineProcedure({
    input: z.strictObject({ format: PlaintextFormat, confirmUnencrypted: z.literal(true) }),
    output: z.strictObject({ path: z.string() }).nullable(),
    whileLocked: false,
  }),
  /**
   * Prints a repair plan to a PDF where the person chooses (main shows the save dialog). Without a
   * password, `confirmUnprotected` must be true: the renderer sends it after showing the warning.
   * Progress comes as `export.progress` events.
   */
  'export.planPdf': defineProcedure({
    input: z
      .strictObject({ planId: RowId, options: PlanPdfOptions, confirmUnprotected: z.literal(true).optional() })
      .superRefine(requireUnprotectedConfirmation),
    output: PdfExportResult,
    whileLocked: false,
  }),
  /** Prints the journal entries the filter picks (oldest first, by month) to a PDF, as above. */
  'export.journalPdf': defineProcedure({
    input: z
      .strictObject({ filter: JournalPdfFilter, options: PdfOptions, confirmUnprotected: z.literal(true).optional() })
      .superRefine(requireUnprotectedConfirmation),
    output: PdfExportResult,
    whileLocked: false,
  }),
}
