import type { SnippetPart } from '../../contract/journal.contract'
import type { QueryPiece } from './search-query'

/**
 * Marks what a search matched in a title and picks a snippet of the body, in plain code rather
 * than with FTS5's highlight() and snippet(). Those re-run the query over every match to serve a
 * page of 20 (a 4-letter prefix of a common word: 20-50 ms at 100,000 entries); this reads only
 * the page's own text (well under a millisecond per entry).
 *
 * Words are found the way the index's tokenizer (unicode61, remove_diacritics 2) finds them:
 * runs of letters and digits, compared without case or accents. A quoted phrase is marked where
 * its words follow one another; a prefix marks every word it begins.
 */
const WORD = /[\p{L}\p{N}\p{Co}]+/gu
/** Words in a snippet, as FTS5's snippet(..., 24) gave before. */
export const SNIPPET_WORDS = 24
const ELLIPSIS = '…'

interface Word {
  start: number
  end: number
  folded: string
}

interface Wanted {
  words: string[]
  /** The last word matches any word it begins. */
  prefix: boolean
}

/** As the search finds them: without case or accents, and ß as ss (search-query.ts spells both). */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replaceAll('ß', 'ss')
}

function wordsOf(text: string): Word[] {
  return [...text.matchAll(WORD)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    folded: fold(match[0]),
  }))
}

/** Each piece as the folded words it is made of (a bare word with an apostrophe is two words). */
export function wantedOf(pieces: readonly QueryPiece[]): Wanted[] {
  return pieces
    .map((piece) => ({ words: wordsOf(piece.text).map((word) => word.folded), prefix: piece.prefix }))
    .filter((wanted) => wanted.words.length > 0)
}

function matchesAt(words: readonly Word[], at: number, wanted: Wanted): boolean {
  return wanted.words.every((want, k) => {
    const word = words[at + k]
    if (!word) return false
    const last = k === wanted.words.length - 1
    return last && wanted.prefix ? word.folded.startsWith(want) : word.folded === want
  })
}

/** Which words of the text are hits. */
function hitFlags(words: readonly Word[], wanted: readonly Wanted[]): boolean[] {
  const hits = Array.from({ length: words.length }, () => false)
  for (let at = 0; at < words.length; at++) {
    for (const want of wanted) {
      if (!matchesAt(words, at, want)) continue
      for (let k = 0; k < want.words.length; k++) hits[at + k] = true
    }
  }
  return hits
}

/** Whitespace runs as one space, as the snippets always showed them. */
function tidy(text: string): string {
  return text.replace(/\s+/g, ' ')
}

function partsOf(
  text: string,
  words: readonly Word[],
  hits: readonly boolean[],
  from: number,
  to: number,
): SnippetPart[] {
  const parts: SnippetPart[] = []
  let cursor = from
  const push = (piece: string, hit: boolean) => {
    const tidied = tidy(piece)
    if (!tidied) return
    const previous = parts.at(-1)
    if (previous && previous.hit === hit) previous.text += tidied
    else parts.push({ text: tidied, hit })
  }
  words.forEach((word, index) => {
    if (!hits[index] || word.start < from || word.end > to) return
    push(text.slice(cursor, word.start), false)
    push(text.slice(word.start, word.end), true)
    cursor = word.end
  })
  push(text.slice(cursor, to), false)
  return parts
}

/** The whole text, its hits marked. */
export function highlightParts(text: string, wanted: readonly Wanted[]): SnippetPart[] {
  const words = wordsOf(text)
  return partsOf(text, words, hitFlags(words, wanted), 0, text.length)
}

/** The SNIPPET_WORDS-word stretch with the most hits (the earliest of equals), marked, with ellipses. */
export function snippetParts(text: string, wanted: readonly Wanted[]): SnippetPart[] {
  const words = wordsOf(text)
  if (words.length === 0) return partsOf(text, words, [], 0, text.length)
  const hits = hitFlags(words, wanted)
  const span = Math.min(SNIPPET_WORDS, words.length)
  let best = 0
  let bestCount = -1
  let count = hits.slice(0, span).filter(Boolean).length
  for (let first = 0; first + span <= words.length; first++) {
    if (first > 0) count += (hits[first + span - 1] ? 1 : 0) - (hits[first - 1] ? 1 : 0)
    if (count > bestCount) {
      best = first
      bestCount = count
    }
  }
  const lastWord = best + span - 1
  const from = best === 0 ? 0 : words[best]!.start
  const to = lastWord === words.length - 1 ? text.length : words[lastWord]!.end
  const parts = partsOf(text, words, hits, from, to)
  if (best > 0) parts.unshift({ text: ELLIPSIS, hit: false })
  if (lastWord < words.length - 1) parts.push({ text: ELLIPSIS, hit: false })
  return mergeNeighbours(parts)
}

function mergeNeighbours(parts: SnippetPart[]): SnippetPart[] {
  const merged: SnippetPart[] = []
  for (const part of parts) {
    const previous = merged.at(-1)
    if (previous && previous.hit === part.hit) previous.text += part.text
    else merged.push({ ...part })
  }
  return merged
}
