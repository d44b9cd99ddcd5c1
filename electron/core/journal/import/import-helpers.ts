import { createHash } from 'node:crypto'
import { LIMITS } from '../../../contract'
import { MendError } from '../../errors'
import type { ImportFormat, ImportedEntry, ParsedImport, SkippedItem } from './imported-entry'

/** The time given to an entry whose source names a day but no time: jrnl's own default hour. */
export const DEFAULT_TIME = '09:00'

/** The file is not the format the person chose. The message is one plain sentence, never journal text. */
export function unreadable(message: string): MendError {
  return new MendError('UNREADABLE_FILE', message)
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0')
}

/** `YYYY-MM-DDTHH:MM` for a real calendar moment, or null (2024-02-30, 24:00, month 13). */
export function wallDateTime(year: number, month: number, day: number, hour: number, minute: number): string | null {
  if (![year, month, day, hour, minute].every(Number.isInteger)) return null
  if (year < 1 || year > 9999 || hour > 23 || minute > 59 || hour < 0 || minute < 0) return null
  // setUTCFullYear, unlike Date.UTC, does not read years 0-99 as 1900-1999.
  const probe = new Date(0)
  probe.setUTCFullYear(year, month - 1, day)
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}`
}

// One formatter per zone: building an Intl.DateTimeFormat costs far more than using one.
const zoneFormatters = new Map<string, Intl.DateTimeFormat | null>()

function zoneFormatter(timeZone: string): Intl.DateTimeFormat | null {
  if (!zoneFormatters.has(timeZone)) {
    let formatter: Intl.DateTimeFormat | null
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
      })
    } catch {
      formatter = null // an unknown zone name: RangeError
    }
    zoneFormatters.set(timeZone, formatter)
  }
  return zoneFormatters.get(timeZone) ?? null
}

/**
 * The wall-clock time of an instant where the writer was: in `timeZone` when it is a zone this
 * runtime knows, otherwise in the process's own zone (the person importing is usually the writer).
 */
export function localDateTime(instant: Date, timeZone?: string): string | null {
  if (Number.isNaN(instant.getTime())) return null
  const formatter = timeZone ? zoneFormatter(timeZone) : null
  if (!formatter) {
    return wallDateTime(
      instant.getFullYear(),
      instant.getMonth() + 1,
      instant.getDate(),
      instant.getHours(),
      instant.getMinutes(),
    )
  }
  const parts = formatter.formatToParts(instant)
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value)
  return wallDateTime(part('year'), part('month'), part('day'), part('hour'), part('minute'))
}

/** `prefix:<sha256>` of the parts; a separator no text contains keeps ("ab","c") apart from ("a","bc"). */
export function hashImportKey(prefix: string, parts: string[]): string {
  return `${prefix}:${createHash('sha256').update(parts.join('\u0000')).digest('hex')}`
}

/**
 * The same jrnl entry read from the plain-text journal or from jrnl's JSON export gets the same
 * key: jrnl splits title from body differently across versions and trims differently per format,
 * so the key hashes the whole text with whitespace runs folded, not the title and body apart.
 */
export function jrnlImportKey(entryDate: string, title: string, body: string): string {
  // Matching only runs and non-space whitespace, not every single space, is 5x faster on prose.
  const text = `${title} ${body}`
    .replace(/\s{2,}|[^\S ]/g, ' ')
    .trim()
    .normalize('NFC')
  return hashImportKey('jrnl', [entryDate, text])
}

/** UTF-8 text without a byte-order mark, or null when the bytes are not UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return null
  }
}

export function normalizeNewlines(text: string): string {
  const withoutMark = text.startsWith('\uFEFF') ? text.slice(1) : text
  return withoutMark.includes('\r') ? withoutMark.replace(/\r\n?/g, '\n') : withoutMark
}

/** Drops blank lines at the start (keeping the first line's indent: it may be a code block) and trailing space. */
export function trimBlock(text: string): string {
  return text.replace(/^(?:[ \t]*\n)+/, '').trimEnd()
}

/** Parses JSON that must be an object holding an `entries` list, the shape of both JSON exports. */
export function readEntriesDocument(text: string, formatName: string): unknown[] {
  if (text.trim() === '') throw unreadable(`The file is empty, so it is not a ${formatName}.`)
  let document: unknown
  try {
    document = JSON.parse(text)
  } catch {
    throw unreadable(`This file is not valid JSON (it may be cut short), so it is not a ${formatName}.`)
  }
  const entries = isRecord(document) ? document.entries : undefined
  if (!Array.isArray(entries)) {
    throw unreadable(`This JSON file is not a ${formatName}: Mend expected an object with a list of "entries".`)
  }
  return entries
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Cuts a tag to Mend's length limit without splitting an emoji's surrogate pair. */
function cutTag(tag: string): string {
  let cut = ''
  for (const char of tag) {
    if (cut.length + char.length > LIMITS.tagChars) break
    cut += char
  }
  return cut
}

/**
 * Tags as Mend stores them: without a leading `@` or `#`, no commas or line breaks (Mend's tag
 * rules), trimmed, and one per spelling regardless of case, keeping the spelling met first.
 */
