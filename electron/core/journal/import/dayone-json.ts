import {
  createCollector,
  finishEntry,
  hashImportKey,
  isRecord,
  localDateTime,
  normalizeNewlines,
  readEntriesDocument,
  trimBlock,
  unreadable,
  type EntryOutcome,
} from './import-helpers'
import type { ParsedImport } from './imported-entry'

/*
 * Day One's JSON export (Journal.json inside the export zip):
 *   { "metadata": { "version": "1.0" }, "entries": [ { "uuid", "creationDate": "2024-01-02T03:04:05Z",
 *     "timeZone": "Europe/Paris", "text" (Markdown), "tags": [...], "starred": false,
 *     "photos": [...], "videos": [...], "audios": [...], "pdfAttachments": [...], ... } ] }
 * Media sit in the text as `![](dayone-moment://<id>)` (photos) or `dayone-moment:/video/<id>`.
 */

const FORMAT_NAME = 'Day One JSON export'
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/

/** A first line at most this long, and not a list or quote, reads as a title (Day One shows it as one). */
const TITLE_LINE_CHARS = 120

const MEDIA_LINK = /!?\[[^\]\n]*\]\(dayone-moment:\/{1,2}([^)\s]*)\)/g

const MEDIA_KINDS = [
  { field: 'photos', path: '', one: 'photo', many: 'photos' },
  { field: 'videos', path: 'video/', one: 'video', many: 'videos' },
  { field: 'audios', path: 'audio/', one: 'audio recording', many: 'audio recordings' },
  { field: 'pdfAttachments', path: 'pdfAttachment/', one: 'PDF', many: 'PDFs' },
] as const

/**
 * Mend keeps the words, not the media: the links are taken out of the text (a broken link would
 * read as noise), and the preview lists "entry 5: 2 photos were not imported" so nothing goes
 * unnoticed. Counted from the text and from the entry's media lists, whichever says more.
 */
function removeMedia(text: string, entry: Record<string, unknown>): { text: string; note: string | null } {
  const counts = new Map<string, number>()
  const stripped = text.replace(MEDIA_LINK, (_link, path: string) => {
    const kind = MEDIA_KINDS.find((k) => k.path !== '' && path.startsWith(k.path)) ?? MEDIA_KINDS[0]
    counts.set(kind.field, (counts.get(kind.field) ?? 0) + 1)
    return ''
  })
  const parts: string[] = []
  for (const kind of MEDIA_KINDS) {
    const listed = entry[kind.field]
    const count = Math.max(counts.get(kind.field) ?? 0, Array.isArray(listed) ? listed.length : 0)
    if (count > 0) parts.push(`${count} ${count === 1 ? kind.one : kind.many}`)
  }
  if (parts.length === 0) return { text, note: null }
  const verb = parts.length === 1 && parts[0]?.startsWith('1 ') ? 'was' : 'were'
  const tidied = stripped.replace(/[ \t]+$/gm, '').replace(/\n{3,}/g, '\n\n')
  return { text: tidied, note: `${parts.join(' and ')} ${verb} not imported (Mend imports the text only)` }
}

