import { LIMITS } from '../../contract/journal-values'
import { localTimeOf } from '../repair/local-days'

export { countWords } from '../../contract/journal-values'

/**
 * Control characters a person cannot type and that have no meaning in prose. Removing them keeps
 * search snippets (which use two of them as highlight markers) and exports well-formed.
 */
// eslint-disable-next-line no-control-regex
const INVISIBLE_CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g

export function cleanText(text: string): string {
  return text.replace(INVISIBLE_CONTROLS, '')
}

/**
 * The wall-clock time of `epochMs` in `timeZone`, as entries store it: `YYYY-MM-DDTHH:MM`. The
 * zone is the one plans use, asked at the moment of use, so the journal's today and a plan's
 * today never disagree (Date's local methods cache the zone a thread started in).
 */
export function localDateTime(epochMs: number, timeZone: string): string {
  const { day, time } = localTimeOf(epochMs, timeZone)
  return `${day}T${time}`
}

export function isoNow(epochMs: number): string {
  return new Date(epochMs).toISOString()
}

const EXCERPT_CHARS = 200

const HEADING_LINE = /^\s{0,3}#{1,6}\s+.*$/gm

/**
 * The opening of a Markdown body as one line of plain text, cut at a word. Headings are left out
 * when there are words beside them: an entry begun from a template would otherwise show the
 * template's questions rather than what the person wrote.
 */
export function excerptOf(markdown: string): string {
  const opening = markdown.slice(0, EXCERPT_CHARS * 3)
  const withoutHeadings = opening.replace(HEADING_LINE, '')
  const plain = (withoutHeadings.trim() ? withoutHeadings : opening)
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)/gm, '')
    .replace(/[*_`~]+/g, '')
    .replace(/\s+/g, ' ')
    .trim()
  if (plain.length <= EXCERPT_CHARS) return plain
  const cut = plain.slice(0, EXCERPT_CHARS)
  const lastSpace = cut.lastIndexOf(' ')
  return `${(lastSpace > EXCERPT_CHARS / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`
}

/**
 * How names and tags are compared: full Unicode case folding of the NFC form, so "Über" and
 * "über", "ΑΓΑΠΗ" and "αγαπη", or "Weiß" and "WEISS" are the same (SQLite's NOCASE only folds
 * A-Z, and lower case alone keeps ß apart from ss). Migration 7 merged names that became equal.
 */
export function nameKey(name: string): string {
  return foldCase(name.normalize('NFC').trim())
}

/**
 * Full case folding without a table: lower, upper, lower again maps every letter whose folding
 * expands (ß and ẞ to ss, ligatures like ﬁ to fi, ᾳ to αι) the way CaseFolding.txt does, and the
 * Greek final sigma, which lower casing keeps, is a sigma. NFC again, since the case mappings
 * may leave letters decomposed.
 */
export function foldCase(text: string): string {
  return text.toLowerCase().toUpperCase().toLowerCase().replaceAll('ς', 'σ').normalize('NFC')
}

/** Trimmed, without duplicates regardless of case (the first spelling wins), in the given order. */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>()
  const result: string[] = []
  for (const raw of tags) {
    const tag = cleanText(raw).trim().slice(0, LIMITS.tagChars)
    const key = nameKey(tag)
    if (!tag || seen.has(key)) continue
    seen.add(key)
    result.push(tag)
  }
  return result
}
