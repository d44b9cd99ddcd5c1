import { randomInt } from 'node:crypto'

/**
 * Words a suggested passphrase never uses. The list (the EFF's long diceware list, which the
 * estimator also knows) was made to be easy to remember, not for someone who has just hurt or been
 * hurt by a person they love: words of violence, grief, betrayal or shame are left out. About 70 of
 * 7,776 words: each word still carries 12.9 bits.
 */
// prettier-ignore
const UNSUITABLE = new Set([
  'affair', 'agony', 'alienate', 'ambush', 'anger', 'arson', 'backstab', 'battle', 'bleak', 'broken',
  'bruising', 'bully', 'carnage', 'casket', 'cheating', 'chokehold', 'crook', 'cruelly', 'cruelness',
  'cruelty', 'crying', 'dagger', 'deceased', 'deceit', 'deceiving', 'despair', 'disbelief', 'dismay',
  'distress', 'distrust', 'divorcee', 'drown', 'enslave', 'entomb', 'exile', 'explode', 'gallows',
  'graves', 'graveyard', 'grief', 'grudge', 'handgun', 'hangover', 'hate', 'hurt', 'imprison',
  'jailbird', 'jailbreak', 'jailer', 'jailhouse', 'lying', 'mortality', 'obituary', 'overkill',
  'poison', 'prison', 'punch', 'racism', 'rage', 'relapse', 'revenge', 'sadly', 'sadness', 'sedative',
  'shame', 'slapping', 'smother', 'strangle', 'suffocate', 'sulk', 'theft', 'threaten', 'traitor',
  'undead', 'unhappy', 'unisexual', 'unloved', 'untrue', 'unwanted', 'villain', 'widow', 'wound',
  'wrath',
])

/** Five words of 12.9 bits: about 64 bits, some 10^19 guesses. */
export const SUGGESTED_WORDS = 5

let words: Promise<readonly string[]> | null = null

/** Loaded on first use, like the estimator that shares the list. */
export function suggestionWords(): Promise<readonly string[]> {
  words ??= import('@zxcvbn-ts/language-common').then(({ dictionary }) =>
    dictionary['diceware-common'].filter((word) => /^[a-z]+$/.test(word) && !UNSUITABLE.has(word)),
  )
  return words
}

/** A new passphrase of `count` words, each drawn uniformly with a cryptographic random source. */
export async function suggestPassphrase(count = SUGGESTED_WORDS): Promise<string> {
  const list = await suggestionWords()
  return Array.from({ length: count }, () => list[randomInt(list.length)] as string).join(' ')
}
