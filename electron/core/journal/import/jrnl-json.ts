import {
  DEFAULT_TIME,
  createCollector,
  finishEntry,
  isRecord,
  jrnlImportKey,
  normalizeNewlines,
  readEntriesDocument,
  trimBlock,
  unreadable,
  wallDateTime,
  type EntryOutcome,
} from './import-helpers'
import type { ParsedImport } from './imported-entry'
import { jrnlTagsIn } from './jrnl-text'

/*
 * jrnl's JSON export (`jrnl --format json`, plugins/exporter/json.py):
 *   { "tags": { "@tag": 1 }, "entries": [ { "title", "body", "date": "2020-07-01",
 *     "time": "20:00", "tags": ["@tag"], "starred": false } ] }
 * Entries from a Day One journal may also carry "uuid" and "creator"; they are not needed here.
 */

const FORMAT_NAME = 'jrnl JSON export'
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const TIME = /^(\d{1,2}):(\d{2})(?::\d{2})?$/

/** The entry's wall-clock date, or why it has none Mend can use. */
function readDate(entry: Record<string, unknown>): { value: string } | { reason: string } {
  if (entry.date === undefined || entry.date === null || entry.date === '') return { reason: 'the entry has no date' }
  const day = typeof entry.date === 'string' ? DATE.exec(entry.date.trim()) : null
  if (!day) return { reason: 'the date of the entry is not a date (expected YYYY-MM-DD)' }
  const time = entry.time === undefined || entry.time === null ? DEFAULT_TIME : entry.time
  const clock = typeof time === 'string' ? TIME.exec(time.trim()) : null
  if (!clock) return { reason: 'the time of the entry is not a time (expected HH:MM)' }
  const [, year, month, date] = day
  const [, hour, minute] = clock
  const value = wallDateTime(Number(year), Number(month), Number(date), Number(hour), Number(minute))
  return value === null ? { reason: 'the date of this entry does not exist on the calendar' } : { value }
}

/** A title or body: missing is empty, anything but text is a broken entry (null). */
function readText(value: unknown): string | null {
  if (value === undefined || value === null) return ''
  return typeof value === 'string' ? normalizeNewlines(value) : null
}

function readEntry(entry: unknown): EntryOutcome {
  if (!isRecord(entry)) return { reason: 'this item is not an entry' }
  const date = readDate(entry)
  if ('reason' in date) return date
  const title = readText(entry.title)?.trim()
  const body = readText(entry.body)
  if (title === undefined) return { reason: 'the title of the entry is not text' }
  if (body === null) return { reason: 'the body of the entry is not text' }
  const cleanBody = trimBlock(body)
  const listed = Array.isArray(entry.tags) ? entry.tags : []
  return finishEntry({
    importKey: jrnlImportKey(date.value, title, cleanBody),
    title,
    body: cleanBody,
    entryDate: date.value,
    // jrnl lists tags in lower case; the text has them as they were written, so it goes first.
    tags: [...jrnlTagsIn(`${title}\n${cleanBody}`), ...listed],
    starred: entry.starred === true,
  })
}

export function parseJrnlJson(text: string): ParsedImport {
  const entries = readEntriesDocument(normalizeNewlines(text), FORMAT_NAME)
  // A Day One export (or any other list) also has "entries": without a single "date" it is not jrnl's.
  if (entries.length > 0 && !entries.some((entry) => isRecord(entry) && 'date' in entry)) {
    throw unreadable(`This JSON file is not a ${FORMAT_NAME}: its entries have no "date" field.`)
  }
  const collector = createCollector('jrnl-json')
  entries.forEach((entry, index) => collector.add(`entry ${index + 1}`, readEntry(entry)))
  return collector.result()
}
