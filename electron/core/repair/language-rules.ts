import type { LanguageCategory } from './language-check'

/**
 * One phrase that undermines an apology, as data. `pattern` is a regular expression source in a
 * small dialect that keeps the tables readable:
 * - a space matches any run of spaces or tabs (never a line break: phrases stay in one line);
 * - `'` matches a straight or curly apostrophe or none, because phones type ’ and texts skip it
 *   ("im sorry", "its not a big deal");
 * - `you` also matches "u", and `you're` (or `you(?:'re| are)`) also "ur" and "u r", as people text them;
 * - word boundaries are checked at both ends, Unicode-aware, so "sorry if" never matches "sorry iffy";
 * - groups must be non-capturing `(?:…)`: the capturing groups are how the checker tells rules apart.
 * Matching is case-insensitive and without the `u` flag, which made the scan twice as slow: the
 * phrases are English, so write letters as `[a-z]`, never `\p{L}`.
 */
export interface LanguageRule {
  pattern: string
  /** Replaces the category's message when this phrase needs a more precise reason. */
  message?: string
  /** Replaces the category's rewrite hint when this phrase has a better one. */
  suggestion?: string
  /**
   * False when the phrase already carries its own negation or a negation before it does not
   * take it back ("You're not perfect either" is still blame).
   */
  negatable?: boolean
  /** The phrase is not flagged when its clause, up to the phrase, matches this. */
  unlessBefore?: RegExp
  /**
   * The phrase is not flagged when its sentence, up to the phrase, matches this: a wider look than
   * `unlessBefore`, for words that change what the phrase is doing from several clauses away
   * ("we will publish a postmortem: how it was possible, what exactly happened").
   */
  unlessEarlier?: RegExp
  /**
   * The phrase is not flagged when the phrase itself, read on to the end of its sentence (at most
   * 300 characters past it), matches this; anchor it with ^. "Our goal is to fix this" is a promise
   * where "our goal was to help" is a defence; "the post was made today by our team" names the
   * doer. A guard here costs nothing until the phrase matches; the same guard as a lookahead in
   * the pattern made its category's expression large enough that the engine optimised it less
   * (the scan of a 20,000-character draft went from 9 to 21 ms).
   */
  unlessReadOn?: RegExp
}

/** Every rule of one category with the words the checker shows by default. */
export interface CategoryRules {
  category: LanguageCategory
  /** One sentence: why phrases like these undermine an apology. Judges the text, never the writer. */
  message: string
  /** A hint for the rewrite. */
  suggestion: string
  rules: readonly LanguageRule[]
  /** As `LanguageRule.unlessBefore`, for every rule of the category. */
  unlessBefore?: RegExp
  /**
   * The phrase is not flagged when the rest of its sentence, or the next sentence, takes it back
   * ("I was exhausted, but that is no excuse").
   */
  retractedAfter?: RegExp
}

/** A category's rules, compiled into one regular expression: one scan of the text per category. */
export interface CompiledCategory extends CategoryRules {
  regex: RegExp
  /** For each rule, the words a match may have looked behind for, to show them as part of the phrase. */
  leads: readonly (RegExp | undefined)[]
}

const APOSTROPHE = "['’ʼ]?"
const GAP = '[^\\S\\r\\n]+'
const YOU_ARE = `(?:you['’ʼ]?re|you${GAP}are|ur|u${GAP}r)`
const YOU = '(?:you|u)'
/**
 * Without the `u` flag there is no \p{L}: any Latin, Greek, Cyrillic or later letter block
 * stands in for "a letter", which is all a boundary after an English phrase needs.
 */
const WORD_AFTER = '(?![0-9A-Za-z_\\u00C0-\\u1FFF\\u2C00-\\uD7FF])'
const WORD_CHAR = /[\p{L}\p{N}_]/u

/** The parts of the dialect, in one pass so that no expansion is rewritten by a later rule. */
const DIALECT = /(?<![a-z])you(?:'re|\(\?:'re\| are\)(?!\?))|(?<![a-z])you|'| /gi

