import { z } from 'zod'
import { defineProcedure } from './procedure'

export const IMPORT_FORMAT_NAMES = ['jrnl', 'jrnl-folder', 'jrnl-json', 'dayone-json', 'markdown'] as const
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
  /** Imported, with something worth knowing: a date that had to be chosen, a photo not found by name. */
  notes: z.array(SkippedImportItem),
  /** Photos the entries bring. */
  photos: z.number().int().nonnegative(),
  /** For jrnl: the timeformat the dates were read with, and where it came from, so the person can check. */
  dateFormat: z
    .strictObject({ format: z.string(), source: z.enum(['option', 'jrnl-config', 'detected', 'default']) })
    .nullable(),
})
export type ImportPreview = z.infer<typeof ImportPreview>

export const ImportResult = z.strictObject({
  added: z.number().int().nonnegative(),
  alreadyImported: z.number().int().nonnegative(),
  skipped: z.array(SkippedImportItem),
  notes: z.array(SkippedImportItem),
  photos: z.number().int().nonnegative(),
})
export type ImportResult = z.infer<typeof ImportResult>

export const importProcedures = {
  /** Opens the system file (or, for Markdown, folder) dialog in main and reads the choice; null if cancelled. */
  'import.chooseSource': defineProcedure({
    input: z.strictObject({
      format: JournalImportFormat,
      /** jrnl's timeformat (`%d.%m.%Y %H:%M`); empty or absent: read jrnl's config, else detect it. */
      dateFormat: z.string().max(100).optional(),
    }),
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
