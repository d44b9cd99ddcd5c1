import { z } from 'zod'

/**
 * What Mend asks of a passphrase (for the journal) and of a PDF's password, rated by core with a
 * password-guessing estimator (zxcvbn-ts) that knows common passwords, names, words, dates,
 * keyboard patterns and the person's own words. The renderer sees only the rating, through
 * vault.ratePassphrase; core refuses what falls short, so the app and the command line agree.
 */
export const MIN_PASSPHRASE_LENGTH = 10
export const MAX_PASSPHRASE_LENGTH = 1024
/**
 * A passphrase must take about 10^12 guesses, as the estimator counts them: at scrypt's cost, far
 * beyond anyone's patience; for a PDF (fast to try), still years on one computer.
 */
export const MIN_GUESSES_LOG10 = 12

/** Why a passphrase is weak, in the order a person should hear it. Messages live with each side. */
export const PassphraseWeakness = z.enum([
  'too-short',
  'too-long',
  'common-password',
  'own-words',
  'names',
  'dates',
  'keyboard-pattern',
  'repeats',
  'sequence',
  'predictable-changes',
  'common-words',
  'weak-beginning',
  'too-guessable',
])
export type PassphraseWeakness = z.infer<typeof PassphraseWeakness>

export const PassphraseStrength = z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(4)])
export type PassphraseStrength = z.infer<typeof PassphraseStrength>

export const PassphraseRating = z.strictObject({
  /** 0 (guessed at once) to 4 (far beyond the rule); 3 and 4 are acceptable. */
  strength: PassphraseStrength,
  acceptable: z.boolean(),
  /** Why it falls short, most important first; empty when acceptable. */
  reasons: z.array(PassphraseWeakness),
})
export type PassphraseRating = z.infer<typeof PassphraseRating>
