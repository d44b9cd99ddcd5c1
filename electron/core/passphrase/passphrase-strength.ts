import type { MatchExtended, ZxcvbnFactory } from '@zxcvbn-ts/core'
import {
  MAX_PASSPHRASE_LENGTH,
  MIN_GUESSES_LOG10,
  MIN_PASSPHRASE_LENGTH,
  PassphraseWeakness,
  type PassphraseRating,
  type PassphraseStrength,
} from '../../contract/passphrase-policy'

/**
 * How many characters the estimator reads. Its cost grows steeply with length (a 64-character
 * sentence took up to a third of a second here, 50 characters a tenth at most), and it runs on
 * every pause in typing; five or six words fit. A longer passphrase is rated by its beginning.
 */
export const RATED_CHARACTERS = 50

let estimator: Promise<ZxcvbnFactory> | null = null

/**
 * Loaded and built on first use, then kept: the dictionaries take about half a second to load and
 * unpack, which no command or start-up that never rates a passphrase should pay.
 */
function zxcvbn(): Promise<ZxcvbnFactory> {
  estimator ??= (async () => {
    const [{ ZxcvbnFactory }, common, english] = await Promise.all([
      import('@zxcvbn-ts/core'),
      import('@zxcvbn-ts/language-common'),
      import('@zxcvbn-ts/language-en'),
    ])
    return new ZxcvbnFactory({
      dictionary: { ...common.dictionary, ...english.dictionary },
      graphs: common.adjacencyGraphs,
      maxLength: RATED_CHARACTERS,
      // Each extra substitution tried multiplies the work: "P@ssw0rd" needs two, 8 is plenty.
      l33tMaxSubstitutions: 8,
    })
  })()
  return estimator
}

function strengthOf(guessesLog10: number): PassphraseStrength {
  if (guessesLog10 < 6) return 0
  if (guessesLog10 < 9) return 1
  if (guessesLog10 < MIN_GUESSES_LOG10) return 2
  if (guessesLog10 < 15) return 3
  return 4
}

/** What made a piece of the passphrase easy to guess, as the estimator found it. */
function weaknessesOf(match: MatchExtended): PassphraseWeakness[] {
  const found = match as MatchExtended & {
    dictionaryName?: string
    l33t?: boolean
    reversed?: boolean
    regexName?: string
  }
  switch (found.pattern) {
    case 'dictionary': {
      const name = found.dictionaryName ?? ''
      // "P@ssw0rd" or "drowssap": the changes everyone tries first.
      const changed: PassphraseWeakness[] = found.l33t || found.reversed ? ['predictable-changes'] : []
      if (name === 'userInputs') return ['own-words', ...changed]
      if (name.startsWith('passwords')) return ['common-password', ...changed]
      if (name.startsWith('firstnames') || name.startsWith('lastnames')) return ['names', ...changed]
      return ['common-words', ...changed]
    }
    case 'date':
      return ['dates']
    case 'regex':
      return found.regexName === 'recentYear' ? ['dates'] : []
    case 'spatial':
      return ['keyboard-pattern']
    case 'repeat':
      return ['repeats']
    case 'sequence':
      return ['sequence']
    default:
      return []
  }
}

/**
 * The estimator rates words parted by spaces as if each space began random text ("mend journal
 * sorry" scored 10^12, "mendjournalsorry" 10^8); a guesser tries the words with and without
 * spaces alike. So it reads both, and the easier one counts.
 */
async function weakestReading(passphrase: string, ownWords: readonly string[]) {
  const estimate = await zxcvbn()
  const asTyped = estimate.check(passphrase, [...ownWords])
  const joined = passphrase.replace(/[\s\-_.]+/gu, '')
  if (joined === passphrase || joined === '') return asTyped
  const together = estimate.check(joined, [...ownWords])
  return together.guessesLog10 < asTyped.guessesLog10 ? together : asTyped
}

function inOrder(reasons: Iterable<PassphraseWeakness>): PassphraseWeakness[] {
  const order = PassphraseWeakness.options
  return [...new Set(reasons)].sort((a, b) => order.indexOf(a) - order.indexOf(b))
}

/**
 * Rates a passphrase as someone guessing it would: common passwords (also with @ for a and the
 * like), names, words, dates, keyboard runs and repeats, and `ownWords`, the words a person who
 * knows them would try first (their name, the people in their journal, "mend"). Acceptable at
 * about 10^12 guesses (MIN_GUESSES_LOG10) and at least MIN_PASSPHRASE_LENGTH characters.
 */
export async function ratePassphrase(passphrase: string, ownWords: readonly string[] = []): Promise<PassphraseRating> {
  const length = Array.from(passphrase).length
  if (length > MAX_PASSPHRASE_LENGTH) return { strength: 4, acceptable: false, reasons: ['too-long'] }
  const result = await weakestReading(passphrase, ownWords)
  const guessesLog10 = result.guessesLog10
  let strength = strengthOf(guessesLog10)
  const tooShort = length < MIN_PASSPHRASE_LENGTH
  if (tooShort) strength = Math.min(strength, 1) as PassphraseStrength
  const acceptable = !tooShort && guessesLog10 >= MIN_GUESSES_LOG10
  if (acceptable) return { strength, acceptable, reasons: [] }

  const found = result.sequence.flatMap(weaknessesOf)
  const reasons = inOrder([
    ...(tooShort ? (['too-short'] as const) : []),
    ...found,
    ...(length > RATED_CHARACTERS ? (['weak-beginning'] as const) : []),
  ])
  // Plain words on their own are not a fault when there are enough of them; say what would help.
  const specific = reasons.filter((reason) => reason !== 'common-words' || reasons.length === 1)
  return { strength, acceptable, reasons: specific.length > 0 ? specific : ['too-guessable'] }
}
