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
import { photoKeyFrom, photoLink } from '../../../contract/photo-values'
import type { ImportedPhoto, ParsedImport } from './imported-entry'

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

const OTHER_MEDIA = [
  { field: 'videos', path: 'video/', one: 'video', many: 'videos' },
  { field: 'audios', path: 'audio/', one: 'audio recording', many: 'audio recordings' },
  { field: 'pdfAttachments', path: 'pdfAttachment/', one: 'PDF', many: 'PDFs' },
] as const

export interface DayOneOptions {
  /** The files of the export's `photos/` folder (`<md5>.<type>`); none when only the JSON was chosen. */
  photoFiles?: ReadonlySet<string>
  /** Where a photo file is read from, relative to the photo source (`photos/<file>`). */
  photoPath?: (file: string) => string
}

interface DayOnePhoto {
  identifier: string
  file: string | null
}

/** The photos an entry lists: the text names each by `identifier`, the export's file is `<md5>.<type>`. */
function listedPhotos(entry: Record<string, unknown>): DayOnePhoto[] {
  const listed = Array.isArray(entry.photos) ? entry.photos : []
  return listed.filter(isRecord).map((photo) => {
    const identifier = typeof photo.identifier === 'string' ? photo.identifier : ''
    const md5 = typeof photo.md5 === 'string' ? photo.md5 : ''
    const type = typeof photo.type === 'string' ? photo.type : ''
    return { identifier, file: md5 && /^[\w-]+$/.test(md5) && /^\w+$/.test(type) ? `${md5}.${type}` : null }
  })
}

function photoKey(entryKey: string, identifier: string): string {
  return photoKeyFrom(hashImportKey('photo', [entryKey, identifier]).slice('photo:'.length))
}

interface PlacedMedia {
  text: string
  photos: ImportedPhoto[]
  notes: string[]
}

/**
 * Photos stay where the text placed them, as Mend photo links (photos listed but not placed go
 * at the end); a photo whose file is not in the export is named in a note. Videos, audio and
 * PDFs are not kept: their links leave the text and a note counts them.
 */
function placeMedia(
  text: string,
  entry: Record<string, unknown>,
  entryKey: string,
  options: DayOneOptions,
): PlacedMedia {
  const photos = listedPhotos(entry)
  const byIdentifier = new Map(photos.map((photo) => [photo.identifier.toLowerCase(), photo]))
  const counts = new Map<string, number>()
  const kept: ImportedPhoto[] = []
  const missing: string[] = []
  const place = (photo: DayOnePhoto | undefined, identifier: string): string => {
    const file = photo?.file
    if (!file || !options.photoFiles?.has(file)) {
      missing.push(file ?? identifier)
      return ''
    }
    const key = photoKey(entryKey, identifier.toLowerCase())
    if (!kept.some((known) => known.key === key)) {
      kept.push({ key, name: file, path: options.photoPath?.(file) ?? file })
    }
    return photoLink(key)
  }
  const placed = new Set<string>()
  let stripped = text.replace(MEDIA_LINK, (_link, path: string) => {
    const other = OTHER_MEDIA.find((kind) => path.startsWith(kind.path))
    if (other) {
      counts.set(other.field, (counts.get(other.field) ?? 0) + 1)
      return ''
    }
    const identifier = path.replace(/^photo\//, '').toLowerCase()
    placed.add(identifier)
    return place(byIdentifier.get(identifier), identifier)
  })
  const unplaced = photos.filter((photo) => !placed.has(photo.identifier.toLowerCase()))
  const appended = unplaced.map((photo) => place(photo, photo.identifier)).filter((link) => link !== '')
  if (appended.length > 0) stripped = `${stripped.trimEnd()}\n\n${appended.join('\n\n')}`
  const notes: string[] = []
  for (const name of missing) notes.push(`the photo ${name} was not found in the export, so it was not imported`)
  const others: string[] = []
  for (const kind of OTHER_MEDIA) {
    const listed = entry[kind.field]
    const count = Math.max(counts.get(kind.field) ?? 0, Array.isArray(listed) ? listed.length : 0)
    if (count > 0) others.push(`${count} ${count === 1 ? kind.one : kind.many}`)
  }
  if (others.length > 0) {
    const verb = others.length === 1 && others[0]?.startsWith('1 ') ? 'was' : 'were'
    notes.push(`${others.join(' and ')} ${verb} not imported (Mend keeps text and photos)`)
  }
  const changed = stripped !== text
  const tidied = changed ? stripped.replace(/[ \t]+$/gm, '').replace(/\n{3,}/g, '\n\n') : text
  return { text: tidied, photos: kept, notes }
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

function readEntry(
  entry: Record<string, unknown>,
  options: DayOneOptions,
): { outcome: EntryOutcome; mediaNotes: string[] } {
  const skip = (reason: string) => ({ outcome: { reason }, mediaNotes: [] })
  const created = entry.creationDate
  if (created === undefined || created === null || created === '') return skip('the entry has no creation date')
  const instant = typeof created === 'string' && ISO_INSTANT.test(created.trim()) ? new Date(created.trim()) : null
  const timeZone = typeof entry.timeZone === 'string' ? entry.timeZone : undefined
  const entryDate = instant ? localDateTime(instant, timeZone) : null
  if (entryDate === null) return skip('the creation date of the entry is not a valid date')
  if (entry.text !== undefined && entry.text !== null && typeof entry.text !== 'string') {
    return skip('the text of the entry is not text')
  }
  const uuid = typeof entry.uuid === 'string' ? entry.uuid.trim() : ''
  const rawText = normalizeNewlines(typeof entry.text === 'string' ? entry.text : '')
  const importKey = uuid ? `dayone:${uuid}` : hashImportKey('dayone', [entryDate, rawText])
  const media = placeMedia(rawText, entry, importKey, options)
  const { title, body } = splitDayOneTitle(unescapeDayOneMarkdown(media.text))
  if (title === '' && body === '' && media.notes.length > 0) {
    return {
      outcome: { reason: 'the entry has only media that could not be imported, no text' },
      mediaNotes: media.notes,
    }
  }
  const outcome = finishEntry({
    importKey,
    title,
    body,
    entryDate,
    tags: Array.isArray(entry.tags) ? entry.tags : [],
    starred: entry.starred === true,
    ...(media.photos.length > 0 ? { photos: media.photos } : {}),
  })
  return { outcome, mediaNotes: media.notes }
}

export function parseDayOneJson(text: string, options: DayOneOptions = {}): ParsedImport {
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
    const { outcome, mediaNotes } = readEntry(entry, options)
    collector.add(where, outcome)
    for (const note of mediaNotes) collector.note(where, note)
  })
  return collector.result()
}
