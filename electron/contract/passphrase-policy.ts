/**
 * How strong a passphrase is, computed the same way in the renderer (live meter) and in core
 * (which refuses weak ones, so a modified renderer cannot create a weak vault).
 *
 * A deliberately small estimator: character-class entropy over an "effective length" that
 * discounts repeats, keyboard/alphabet runs and very common words. It errs on the side of
 * calling things weak. Pure and dependency-free so both sides can import it.
 */

export const MIN_PASSPHRASE_LENGTH = 10
export const MAX_PASSPHRASE_LENGTH = 1024
/** Below this estimate a passphrase is refused. About a billion guesses per second for days. */
export const MIN_ACCEPTABLE_BITS = 50

export type PassphraseStrength = 0 | 1 | 2 | 3 | 4

export interface PassphraseAssessment {
  strength: PassphraseStrength
  /** Rough guessing entropy in bits. */
  bits: number
  acceptable: boolean
  /** Why it is not acceptable yet, in one plain sentence; null when acceptable. */
  problem: string | null
}

const STRENGTH_FLOORS: readonly number[] = [0, 28, MIN_ACCEPTABLE_BITS, 70, 90]

// The most guessed passwords and words people build them from; each match counts as one guess
// from a small list rather than as random letters.
// prettier-ignore
const COMMON_WORDS = [
  'password', 'passwort', 'passphrase', 'qwerty', 'qwertz', 'azerty', 'asdf', 'zxcv', 'letmein',
  'welcome', 'iloveyou', 'admin', 'login', 'master', 'dragon', 'monkey', 'football', 'baseball',
  'sunshine', 'princess', 'shadow', 'superman', 'batman', 'trustno', 'secret', 'summer', 'winter',
  'spring', 'autumn', 'love', 'hello', 'freedom', 'whatever', 'mend', 'trust', 'sorry', 'forgive',
  'abc', 'abcd', 'test', 'default', 'changeme', 'starwars', 'pokemon', 'michael', 'jennifer',
  'charlie', 'jordan', 'hunter', 'killer', 'soccer', 'hockey', 'ranger', 'buster', 'tigger',
  'cookie', 'flower', 'family', 'friend', 'angel', 'lovely', 'hottie', 'blink', 'computer',
  'internet', 'google', 'facebook', 'apple', 'samsung', 'january', 'february', 'december',
]
const KEYBOARD_ROWS = ['1234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm', 'abcdefghijklmnopqrstuvwxyz']

function poolSize(text: string): number {
  let pool = 0
  if (/[a-z]/.test(text)) pool += 26
  if (/[A-Z]/.test(text)) pool += 26
  if (/[0-9]/.test(text)) pool += 10
  if (/ /.test(text)) pool += 1
  if (/[!-/:-@[-`{-~]/.test(text)) pool += 33
  if (Array.from(text).some((ch) => (ch.codePointAt(0) ?? 0) > 0x7f)) pool += 100
  return Math.max(pool, 1)
}

function isRunStep(prev: string, cur: string): boolean {
  const a = prev.toLowerCase()
  const b = cur.toLowerCase()
  if (a === b) return true
  return KEYBOARD_ROWS.some((row) => {
    const i = row.indexOf(a)
    return i >= 0 && (row[i + 1] === b || row[i - 1] === b)
  })
}

/** Characters that add little: repeats and steps along the alphabet or a keyboard row. */
function effectiveLength(chars: string[]): number {
  let length = 0
  chars.forEach((ch, i) => {
    const prev = chars[i - 1]
    length += prev !== undefined && isRunStep(prev, ch) ? 0.25 : 1
  })
  return length
}

/** Replaces common words by a placeholder and counts the guesses they are worth. */
function removeCommonWords(text: string): { rest: string; wordBits: number } {
  let rest = text.toLowerCase()
  let wordBits = 0
  const byLength = [...COMMON_WORDS].sort((a, b) => b.length - a.length)
  for (const word of byLength) {
    while (rest.includes(word)) {
      rest = rest.replace(word, '\u0000')
      wordBits += Math.log2(COMMON_WORDS.length) + 1
    }
  }
  return { rest: rest.replaceAll('\u0000', ''), wordBits }
}

export function assessPassphrase(passphrase: string): PassphraseAssessment {
  const chars = Array.from(passphrase)
  const pool = poolSize(passphrase)
  const { rest, wordBits } = removeCommonWords(passphrase)
  const restChars = Array.from(rest)
  const bits = Math.round(effectiveLength(restChars) * Math.log2(pool) + wordBits)
  let strength: PassphraseStrength = 0
  STRENGTH_FLOORS.forEach((floor, level) => {
    if (bits >= floor) strength = level as PassphraseStrength
  })

  let problem: string | null = null
  if (chars.length < MIN_PASSPHRASE_LENGTH) {
    problem = `Use at least ${MIN_PASSPHRASE_LENGTH} characters; a few unrelated words work well.`
    strength = Math.min(strength, 1) as PassphraseStrength
  } else if (chars.length > MAX_PASSPHRASE_LENGTH) {
    problem = `Use at most ${MAX_PASSPHRASE_LENGTH} characters.`
  } else if (bits < MIN_ACCEPTABLE_BITS) {
    problem = 'This is too easy to guess. Add a few more unrelated words, or mix in digits and symbols.'
  }
  return { strength, bits, acceptable: problem === null, problem }
}

export const STRENGTH_LABELS: Record<PassphraseStrength, string> = {
  0: 'Very weak',
  1: 'Weak',
  2: 'Fair',
  3: 'Good',
  4: 'Strong',
}
