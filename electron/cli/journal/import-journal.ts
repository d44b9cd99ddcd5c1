import type { JournalImportFormat } from '../../contract'
import { readImportSource } from '../../core/journal/import/read-import-source'
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

/**
 * `mend import --from FORMAT PATH`: reads the other journal first (a file it cannot read stops
 * here, before the journal is opened), previews, then adds the entries not imported before.
 */
export async function importJournal(context: CommandContext, format: JournalImportFormat, path: string) {
  const parsed = await readImportSource(format, path)
  await withJournal(context, async (journal, vault) => {
    const counts = journal.imports.preview(parsed)
    const dates = counts.firstDate
      ? `, dated ${counts.firstDate.replace('T', ' ')} to ${counts.lastDate?.replace('T', ' ')}`
      : ''
    context.print(
      `Found ${plural(counts.entries, 'entry', 'entries')} (${counts.alreadyImported} already imported)${dates}; ${plural(parsed.skipped.length, 'item')} skipped.`,
    )
    const progress = progressLine(context)
    const result = await vault
      .exclusive(() => journal.imports.run(parsed, (done, total) => progress.update(done, total)))
      .finally(() => progress.clear())
    context.print(`Imported ${plural(result.added, 'entry', 'entries')} (${result.alreadyImported} already there).`)
    for (const item of parsed.skipped) context.print(`skipped: ${item.where}: ${item.reason}`)
  })
}
