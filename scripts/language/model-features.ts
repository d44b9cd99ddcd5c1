/**
 * An experiment, not part of the app (see cross-validate.ts and the real corpus's README): the
 * words a learned model of the language check sees in one sentence: lower-cased word n-grams,
 * the same n-grams with function words replaced by their role ("I", "WE", "YOU", a negation, a
 * modal, an apology word), what follows a "but" or a "because", and the sentence's ends. Each
 * feature remembers which words it came from, so a finding can show them.
 */

export interface Token {
  /** Lower case, curly apostrophes straightened. */
  word: string
  /** The role of a function word, or the word cut to its stem. */
  role: string
  start: number
  end: number
}

export interface SentenceFeature {
  name: string
  /** The first and last token the feature covers (indexes into the sentence's tokens). */
  first: number
  last: number
}

const WORD = /[\p{L}\p{N}]+(?:['’ʼ][\p{L}]+)*/gu

/** Function words by role: the patterns people vary ("I didn't mean", "we never intended") share their roles. */
const ROLES = new Map<string, string>()
const addRole = (role: string, words: string) => {
  for (const word of words.split(' ')) ROLES.set(word, role)
}
addRole('I', "i me my myself i'm i've i'd i'll im ive")
addRole('WE', "we us our ourselves we're we've we'd we'll")
addRole('YOU', "you your yourself yourselves you're you've you'd u ur")
addRole('THEY', "he she they him her them his their himself herself themselves he's she's they're")
addRole('SOME', 'anyone anybody someone somebody any some those whoever everyone people')
addRole(
  'NEG',
  "not never no nothing nobody none neither nor cannot can't couldn't didn't doesn't don't isn't wasn't weren't won't wouldn't shouldn't hasn't haven't hadn't aren't ain't dont didnt doesnt wasnt isnt wont cant",
)
addRole('MOD', 'may might could perhaps maybe possibly probably seem seems seemed appear appears')
addRole(
  'SORRY',
  'sorry apologise apologize apologised apologized apologising apologizing apology apologies regret regrets',
)
addRole('BUT', 'but however although though yet while whilst')
addRole('CAUSE', 'because since due as cause caused')
addRole('IF', 'if whether unless')
addRole('JUST', 'just only simply merely little bit slightly')
addRole('FEEL', 'feel feels felt feeling feelings offended offence offense upset hurt')
addRole('MEAN', 'mean meant intend intended intention intent intentions aim aimed purpose')
addRole('BE', "is was were are be been being it's that's")

/** A crude stem: enough for "meant"/"meaning", "apologised"/"apologizes" to meet. */
function stem(word: string): string {
  if (word.length <= 4) return word
  return word.replace(/(?:ing|ed|es|s|ly)$/, '')
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  WORD.lastIndex = 0
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const word = m[0].toLowerCase().replace(/[’ʼ]/g, "'").replace(/\d+/g, '0')
    tokens.push({ word, role: ROLES.get(word) ?? stem(word), start: m.index, end: m.index + m[0].length })
  }
  return tokens
}

/** Words that open a clause whose words read differently: a reason, a contrast, a condition. */
const CLAUSE_OPENERS = new Set(['BUT', 'CAUSE', 'IF'])

/** The groups of features a model may use, and the rule engine's hits when an experiment adds them. */
export interface FeatureOptions {
  /**
   * w/b/t: word uni-, bi- and trigrams; rb/rt/r4: the same over roles (2, 3, 4 words); c: character
   * 4-grams inside words; clause: the words after a "but", "because" or "if"; len: sentence length.
   */
  groups: ReadonlySet<string>
  /** The categories the rules found in the sentence (features "rule <category>"), when given. */
  ruleHits?: (text: string) => readonly string[]
}

export const DEFAULT_FEATURES: FeatureOptions = { groups: new Set(['w', 'b', 't']) }

/** Every feature of a sentence, each once (the first place it occurs). */
export function sentenceFeatures(
  text: string,
  options: FeatureOptions = DEFAULT_FEATURES,
): { tokens: Token[]; features: SentenceFeature[] } {
  const on = options.groups
  const tokens = tokenize(text)
  const features: SentenceFeature[] = []
  const seen = new Set<string>()
  const add = (name: string, first: number, last: number) => {
    if (seen.has(name)) return
    seen.add(name)
    features.push({ name, first, last })
  }
  const n = tokens.length
  const word = (i: number) => (i < 0 ? '<s>' : i >= n ? '</s>' : tokens[i]!.word)
  const role = (i: number) => (i < 0 ? '<s>' : i >= n ? '</s>' : tokens[i]!.role)
  const clamp = (i: number) => Math.min(Math.max(i, 0), Math.max(n - 1, 0))
  for (let i = -1; i <= n; i++) {
    if (on.has('w') && i >= 0 && i < n) add(`w ${word(i)}`, i, i)
    if (on.has('b') && i < n) add(`b ${word(i)} ${word(i + 1)}`, clamp(i), clamp(i + 1))
    if (on.has('t') && i < n - 1) add(`t ${word(i)} ${word(i + 1)} ${word(i + 2)}`, clamp(i), clamp(i + 2))
    if (on.has('rb') && i < n) add(`rb ${role(i)} ${role(i + 1)}`, clamp(i), clamp(i + 1))
    if (on.has('rt') && i < n - 1) add(`rt ${role(i)} ${role(i + 1)} ${role(i + 2)}`, clamp(i), clamp(i + 2))
    if (on.has('r4') && i < n - 2)
      add(`r4 ${role(i)} ${role(i + 1)} ${role(i + 2)} ${role(i + 3)}`, clamp(i), clamp(i + 3))
    if (on.has('c') && i >= 0 && i < n) {
      const padded = `#${word(i)}#`
      for (let c = 0; c + 4 <= padded.length; c++) add(`c ${padded.slice(c, c + 4)}`, i, i)
    }
  }
  for (const hit of options.ruleHits?.(text) ?? []) add(`rule ${hit}`, 0, Math.max(n - 1, 0))
  // What a reason, contrast or condition says, word by word, up to the clause's end.
  let opener: string | undefined
  let openedAt = 0
  for (let i = 0; i < n; i++) {
    const r = tokens[i]!.role
    if (CLAUSE_OPENERS.has(r)) {
      opener = r
      openedAt = i
    } else if (opener && on.has('clause') && i - openedAt <= 6) add(`${opener}> ${tokens[i]!.role}`, openedAt, i)
  }
  if (on.has('len') && n > 0) add(`len ${Math.min(Math.floor(n / 10), 4)}`, 0, n - 1)
  return { tokens, features }
}
