import type { Entry } from '../../contract/journal.contract'
import type { PdfOptions } from '../../contract/pdf-values'
import { writeEntry, writeEntryDivider, type PeopleNames } from './entry-section'
import type { PhotoPrints } from './photo-prints'
import { nextTick, openDocument, type PdfProgress, type RenderedPdf } from './pdf-document'
import { longDay, monthTitle, plural } from './pdf-format'
import { reserveContents, writeContents, writeTitlePage } from './pdf-pages'

/** The entries a journal PDF prints, and how they were picked (for the title page). */
export interface JournalPdfSource {
  /** Oldest first. */
  entries: readonly Entry[]
  people: PeopleNames
  /** The filter in words, one line each: "From 1 March 2026", "Tagged #walks". Empty: every entry. */
  selection: ReadonlyArray<readonly [string, string]>
  /** Today on the writer's calendar. */
  today: string
  /** The entries' photos, ready to print (loadPhotoPrints); none when absent. */
  photos?: PhotoPrints
}

/** Entries grouped by calendar month, oldest month first. */
function byMonth(entries: readonly Entry[]): Array<{ month: string; entries: Entry[] }> {
  const months: Array<{ month: string; entries: Entry[] }> = []
  for (const entry of entries) {
    const month = entry.entryDate.slice(0, 7)
    const last = months.at(-1)
    if (last?.month === month) last.entries.push(entry)
    else months.push({ month, entries: [entry] })
  }
  return months
}

/** How many entries are laid out between two progress reports (and chances for the window to hear). */
const ENTRIES_PER_REPORT = 10

/** Up to this many entries, the contents lists each one under its month; beyond, months only. */
const ENTRIES_IN_CONTENTS = 60

/**
 * A stretch of the journal as a document: a title page saying which entries it holds, contents by
 * month, then each month's entries with their dates, moods, tags, people and text.
 */
export async function renderJournalPdf(
  source: JournalPdfSource,
  options: PdfOptions,
  createdAt: Date,
  progress: PdfProgress = {},
): Promise<RenderedPdf> {
  const { entries } = source
  const first = entries[0]?.entryDate.slice(0, 10)
  const last = entries.at(-1)?.entryDate.slice(0, 10)
  const span = first && last ? (first === last ? longDay(first) : `${longDay(first)} to ${longDay(last)}`) : ''
  const { writer, finish } = await openDocument(options, { title: 'Mend journal', createdAt })
  writeTitlePage(writer, {
    kicker: 'Mend  ·  Journal',
    title: 'Journal',
    subtitle: span || 'No entries',
    facts: [
      ['Entries', plural(entries.length, 'entry', 'entries')],
      ...(source.selection.length ? source.selection : [['Chosen', 'Every entry'] as const]),
      ['Printed', longDay(source.today)],
    ],
    privateNote:
      'This is a private document, printed from Mend, a journal kept on one computer. It holds personal ' +
      'writing: keep it somewhere safe, and share it only with someone you trust with it.' +
      (options.password ? ' The file is protected with a password.' : ''),
  })
  const months = byMonth(entries)
  const listEntries = entries.length <= ENTRIES_IN_CONTENTS
  const contents = reserveContents(writer, months.length + (listEntries ? entries.length : 0))
  let done = 0
  for (const [index, month] of months.entries()) {
    writer.heading(monthTitle(month.month), 1, { newPage: index > 0 && writer.y > writer.bottom - 200 })
    for (const [position, entry] of month.entries.entries()) {
      if (position > 0) writeEntryDivider(writer)
      writeEntry(writer, entry, source.people, listEntries, source.photos)
      done++
      if (done % ENTRIES_PER_REPORT === 0 || done === entries.length) {
        progress.onProgress?.(done, entries.length)
        await nextTick()
      }
    }
  }
  writeContents(writer, contents)
  return finish(span ? `Journal, ${span}` : 'Journal')
}
