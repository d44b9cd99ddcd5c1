import { z } from 'zod'
import { LocalDate, RowId, TagName } from './journal-values'
import { MIN_PASSPHRASE_LENGTH } from './passphrase-policy'

/**
 * What a person can choose when they print a plan or a stretch of their journal to PDF. The
 * renderer builds these, main validates them, core's PDF writer reads them.
 */

export const PDF_PAGE_SIZES = ['A4', 'Letter'] as const
export const PdfPageSize = z.enum(PDF_PAGE_SIZES)
export type PdfPageSize = z.infer<typeof PdfPageSize>

export const PDF_FONT_SIZES = ['small', 'normal', 'large'] as const
export const PdfFontSize = z.enum(PDF_FONT_SIZES)
export type PdfFontSize = z.infer<typeof PdfFontSize>

export const PDF_FONT_SIZE_LABELS: Readonly<Record<PdfFontSize, string>> = {
  small: 'Small',
  normal: 'Normal',
  large: 'Large',
}

/**
 * PDF 2.0-style AES-256 passwords are at most 127 bytes of UTF-8; anything longer would be cut
 * silently by the writer, so a longer one is refused instead. Short ones are refused because a
 * PDF can be attacked offline, without limit on tries: the floor is a passphrase's, and core
 * rates the rest with the same rule (see passphrase-policy.ts).
 */
export const PDF_PASSWORD_MIN_CHARS = MIN_PASSPHRASE_LENGTH
export const PdfPassword = z
  .string()
  .min(PDF_PASSWORD_MIN_CHARS, `Use at least ${PDF_PASSWORD_MIN_CHARS} characters.`)
  .refine((password) => new TextEncoder().encode(password).length <= 127, 'Use a shorter password.')
  .refine((password) => !/\p{Cc}/u.test(password), 'A password cannot hold control characters.')

/** Options every PDF takes. Without a password the file is readable by anyone who has it. */
export const PdfOptions = z.strictObject({
  pageSize: PdfPageSize,
  fontSize: PdfFontSize,
  password: PdfPassword.optional(),
})
export type PdfOptions = z.infer<typeof PdfOptions>

/** Which parts of a plan go into its PDF. The title page, contents and expectations always do. */
export const PlanPdfSections = z.strictObject({
  /** The four steps in the writer's words: ownership, compassion, what they need to hear. */
  steps: z.boolean(),
  amends: z.boolean(),
  /** Commitments with their figures, the chart and the full check-in record. */
  commitments: z.boolean(),
  /** Journal entries linked to the plan, in full. */
  entries: z.boolean(),
  /** The plan's private notes: never printed unless asked for. */
  privateNotes: z.boolean(),
})
export type PlanPdfSections = z.infer<typeof PlanPdfSections>

/**
 * A plan's PDF may be handed to the person it is about: the journal entries linked to it, like
 * the private notes, go in only when asked for.
 */
export const DEFAULT_PLAN_PDF_SECTIONS: Readonly<PlanPdfSections> = {
  steps: true,
  amends: true,
  commitments: true,
  entries: false,
  privateNotes: false,
}

export const PLAN_PDF_SECTION_LABELS: Readonly<Record<keyof PlanPdfSections, string>> = {
  steps: 'The four steps, in my words',
  amends: 'Amends',
  commitments: 'Commitments and the check-in record',
  entries: 'Linked journal entries',
  privateNotes: 'My private notes',
}

export const PlanPdfOptions = PdfOptions.extend({ sections: PlanPdfSections })
export type PlanPdfOptions = z.infer<typeof PlanPdfOptions>

/** Which journal entries a journal PDF holds: all of these narrow it (no filter: every entry). */
export const JournalPdfFilter = z
  .strictObject({
    /** Inclusive calendar days. */
    from: LocalDate.optional(),
    to: LocalDate.optional(),
    /** Entries with every one of these tags. */
    tags: z.array(TagName).max(50).optional(),
    /** Entries about any of these people. */
    personIds: z.array(RowId).max(20).optional(),
  })
  .refine((filter) => !filter.from || !filter.to || filter.from <= filter.to, {
    message: 'The first day must come before the last.',
    path: ['to'],
  })
export type JournalPdfFilter = z.infer<typeof JournalPdfFilter>

/** Where the PDF went and how long it is; null when the person cancelled the save dialog. */
export const PdfExportResult = z.strictObject({ path: z.string(), pages: z.number().int().positive() }).nullable()
export type PdfExportResult = z.infer<typeof PdfExportResult>

/**
 * A PDF without a password is plaintext: the request must say the person saw that warning.
 * With a password, no confirmation is needed.
 */
export function requireUnprotectedConfirmation(
  input: { options: { password?: string | undefined }; confirmUnprotected?: true | undefined },
  context: z.RefinementCtx,
): void {
  if (input.options.password === undefined && input.confirmUnprotected !== true) {
    context.addIssue({
      code: 'custom',
      path: ['confirmUnprotected'],
      message: 'A PDF without a password is readable by anyone: confirm that this is what you want.',
    })
  }
}