export function normalizeTags(raw: Iterable<unknown>): { tags: string[]; dropped: number } {
  const tags: string[] = []
  const seen = new Set<string>()
  let dropped = 0
  for (const value of raw) {
    if (typeof value !== 'string') continue
    const tag = cutTag(
      value
        .replace(/[\n\r\t,]+/g, ' ')
        .replace(/^[\s@#]+/, '')
        .replace(/\s+/g, ' ')
        .trim(),
    ).trim()
    const folded = tag.toLowerCase()
    if (tag === '' || seen.has(folded)) continue
    seen.add(folded)
    if (tags.length < LIMITS.tagsPerEntry) tags.push(tag)
    else dropped += 1
  }
  return { tags, dropped }
}

const SENTENCE_END = /[.!?\u2026]['"\u2019\u201D)\]]*\s/g

/**
 * A title longer than Mend allows is usually a whole paragraph on the first line: keep its first
 * sentence as the title (as jrnl 2 did) and the rest in the body, or, with no sentence end in
 * reach, leave the title empty and keep the whole line in the body. No text is lost either way.
 */
export function fitTitle(title: string, body: string): { title: string; body: string } {
  if (title.length <= LIMITS.titleChars) return { title, body }
  SENTENCE_END.lastIndex = 0
  const end = SENTENCE_END.exec(title)
  const join = (first: string) => (body ? `${first}\n${body}` : first)
  if (end && end.index + end[0].length <= LIMITS.titleChars) {
    const cut = end.index + end[0].length
    return { title: title.slice(0, cut).trim(), body: join(title.slice(cut).trim()) }
  }
  return { title: '', body: join(title) }
}

export type EntryOutcome = { entry: ImportedEntry; notes: string[] } | { reason: string }

/** Checks a parsed entry against what Mend can store, and shapes its title and tags to fit. */
export function finishEntry(draft: ImportedEntry): EntryOutcome {
  if (draft.title.trim() === '' && draft.body.trim() === '') return { reason: 'the entry has no text' }
  if (draft.body.length > LIMITS.bodyChars) {
    return { reason: `the entry is longer than Mend keeps in one entry (${LIMITS.bodyChars} characters)` }
  }
  const { tags, dropped } = normalizeTags(draft.tags)
  const notes = dropped > 0 ? [`${dropped} tags beyond Mend's ${LIMITS.tagsPerEntry} per entry were left out`] : []
  return { entry: { ...draft, ...fitTitle(draft.title.trim(), draft.body), tags }, notes }
}

/** Gathers a source's entries and skipped items; an entry met twice in one source is kept once. */
export function createCollector(format: ImportFormat) {
  const entries: ImportedEntry[] = []
  const skipped: SkippedItem[] = []
  const notes: SkippedItem[] = []
  const firstSeenAt = new Map<string, string>()
  let dateFormat: ParsedImport['dateFormat']
  return {
    skip(where: string, reason: string): void {
      skipped.push({ where, reason })
    },
    /** Something about an entry that was imported all the same. */
    note(where: string, reason: string): void {
      notes.push({ where, reason })
    },
    setDateFormat(format: string, source: NonNullable<ParsedImport['dateFormat']>['source']): void {
      dateFormat = { format, source }
    },
    /** True when the entry was kept. */
    add(where: string, outcome: EntryOutcome): boolean {
      if ('reason' in outcome) {
        skipped.push({ where, reason: outcome.reason })
        return false
      }
      const earlier = firstSeenAt.get(outcome.entry.importKey)
      if (earlier !== undefined) {
        skipped.push({ where, reason: `the same entry as ${earlier}` })
        return false
      }
      firstSeenAt.set(outcome.entry.importKey, where)
      entries.push(outcome.entry)
      for (const reason of outcome.notes) notes.push({ where, reason })
      return true
    },
    result(): ParsedImport {
      return dateFormat ? { format, entries, skipped, notes, dateFormat } : { format, entries, skipped, notes }
    },
  }
}
