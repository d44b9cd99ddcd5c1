import { z } from 'zod'
import { defineProcedure } from './procedure'

export const IMPORT_FORMAT_NAMES = ['jrnl', 'jrnl-json', 'dayone-json', 'markdown'] as const
export const JournalImportFormat = z.enum(IMPORT_FORMAT_NAMES)
export type JournalImportFormat = z.infer<typeof JournalImportFormat>

export const SkippedImportItem = z.strictObject({ where: z.string(), reason: z.string() })

/** What an import would do, shown before anything is written. */
export const ImportPreview = z.strictObject({
  /** Names the parsed source held in main until it is imported or another file is chosen. */
  token: z.string(),
  format: JournalImportFormat,
  sourceName: z.string(),
  entries: z.number().int().nonnegative(),
  /** Entries already in the journal from an earlier import of the same source. */
  alreadyImported: z.number().int().nonnegative(),
  tags: z.number().int().nonnegative(),
  firstDate: z.string().nullable(),
  lastDate: z.string().nullable(),
  skipped: z.array(SkippedImportItem),
})
export type ImportPreview = z.infer<typeof ImportPreview>

export const ImportResult = z.strictObject({
  added: z.number().int().nonnegative(),
  alreadyImported: z.number().int().nonnegative(),
  skipped: z.array(SkippedImportItem),
})
export type ImportResult = z.infer<typeof ImportResult>

export const importProcedures = {
  /** Opens the system file (or, for Markdown, folder) dialog in main and reads the choice; null if cancelled. */
  'import.chooseSource': defineProcedure({
    input: z.strictObject({ format: JournalImportFormat }),
    output: ImportPreview.nullable(),
    whileLocked: false,
  }),
  /** Progress arrives as `import.progress` events. Importing the same source twice adds nothing. */
  'import.run': defineProcedure({
    input: z.strictObject({ token: z.string().min(1).max(100) }),
    output: ImportResult,
    whileLocked: false,
  }),
}
