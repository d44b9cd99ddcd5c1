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
  return { ...table, regex }
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

/** Which rule of `table` produced `match` (the one capturing group that took part). */
export function ruleOf(table: CompiledCategory, match: RegExpExecArray): LanguageRule {
  for (let group = 1; group < match.length; group++) {
    if (match[group] !== undefined) return table.rules[group - 1]!
  }
  throw new Error('A language match without a rule')
}