/** Turns the table dialect into a plain regular expression source. */
export function expandPattern(pattern: string): string {
  return pattern.replace(DIALECT, (part) => {
    if (part === "'") return APOSTROPHE
    if (part === ' ') return GAP
    return part.length === 3 ? YOU : YOU_ARE
  })
}

export function compileCategory(table: CategoryRules): CompiledCategory {
  const alternatives = table.rules.map((rule) => {
    const source = expandPattern(rule.pattern)
    // A capturing group inside a rule would shift every later rule's group number.
    const groups = new RegExp(`(?:${source})|`).exec('')!.length - 1
    if (groups !== 0) throw new Error(`Language rule has a capturing group: ${rule.pattern}`)
    return `(${source})`
  })
  // A leading \b (ASCII, cheap) keeps the scan from trying every letter inside a word; the
  // Unicode-aware check of the same boundary is `startsWord`, on the few matches. A Unicode
  // look-behind here ran at every position and made the scan three times slower.
  const regex = new RegExp(`\\b(?:${alternatives.join('|')})${WORD_AFTER}`, 'gi')
  return { ...table, regex, leads: table.rules.map((rule) => leadOf(expandPattern(rule.pattern))) }
}

const LEAD_OPEN = '(?<=(?<![a-z])'

/** Whether a piece of a pattern is a whole expression on its own (its groups balanced). */
function isWhole(source: string): boolean {
  try {
    new RegExp(source)
    return true
  } catch {
    return false
  }
}

/**
 * A costly phrase is written to start at its rarest word and to look behind for the common words
 * before it ("hurt(?<=(?<![a-z])someone has felt hurt)"): the scan then tries it at a few places
 * instead of at every "someone". The finding should still show the whole phrase, so this collects,
 * for each such look-behind, the words before the anchor ("someone has felt "), as one expression
 * anchored at the end; the checker grows a finding back over them. Wide look-behinds (a gap of any
 * characters) are left out: they reach for context, not for the phrase.
 */
function leadOf(source: string): RegExp | undefined {
  const befores: string[] = []
  for (let open = source.indexOf(LEAD_OPEN); open !== -1; open = source.indexOf(LEAD_OPEN, open + 1)) {
    let depth = 1
    let close = open + LEAD_OPEN.length
    for (; close < source.length && depth > 0; close++) {
      if (source[close] === '\\') close++
      else if (source[close] === '(') depth++
      else if (source[close] === ')') depth--
    }
    const inner = source.slice(open + LEAD_OPEN.length, close - 1)
    let anchor = 0
    for (let k = Math.min(inner.length, open); k > 0; k--) {
      if (source.slice(open - k, open) === inner.slice(-k)) {
        anchor = k
        break
      }
    }
    const before = inner.slice(0, inner.length - anchor)
    if (anchor > 0 && before && !before.includes('[^.!?') && isWhole(before) && isWhole(inner.slice(-anchor)))
      befores.push(before)
  }
  return befores.length ? new RegExp(`(?<![a-z])(?:${befores.join('|')})$`, 'i') : undefined
}

/** Whether a match at `index` starts a word (the regex itself may match inside one). */
export function startsWord(text: string, index: number): boolean {
  if (index === 0) return true
  const before = text.codePointAt(index - 1)!
  // The second half of a surrogate pair: look at the whole character.
  const char =
    before >= 0xdc00 && before <= 0xdfff && index >= 2
      ? String.fromCodePoint(text.codePointAt(index - 2)!)
      : text[index - 1]!
  return !WORD_CHAR.test(char)
}

/** Which rule of `table` produced `match` (the one capturing group that took part), by index. */
export function ruleIndexOf(match: RegExpExecArray): number {
  for (let group = 1; group < match.length; group++) {
    if (match[group] !== undefined) return group - 1
  }
  throw new Error('A language match without a rule')
}
