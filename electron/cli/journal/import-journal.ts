import type { JournalImportFormat } from '../../contract'
import { readImportSource, type ImportOptions } from '../../core/journal/import/read-import-source'
import { importedPhotoCount, runImport } from '../../core/photos/import-photos'
import type { CommandContext } from '../command'
import { plural } from './format'
import { withJournal } from './open-journal'

/** A progress line on a terminal's stderr, redrawn in place; nothing at all in a pipe or a log. */
function progressLine(context: CommandContext): { update(done: number, total: number): void; clear(): void } {
  const stderr = context.io.stderr
  if (stderr.isTTY !== true) return { update: () => {}, clear: () => {} }
  let drawn = false
  return {
    update(done, total) {
      drawn = true
      stderr.write(`\rImporting... ${total > 0 ? Math.floor((done / total) * 100) : 100}%`)
    },
    clear() {
      if (drawn) stderr.write('\r\u001b[K')
    },
  }
}

const FORMAT_SOURCES = {
  option: 'as given',
  'jrnl-config': "from jrnl's config",
  detected: 'found in the file',
  default: "jrnl's default",
} as const

/**
 * `mend import --from FORMAT PATH`: reads the other journal first (a file it cannot read stops
 * here, before the journal is opened), previews, then adds the entries not imported before.
 */
export async function importJournal(
  context: CommandContext,
  format: JournalImportFormat,
  path: string,
  options: ImportOptions = {},
) {
  const parsed = await readImportSource(format, path, options)
  await withJournal(context, async (journal, vault) => {
    const counts = journal.imports.preview(parsed)
    const dates = counts.firstDate
      ? `, dated ${counts.firstDate.replace('T', ' ')} to ${counts.lastDate?.replace('T', ' ')}`
      : ''
    const photos = importedPhotoCount(parsed)
    const withPhotos = photos > 0 ? ` with ${plural(photos, 'photo')}` : ''
    context.print(
      `Found ${plural(counts.entries, 'entry', 'entries')}${withPhotos} (${counts.alreadyImported} already imported)${dates}; ${plural(parsed.skipped.length, 'item')} skipped.`,
    )
    if (parsed.dateFormat)
      context.print(`Dates read as ${parsed.dateFormat.format} (${FORMAT_SOURCES[parsed.dateFormat.source]}).`)
    const progress = progressLine(context)
    const result = await vault
      .exclusive(() =>
        runImport(vault.database(), journal, parsed, { onProgress: (done, total) => progress.update(done, total) }),
      )
      .finally(() => progress.clear())
    const photoWords = result.photos > 0 ? ` and ${plural(result.photos, 'photo')}` : ''
    context.print(
      `Imported ${plural(result.added, 'entry', 'entries')}${photoWords} (${result.alreadyImported} already there).`,
    )
    for (const item of parsed.skipped) context.print(`skipped: ${item.where}: ${item.reason}`)
    for (const item of result.notes) context.print(`note: ${item.where}: ${item.reason}`)
  })
}
