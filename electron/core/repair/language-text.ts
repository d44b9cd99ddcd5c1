/**
 * The parts of a draft the language check needs besides its phrases: where sentences start
 * and end, which words are quoted speech, and whether the words before a phrase negate it.
 * Offsets are UTF-16 indexes into the draft, like JavaScript strings, end exclusive.
 */

export interface TextRange {
  start: number
  end: number
}

/**
 * A sentence ends at . ! or ? (with any closing quotes or brackets after it) followed by
 * white space, or at a line break. A full stop not followed by a space ("3.5", "e.g") does not
 * end one, so numbers and file names stay whole.
 */
const SENTENCE_END = /[.!?]+["'”’)\]]*(?=\s|$)|\r?\n/g

export function splitSentences(text: string): TextRange[] {
  const sentences: TextRange[] = []
  let start = 0
  SENTENCE_END.lastIndex = 0
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    const end = m.index + m[0].length
    if (end > start) sentences.push({ start, end })
    start = end
  }
  if (start < text.length) sentences.push({ start, end: text.length })
  return sentences
}

/** The range containing `index` (ranges sorted and disjoint), or undefined. */
export function rangeAt(ranges: readonly TextRange[], index: number): TextRange | undefined {
  let low = 0
  let high = ranges.length - 1
  while (low <= high) {
    const mid = (low + high) >> 1
    const range = ranges[mid]!
    if (index < range.start) high = mid - 1
    else if (index >= range.end) low = mid + 1
    else return range
  }
  return undefined
}

/** The range after `range` in `ranges`, found by its end (ranges sorted and touching). */
export function rangeAfter(ranges: readonly TextRange[], range: TextRange): TextRange | undefined {
  return rangeAt(ranges, range.end)
}

/** Whether [start, end) overlaps any of `ranges` (sorted and disjoint). */
export function overlapsAny(ranges: readonly TextRange[], start: number, end: number): boolean {
  // The first range that ends after `start`, by binary search; it overlaps when it starts before `end`.
  let low = 0
  let high = ranges.length
  while (low < high) {
    const mid = (low + high) >> 1
    if (ranges[mid]!.end <= start) low = mid + 1
    else high = mid
  }
  return low < ranges.length && ranges[low]!.start < end
}

/** Quoted speech longer than this is more likely a stray mark than a quotation. */
const MAX_QUOTE_LENGTH = 300
const LETTER = /[\p{L}\p{N}]/u

/**
 * The inside of every quotation on each line: "…", “…”, ‘…’ and '…'. Quoted speech is someone
 * else's words (or the writer's own, reported), not what the writer is saying now. A straight or
 * curly single quote only counts when it cannot be an apostrophe: it opens before a letter after
 * a space and closes after a non-space before a non-letter, so "don't" and "kids' toys" never
 * start a quotation. An unmatched mark quotes nothing.
 */
export function quotedRanges(text: string): TextRange[] {
  const ranges: TextRange[] = []
  let lineStart = 0
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart)
    const lineEnd = newline === -1 ? text.length : newline
    collectQuotes(text, lineStart, lineEnd, ranges)
    lineStart = lineEnd + 1
  }
  return mergeRanges(ranges)
}

/** Sorted, with overlapping ranges (a quotation inside a quotation) joined into one. */
function mergeRanges(ranges: TextRange[]): TextRange[] {
  ranges.sort((a, b) => a.start - b.start)
  const merged: TextRange[] = []
  for (const range of ranges) {
    const last = merged[merged.length - 1]
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end)
    else merged.push({ ...range })
  }
  return merged
}

