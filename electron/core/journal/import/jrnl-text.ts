import {
  DEFAULT_TIME,
  createCollector,
  finishEntry,
  jrnlImportKey,
  normalizeNewlines,
  trimBlock,
  unreadable,
  wallDateTime,
} from './import-helpers'
import type { ParsedImport } from './imported-entry'

/*
 * jrnl's plain-text journal (jrnl.sh, "Journal Types: Single File"): each entry starts on a line
 * `[<timestamp>] <title>`, the body runs to the next such line, and jrnl writes a ` *` after the
 * title of a starred entry. Like jrnl (Journal._parse), a bracketed line starts an entry only if
 * it holds a date, so a body line such as `[x] call the bank` stays body text.
 */

/** `[...]` at the start of a line, then a space (what jrnl writes) or the end of the line. */
const ENTRY_LINE = /^\[([^\]]{1,40})\](?: |$)/

/**
 * jrnl's default timeformat `%Y-%m-%d %H:%M`, and the variants people set with `timeformat`
 * that keep the year first: seconds, a 12-hour clock with AM/PM, or no time at all.
 */
const TIMESTAMP = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?(?: ?([AaPp])\.?[Mm]\.?)?)?$/

const NOT_A_TIMESTAMP = 'not a timestamp'
const IMPOSSIBLE = 'impossible'

function readTimestamp(text: string): string | typeof NOT_A_TIMESTAMP | typeof IMPOSSIBLE {
  const match = TIMESTAMP.exec(text.trim())
  if (!match) return NOT_A_TIMESTAMP
  const [, year, month, day, hours, minutes, , meridiem] = match
  let hour = Number(hours ?? DEFAULT_TIME.slice(0, 2))
  const minute = Number(minutes ?? DEFAULT_TIME.slice(3))
  if (meridiem) {
    if (hour < 1 || hour > 12) return IMPOSSIBLE
    hour = (hour % 12) + (meridiem.toLowerCase() === 'p' ? 12 : 0)
  }
  return wallDateTime(Number(year), Number(month), Number(day), hour, minute) ?? IMPOSSIBLE
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

interface PendingEntry {
  line: number
  entryDate: string | null
  firstLine: string
  bodyLines: string[]
}

/**
 * The title is the whole first line, as jrnl 3 and 4 read it (jrnl writes the title alone on
 * that line; its JSON export has the same title). A starred entry's ` *` is taken off.
 */
function splitTitleLine(firstLine: string): { title: string; starred: boolean } {
  const line = firstLine.trim()
  if (line === '*') return { title: '', starred: true }
  const starred = /\s\*$/.test(line)
  return { title: starred ? line.slice(0, -1).trimEnd() : line, starred }
}

export function parseJrnlText(text: string): ParsedImport {
  const collector = createCollector('jrnl')
  const lines = normalizeNewlines(text).split('\n')
  let pending: PendingEntry | null = null
  let timestampLines = 0
  let firstLooseLine = 0

  const flush = (entry: PendingEntry | null) => {
    if (!entry) return
    const where = `line ${entry.line}`
    if (entry.entryDate === null) {
      collector.skip(where, 'the date of this entry does not exist on the calendar')
      return
    }
    const { title, starred } = splitTitleLine(entry.firstLine)
    const body = trimBlock(entry.bodyLines.join('\n'))
    const draft = {
      importKey: jrnlImportKey(entry.entryDate, title, body),
      title,
      body,
      entryDate: entry.entryDate,
      tags: jrnlTagsIn(`${title}\n${body}`),
      starred,
    }
    collector.add(where, finishEntry(draft))
  }

  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? ''
    // Checking the first character first keeps a 50,000-entry journal a single fast pass.
    const match = line.startsWith('[') ? ENTRY_LINE.exec(line) : null
    const timestamp = match ? readTimestamp(match[1] ?? '') : NOT_A_TIMESTAMP
    if (match && timestamp !== NOT_A_TIMESTAMP) {
      flush(pending)
      timestampLines += 1
      pending = {
        line: index + 1,
        entryDate: timestamp === IMPOSSIBLE ? null : timestamp,
        firstLine: line.slice(match[0].length),
        bodyLines: [],
      }
    } else if (pending) {
      pending.bodyLines.push(line)
    } else if (firstLooseLine === 0 && line.trim() !== '') {
      firstLooseLine = index + 1
    }
  }
  flush(pending)

  if (timestampLines === 0) {
    // jrnl's encrypted journals are Fernet tokens, which all start with these characters.
    if (text.trimStart().startsWith('gAAAAA')) {
      throw unreadable('This jrnl journal is encrypted: decrypt it with jrnl first (jrnl --decrypt), then import it.')
    }
    throw unreadable(
      'This file has no jrnl entries: Mend expected lines that start with a date in brackets, like [2024-01-31 09:00].',
    )
  }
  const result = collector.result()
  if (firstLooseLine > 0) {
    result.skipped.unshift({ where: `line ${firstLooseLine}`, reason: 'text before the first dated entry' })
  }
  return result
}
