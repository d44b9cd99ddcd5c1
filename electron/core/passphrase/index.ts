import type { PassphraseRating, PassphraseWeakness } from '../../contract/passphrase-policy'
import { MendError } from '../errors'
import { ratePassphrase } from './passphrase-strength'

export { ratePassphrase, RATED_CHARACTERS } from './passphrase-strength'
export { ownWords, wordsOfNames } from './own-words'
export { suggestPassphrase, SUGGESTED_WORDS } from './suggested-passphrase'

/**
 * Why a passphrase is weak, in one plain sentence each, for the command line and for core's own
 * refusals (the app shows its own words for each reason, from src/messages).
 */
export const WEAKNESS_SENTENCES: Record<PassphraseWeakness, string> = {
  'too-short': 'It is shorter than 10 characters.',
  'too-long': 'It is longer than 1,024 characters.',
  'common-password': 'It is, or is built on, a password many people use.',
  'own-words': 'It uses words anyone who knows you would try first: your name, a name from your journal, or "Mend".',
  names: 'It is built on a common first name or surname.',
  dates: 'It holds a date or a year, which are quick to guess.',
  'keyboard-pattern': 'It follows keys that sit side by side on the keyboard.',
  repeats: 'It repeats the same characters or words.',
  sequence: 'It runs in order, like abc or 1234.',
  'predictable-changes': 'Swaps like @ for a or 0 for o, or a word spelled backwards, are the first things tried.',
  'common-words': 'It is a few common words: add two or three more that have nothing to do with each other.',
  'weak-beginning': 'Mend rates the first 50 characters, and they are easy to guess: make the start stronger.',
  'too-guessable': 'It would be guessed too soon: add two or three more words that have nothing to do with you.',
}

/** "This passphrase is not strong enough. <why> <what helps>", or null when it is. */
export function describeWeakness(
  rating: PassphraseRating,
  what: 'passphrase' | 'password' = 'passphrase',
): string | null {
  if (rating.acceptable) return null
  const sentences = rating.reasons.map((reason) => WEAKNESS_SENTENCES[reason])
  return [
    `This ${what} is not strong enough.`,
    ...sentences,
    'A few unrelated words are strong and easy to remember.',
  ].join(' ')
}

/** INVALID_INPUT naming `field`, in plain words, unless the passphrase meets the rule. */
export async function requireStrongPassphrase(
  passphrase: string,
  ownWordList: readonly string[],
  field: string,
  what: 'passphrase' | 'password' = 'passphrase',
): Promise<void> {
  const problem = describeWeakness(await ratePassphrase(passphrase, ownWordList), what)
  if (problem) throw new MendError('INVALID_INPUT', problem, { field })
}
