import { createCollector, finishEntry, jrnlImportKey, normalizeNewlines, trimBlock, unreadable } from './import-helpers'
import type { ParsedImport } from './imported-entry'
import { chooseDateFormat, noDatesMessage, type ChosenFormat } from './jrnl-date-format'
import { readLooseDate } from './loose-date'

/*
 * jrnl's plain-text journal, read as jrnl reads it (jrnl/journals/Journal.py `_parse`, Entry.py
 * `_parse_text`, `split_title`): an entry starts at a line `[<date>] ` (a space after the
 * bracket is required); the date is read with the journal's timeformat, else the way jrnl's
 * fallback reads dates; a bracketed line that holds no date stays in the body.
 */

/** `[...]` at the start of a line, then the space jrnl writes after it. */
const ENTRY_LINE = /^\[([^\]\n]+)\] /

export interface JrnlTextOptions {
  /** The timeformat to read dates with; detected from the file when not given. */
  dateFormat?: ChosenFormat
  /** The year a date without one falls in (jrnl: this year). */
  currentYear?: number
}

/**
 * jrnl's tag rule (Entry.tag_regex with the default symbol `@`): a tag follows the start or a
 * space, so `me@example.com` is no tag; it runs over letters, digits and `-+*#/_`. Finding each
 * `@` with indexOf first is several times faster than one regex with a lookbehind over the text.
 */
const TAG_NAME = /[-+*#/_\p{L}\p{N}\p{M}]+/uy
const SPACE = /\s/

export function jrnlTagsIn(text: string): string[] {
  const tags: string[] = []
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    if (at > 0 && !SPACE.test(text.charAt(at - 1))) continue
    TAG_NAME.lastIndex = at + 1
    const name = TAG_NAME.exec(text)?.[0]
    if (name) tags.push(name)
  }
  return tags
}

/** jrnl's sentence end (after segtok), used only when an entry's text has no line break at all. */
const SENTENCE_END =
  /[.!?\u2026\u203C\u203D\u2047-\u2049\u22EF\uFE52\uFE57]['\u2019"\u201D]?[\])]*\s+|[\uFF01\uFF0E\uFF1F\uFF61\u3002]/

/**
 * Entry._parse_text: a first line ending in `*` (with or without a space) stars the entry, and
 * jrnl strips spaces and asterisks from both ends of that line. split_title: the title is the
 * first line of the text without its leading blank lines, so an empty title line takes the
 * first body line; text without any line break is split after its first sentence.
 */
export function splitJrnlText(text: string): { title: string; body: string; starred: boolean } {
  const lines = text.split('\n')
  let starred = false
  if ((lines[0] ?? '').trim().endsWith('*')) {
    starred = true
    lines[0] = (lines[0] ?? '').replace(/^[\s*]+|[\s*]+$/g, '')
  }
  const joined = lines.join('\n').replace(/^\s+/, '')
  const newline = joined.indexOf('\n')
  if (newline >= 0) {
    return { title: joined.slice(0, newline).trim(), body: trimBlock(joined.slice(newline + 1)), starred }
  }
  const sentence = SENTENCE_END.exec(joined)
  if (!sentence) return { title: joined.trim(), body: '', starred }
  const cut = sentence.index + sentence[0].length
  return { title: joined.slice(0, cut).trim(), body: joined.slice(cut).trim(), starred }
}

interface PendingEntry {
  line: number
  /** null: the bracket holds a date that does not exist (Feb 30, month 13). */
  entryDate: string | null
  lines: string[]
  /** Text above the first entry: all body, no title line. */
  untitled?: boolean
}

/** The bracketed stamps of every line that could start an entry, for choosing the format. */
function entryStamps(lines: readonly string[]): string[] {
  const stamps: string[] = []
  for (const line of lines) {
    const match = line.startsWith('[') ? ENTRY_LINE.exec(line) : null
    if (match?.[1]) stamps.push(match[1])
  }
  return stamps
}

/** Splits the text at the lines whose bracket holds a date (or an impossible one). */
function splitEntries(lines: readonly string[], chosen: ChosenFormat, currentYear: number) {
  const entries: PendingEntry[] = []
  const leading: string[] = []
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? ''
    // Checking the first character first keeps a 50,000-entry journal a single fast pass.
    const match = line.startsWith('[') ? ENTRY_LINE.exec(line) : null
    const stamp = match?.[1] ?? ''
    const reading = match ? (chosen.format.read(stamp) ?? readLooseDate(stamp, currentYear)) : null
    if (match && reading !== null) {
      const entryDate = reading === 'impossible' ? null : reading
      entries.push({ line: index + 1, entryDate, lines: [line.slice(match[0].length)] })
    } else {
      ;(entries.at(-1)?.lines ?? leading).push(line)
    }
  }
  return { entries, leading }
}

function refuseEncrypted(text: string): void {
  // jrnl 2's encrypted journals are bare Fernet tokens, which all start with these characters.
  if (text.startsWith('JRNLv') || text.trimStart().startsWith('gAAAAA')) {
    throw unreadable('This jrnl journal is encrypted: decrypt it with jrnl first (jrnl --decrypt), then import it.')
  }
}

export function parseJrnlText(text: string, options: JrnlTextOptions = {}): ParsedImport {
  refuseEncrypted(text)
  const lines = normalizeNewlines(text).split('\n')
  const stamps = entryStamps(lines)
  if (stamps.length === 0) {
    throw unreadable(
      'This file has no jrnl entries: Mend expected lines that start with a date in brackets and a space, like [2024-01-31 09:00] Title.',
    )
  }
  const chosen = chooseDateFormat(stamps, options.dateFormat)
  const { entries, leading } = splitEntries(lines, chosen, options.currentYear ?? new Date().getFullYear())
  const firstDated = entries.find((entry) => entry.entryDate !== null)
  if (!firstDated?.entryDate) throw unreadable(noDatesMessage(chosen.format.format))

  const collector = createCollector('jrnl')
  collector.setDateFormat(chosen.format.format, chosen.source)
  if (trimBlock(leading.join('\n')) !== '') {
    // jrnl itself drops text above the first entry; Mend keeps every word.
    entries.unshift({ line: 1, entryDate: firstDated.entryDate, lines: leading, untitled: true })
    collector.note('line 1', 'text above the first dated entry was kept as an untitled entry, dated like that entry')
  }
  let previousDate = firstDated.entryDate
  for (const entry of entries) {
    const where = `line ${entry.line}`
    let entryDate = entry.entryDate
    if (entryDate === null) {
      entryDate = previousDate
      collector.note(
        where,
        `the date in brackets does not exist on the calendar; the entry was kept and dated like the one before it (${entryDate.replace('T', ' ')}): change its date in Mend`,
      )
    }
    previousDate = entryDate
    const { title, body, starred } = entry.untitled
      ? { title: '', body: trimBlock(entry.lines.join('\n')), starred: false }
      : splitJrnlText(entry.lines.join('\n'))
    const draft = {
      importKey: jrnlImportKey(entryDate, title, body),
      title,
      body,
      entryDate,
      tags: jrnlTagsIn(`${title}\n${body}`),
      starred,
    }
    collector.add(where, finishEntry(draft))
  }
  return collector.result()
}