/** Punctuation Day One escapes although it means nothing there: `It was fun\!` `\(really\)`. */
const NEEDLESS_ESCAPE = /\\([\\!"$%&'()+,\-./:;=?@^{}])/g
/** At a line's start the same escapes stop a heading, list or rule from forming: those stay. */
const MEANINGFUL_AT_START = /^([ \t]*(?:\\[#+\-=]|\d+\\[.)]))/

/**
 * Takes back Day One's over-escaping so the Markdown reads as written. Escapes that change
 * how Markdown renders (`\*`, `\_`, `\[`, `\#` at a line start...) and code are left alone.
 */
export function unescapeDayOneMarkdown(text: string): string {
  let inFence = false
  return text
    .split('\n')
    .map((line) => {
      if (/^\s*(```|~~~)/.test(line)) inFence = !inFence
      if (inFence || !line.includes('\\')) return line
      const start = MEANINGFUL_AT_START.exec(line)?.[1] ?? ''
      const rest = line
        .slice(start.length)
        .split(/(`[^`]*`)/)
        // An escaped backslash is matched as a pair so the character after it keeps its meaning.
        .map((part, index) =>
          index % 2 === 1
            ? part
            : part.replace(NEEDLESS_ESCAPE, (escape, char: string) => (char === '\\' ? escape : char)),
        )
        .join('')
      return start + rest
    })
    .join('\n')
}

const HEADING = /^ {0,3}#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/
const NOT_A_TITLE = /^\s*(?:[-*+][ \t]|[>|]|\d+[.)][ \t]|```|~~~|!\[)/

/** A title is plain text, so no escape there means anything: `\#1 day` reads `#1 day`. */
function plainTitle(line: string): string {
  return line.replace(/\\([!-/:-@[-`{-~])/g, '$1').trim()
}

/** A Markdown heading on the first line is the title; so is a short plain first line. */
export function splitDayOneTitle(text: string): { title: string; body: string } {
  const lines = trimBlock(text).split('\n')
  const first = lines[0] ?? ''
  const rest = trimBlock(lines.slice(1).join('\n'))
  const heading = HEADING.exec(first)
  if (heading) return { title: plainTitle(heading[1] ?? ''), body: rest }
  if (first.trim().length > TITLE_LINE_CHARS || NOT_A_TITLE.test(first)) return { title: '', body: trimBlock(text) }
  const bold = /^\s*(\*\*|__)(.+)\1\s*$/.exec(first)
  return { title: plainTitle(bold?.[2] ?? first), body: rest }
}

function readEntry(entry: Record<string, unknown>): { outcome: EntryOutcome; mediaNote: string | null } {
  const skip = (reason: string) => ({ outcome: { reason }, mediaNote: null })
  const created = entry.creationDate
  if (created === undefined || created === null || created === '') return skip('the entry has no creation date')
  const instant = typeof created === 'string' && ISO_INSTANT.test(created.trim()) ? new Date(created.trim()) : null
  const timeZone = typeof entry.timeZone === 'string' ? entry.timeZone : undefined
  const entryDate = instant ? localDateTime(instant, timeZone) : null
  if (entryDate === null) return skip('the creation date of the entry is not a valid date')
  if (entry.text !== undefined && entry.text !== null && typeof entry.text !== 'string') {
    return skip('the text of the entry is not text')
  }
  const media = removeMedia(normalizeNewlines(typeof entry.text === 'string' ? entry.text : ''), entry)
  const { title, body } = splitDayOneTitle(unescapeDayOneMarkdown(media.text))
  if (title === '' && body === '' && media.note) return skip('the entry has only photos or other media, no text')
  const uuid = typeof entry.uuid === 'string' ? entry.uuid.trim() : ''
  const outcome = finishEntry({
    importKey: uuid ? `dayone:${uuid}` : hashImportKey('dayone', [entryDate, title, body]),
    title,
    body,
    entryDate,
    tags: Array.isArray(entry.tags) ? entry.tags : [],
    starred: entry.starred === true,
  })
  return { outcome, mediaNote: media.note }
}

export function parseDayOneJson(text: string): ParsedImport {
  const entries = readEntriesDocument(normalizeNewlines(text), FORMAT_NAME)
  // jrnl's export also has "entries": without a single "creationDate" it is not Day One's.
  if (entries.length > 0 && !entries.some((entry) => isRecord(entry) && 'creationDate' in entry)) {
    throw unreadable(`This JSON file is not a ${FORMAT_NAME}: its entries have no "creationDate" field.`)
  }
  const collector = createCollector('dayone-json')
  entries.forEach((entry, index) => {
    const where = `entry ${index + 1}`
    if (!isRecord(entry)) {
      collector.skip(where, 'this item is not an entry')
      return
    }
    const { outcome, mediaNote } = readEntry(entry)
    if (collector.add(where, outcome) && mediaNote) collector.skip(where, mediaNote)
  })
  return collector.result()
}
