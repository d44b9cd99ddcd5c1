import { cleanText } from './journal-text'

/**
 * Turns what a person types into an FTS5 MATCH expression that cannot fail.
 *
 * The person's syntax is small and forgiving: words (all must appear), "quoted phrases", and a
 * trailing * for "starts with". Every piece is passed to FTS5 as a quoted string, so FTS5's own
 * operators (AND, OR, NOT, NEAR, column filters, parentheses, ^, -) are taken as plain text and a
 * query full of punctuation can never be a syntax error. A piece with no letter or digit would
 * be an empty phrase, so it is dropped.
 */
export interface MatchOptions {
  /** Results as you type: the last bare word also matches longer words it begins (from 4 letters). */
  prefixLast?: boolean
}

/**
 * As you type, a last word becomes a prefix from its fourth letter. Without prefix indexes
 * (schema 6), a prefix reads every word it begins: "con" begins hundreds of words in a large
 * journal and took 100-500 ms, "conv" a few and a few ms. Three letters still find the whole
 * word ("dad", "cat"); a typed * asks for the prefix at any length.
 */
export const MIN_TYPED_PREFIX = 4

/** One thing the person asked for: a word, or a quoted phrase; either may end as a prefix. */
export interface QueryPiece {
  text: string
  prefix: boolean
  phrase: boolean
}
type Piece = QueryPiece

const SEARCHABLE = /[\p{L}\p{N}]/u

function splitQuery(query: string): Piece[] {
  const pieces: Piece[] = []
  // A quote opens a phrase up to the next quote, or to the end if the person has not closed it yet.
  const pattern = /"([^"]*)"?(\*?)|([^\s"]+)/g
  // Stored text has no control characters (cleanText), and a NUL would end FTS5's string early.
  for (const match of cleanText(query).normalize('NFC').matchAll(pattern)) {
    if (match[1] !== undefined) pieces.push({ text: match[1], prefix: match[2] === '*', phrase: true })
    else {
      const word = match[3] ?? ''
      const prefix = word.endsWith('*')
      pieces.push({ text: word.replace(/\*+$/, ''), prefix, phrase: false })
    }
  }
  return pieces.filter((piece) => SEARCHABLE.test(piece.text))
}

function quote(text: string): string {
  return `"${text.replaceAll('"', '""')}"`
}

/** What the query asks for, with the as-you-type prefix applied; empty when nothing is searchable. */
export function queryPieces(query: string, options: MatchOptions = {}): QueryPiece[] {
  const pieces = splitQuery(query)
  if (pieces.length === 0) return pieces
  const last = pieces.at(-1)!
  const typingLastWord = options.prefixLast === true && !last.phrase && !/\s$/.test(query)
  if (typingLastWord && [...last.text].length >= MIN_TYPED_PREFIX) last.prefix = true
  return pieces.map((piece) => ({ ...piece, text: piece.text.trim() }))
}

/** At most this many spellings of one piece: "ss" in a long word could be ß in many places. */
const MAX_SPELLINGS = 8

/**
 * The spellings the index may hold a piece under. The tokenizer folds case and accents but not
 * ß: "Straße" is indexed as "straße" and "STRASSE" as "strasse". So a piece with ß is also
 * looked for with ss, and one with ss with ß in each place (the first three). Anything else is
 * looked for as typed, one spelling.
 */
export function spellingsOf(piece: QueryPiece): string[] {
  const base = piece.text.toLowerCase().replaceAll('ß', 'ss')
  if (!base.includes('ss')) return [piece.text]
  const found = new Set([piece.text.toLowerCase(), base])
  const places = [...base.matchAll(/ss/g)].map((match) => match.index).slice(0, 3)
  for (let mask = 1; mask < 1 << places.length; mask++) {
    let spelled = ''
    let from = 0
    places.forEach((at, k) => {
      if (!(mask & (1 << k))) return
      spelled += `${base.slice(from, at)}ß`
      from = at + 2
    })
    found.add(spelled + base.slice(from))
  }
  return [...found].slice(0, MAX_SPELLINGS)
}

function pieceExpression(piece: QueryPiece): string {
  const spellings = spellingsOf(piece).map((text) => `${quote(text)}${piece.prefix ? '*' : ''}`)
  return spellings.length === 1 ? spellings[0]! : `(${spellings.join(' OR ')})`
}

/** The MATCH expression, or null when the query has nothing searchable (then nothing matches). */
export function toMatchExpression(query: string, options: MatchOptions = {}): string | null {
  const pieces = queryPieces(query, options)
  if (pieces.length === 0) return null
  return pieces.map(pieceExpression).join(' ')
}