function collectQuotes(text: string, from: number, to: number, ranges: TextRange[]): void {
  let straightOpen = -1
  let curlyOpen = -1
  let singleOpen = -1
  for (let i = from; i < to; i++) {
    const ch = text[i]!
    if (ch === '"') {
      if (straightOpen === -1) straightOpen = i
      else {
        pushQuote(ranges, straightOpen, i)
        straightOpen = -1
      }
    } else if (ch === '“') curlyOpen = i
    else if (ch === '”' && curlyOpen !== -1) {
      pushQuote(ranges, curlyOpen, i)
      curlyOpen = -1
    } else if (ch === "'" || ch === '‘' || ch === '’') {
      const before = i > from ? text[i - 1]! : ' '
      const after = i + 1 < to ? text[i + 1]! : ' '
      const opens = ch !== '’' && /[\s([{“"]/u.test(before) && LETTER.test(after)
      const closes = ch !== '‘' && !/\s/u.test(before) && !LETTER.test(after)
      if (singleOpen === -1 && opens) singleOpen = i
      else if (singleOpen !== -1 && closes) {
        pushQuote(ranges, singleOpen, i)
        singleOpen = -1
      }
    }
  }
}

function pushQuote(ranges: TextRange[], open: number, close: number): void {
  if (close - open - 1 > 0 && close - open <= MAX_QUOTE_LENGTH) ranges.push({ start: open + 1, end: close })
}

/**
 * Words people put inside a phrase to stress it: "it was never, ever my intention", "I did truly
 * have good intentions", "it just… happened". The check blanks them to spaces before it scans, so
 * that every phrase meets its bare words, whatever the writer put between them (a space in the
 * rules' dialect matches any run of spaces). The result has the draft's length, so every offset
 * still points into what the person wrote. Only words that never carry a flaw themselves: not
 * "just" or "only", which minimise, nor "so", which scales.
 */
const STRESS_WORD =
  '(?:really|truly|genuinely|honestly|sincerely|deeply|completely|totally|absolutely|entirely|utterly|definitely|certainly|actually)'
const STRESS = new RegExp(
  `(?<![A-Za-z'’])${STRESS_WORD}(?:,?[^\\S\\r\\n]+${STRESS_WORD})*(?![A-Za-z'’])|(?<=never),?[^\\S\\r\\n]+ever(?![A-Za-z])|(?<=[a-z])(?:…|\\.{3})(?=[^\\S\\r\\n]+[a-z])`,
  'gi',
)

/**
 * A run of blanks this long is a wall, not a gap: the rules' spaces match any run of them, so on a
 * run thousands long (pasted indentation, or "really" typed over and over and blanked) the scan
 * went quadratic, seconds for 20,000 characters. Past its first space such a run becomes U+0000,
 * which no phrase matches.
 */
const LONG_BLANK = /[^\S\r\n]{64,}/g

/** `text` with its words of stress and its pauses inside a sentence blanked (see STRESS). */
export function withoutStress(text: string): string {
  return text
    .replace(STRESS, (stress) => ' '.repeat(stress.length))
    .replace(LONG_BLANK, (run) => ' ' + '\u0000'.repeat(run.length - 1))
}

/**
 * Where a clause ends: punctuation inside a sentence, a dash, or a joining word. A negation only
 * reaches the phrases in its own clause: in "I didn't listen, and I didn't mean to hurt you" the
 * first "didn't" has nothing to do with the second half.
 */
// Latin letters only, without the `u` flag: the joining words are English, and this runs once per
// candidate phrase, where the Unicode tables made it the slowest part of the check.
const NOT_LETTER_BEFORE = '(?<![A-Za-z\u00C0-\u024F])'
const NOT_LETTER_AFTER = '(?![A-Za-z\u00C0-\u024F])'
const CLAUSE_BREAK = new RegExp(
  `[,;:()[\\]{}—–]|\\s-\\s|${NOT_LETTER_BEFORE}(?:but|and|so|because|since|although|though|while|whereas|yet|when|or|if|unless)${NOT_LETTER_AFTER}`,
  'gi',
)

/** The words of `before` (a sentence up to a phrase) that belong to the phrase's clause. */
export function clauseBefore(before: string): string {
  let cut = 0
  CLAUSE_BREAK.lastIndex = 0
  for (let m = CLAUSE_BREAK.exec(before); m; m = CLAUSE_BREAK.exec(before)) cut = m.index + m[0].length
  return before.slice(cut)
}

/** How many words before a phrase a negation may stand ("I'm not going to tell you to calm down"). */
const NEGATION_REACH = 8

/**
 * Words that take back what follows them. A negated auxiliary followed by "you", "we" or "I" is
 * left out: "why can't you just calm down" and "can't we just move on" push the phrase, not deny it.
 */
const NEGATOR = new RegExp(
  `${NOT_LETTER_BEFORE}(?:not|never|no|none|nothing|nobody|neither|nor|cannot|without|refuse to|refused to|rather than|instead of|more than|far from|stop pretending|could (?:say|claim|pretend)|[A-Za-z\u00C0-\u024F]+n['’]t|(?:do|did|does|wo|ca|would|could|should|is|was|are|were|have|has|had)nt|aint)${NOT_LETTER_AFTER}(?![^\\S\\n]+(?:you|we|I)${NOT_LETTER_AFTER})`,
  'i',
)

/** Whether the clause before a phrase negates it ("I won't say …", "this is not …"). */
export function isNegated(clause: string): boolean {
  const words = clause.trim().split(/\s+/u)
  return NEGATOR.test(words.slice(-NEGATION_REACH).join(' '))
}

/** "I told you my train was cancelled; it wasn't": the writer reports what they said, which owns it. */
export const REPORTED_TO_THEM =
  /(?:^|\s)I (?:told|texted|wrote to|said to|lied to|promised) (?:you|him|her|them)(?: that)?\s*$/iu

/**
 * A reason taken back in words ("… but that's no excuse") or by owning the act beside it ("I was
 * jealous, and I acted on it"; "I thought it was fine, but I should have known better").
 */
export const EXCUSE_TAKEN_BACK =
  /(?<![A-Za-z])(?:(?:and|but) I (?:still|chose|acted on it|did it anyway|knew better|should have|should've|shouldn['’]t have)|because (?:I|we) (?:didn['’]t|did not|forgot|chose|failed|left it|put it off|wasn['’]t|was not|hadn['’]t|had not|never)|(?:which|and that|that) (?:was|is) (?:wrong|inexcusable|unforgivable|unfair|cruel|selfish|cowardly|on me)|no excuse|not an excuse|(?:isn['’]t|is not|never) an excuse|doesn['’]t excuse|does not excuse|(?:isn['’]t|is not|not) a reason|(?:that|it|this)(?:['’]s| is| was) (?:all )?on me|doesn['’]t (?:justify|make it (?:ok|okay|right|better))|does not (?:justify|make it (?:ok|okay|right|better)))(?![A-Za-z])/i

/** "I thought it was a joke, but I should have known better": a defence of intent taken back at once. */
export const INTENT_TAKEN_BACK =
  /(?<![A-Za-z])(?:but|and) (?:I (?:should have|should've|knew better|still hurt you|(?:guess |suppose |now see |know )?(?:I )?was wrong)|(?:it|that) (?:was|is) (?:no excuse|still wrong|not okay|not ok|wrong|cruel|selfish|unkind|unfair|a lie)|I(?:['’]m| am) ashamed|still)(?![A-Za-z])/i

/** What "I'm not trying to …" may disclaim that is a demand on them, not the intent behind the act (a pattern source). */
export const NOT_A_DEMAND =
  '(?:relive|reopen|rekindle|excuse|justify|make excuses|defend|minimi[sz]e|downplay|get|win|force|pressure|rush|guilt|fix the past|change the past|become|be (?:friends|buddies)|take away|undo)(?![a-z])'
