import { randomInt } from 'node:crypto'

/**
 * Words a suggested passphrase never uses. The list (the EFF's long diceware list, which the
 * estimator also knows) was made to be easy to remember, not for someone who has just hurt or been
 * hurt by a person they love: words of violence, fear, grief, betrayal, blame or shame are left
 * out ("breach" and "duress" came up in a suggestion). About 220 of 7,776 words: each word still
 * carries 12.9 bits.
 */
// prettier-ignore
const UNSUITABLE = new Set([
  'affair', 'afraid', 'agony', 'alarm', 'alienate', 'alone', 'ambush', 'anger', 'arson', 'ashamed',
  'backstab', 'badly', 'badness', 'banish', 'battle', 'blame', 'blaming', 'bleak', 'bloated',
  'breach', 'broken', 'bruising', 'brute', 'brutishly', 'bully', 'cage', 'captive', 'captivity',
  'carnage', 'casket', 'casualty', 'cheating', 'chokehold', 'choking', 'coerce', 'collapse',
  'confined', 'confining', 'conflict', 'crook', 'cruelly', 'cruelness', 'cruelty', 'crushed',
  'crushing', 'crying', 'curse', 'dagger', 'danger', 'deceased', 'deceit', 'deceiving', 'defeat',
  'defection', 'defective', 'defraud', 'demeaning', 'denial', 'depraved', 'depravity', 'depress',
  'despair', 'despise', 'disbelief', 'disgrace', 'dislike', 'disliking', 'dismay', 'disown',
  'distort', 'distress', 'distrust', 'divorcee', 'dreaded', 'dreadful', 'drown', 'duress',
  'enslave', 'entomb', 'evict', 'evil', 'exile', 'expel', 'explode', 'failing', 'filth',
  'frighten', 'frightful', 'gallows', 'gloomily', 'gloomy', 'gore', 'graves', 'graveyard', 'grief',
  'grimace', 'grope', 'grudge', 'handgun', 'hangover', 'harmful', 'hate', 'haunt', 'helpless',
  'humiliate', 'hurt', 'illicitly', 'imprison', 'jailbird', 'jailbreak', 'jailer', 'jailhouse',
  'lustfully', 'lustily', 'lustiness', 'lusty', 'lying', 'mangle', 'mocker', 'morbidity',
  'morbidly', 'mortality', 'mourner', 'mournful', 'nag', 'neglector', 'nervous', 'numbness',
  'obituary', 'obsessed', 'obsession', 'obsessive', 'outrage', 'overkill', 'panic', 'poison',
  'prison', 'punch', 'punisher', 'quarrel', 'racism', 'rage', 'regretful', 'relapse', 'remorse',
  'resent', 'revenge', 'rotten', 'ruined', 'sabotage', 'sadly', 'sadness', 'scam', 'scared',
  'scarily', 'scary', 'scolding', 'scorn', 'sedative', 'shame', 'sinister', 'sinner', 'slander',
  'slapping', 'sly', 'smother', 'strangle', 'stress', 'sufferer', 'suffering', 'suffocate', 'sulk',
  'sullen', 'taunt', 'theft', 'threaten', 'traitor', 'trickery', 'trickster', 'troubling',
  'undead', 'unfair', 'unhappy', 'unisexual', 'unkind', 'unloved', 'untrue', 'unwanted', 'villain',
  'widow', 'worried', 'worrier', 'worrisome', 'worry', 'worst', 'wound', 'wrath', 'wreckage',
  'wrongdoer', 'wronged', 'wrongful', 'wrongly', 'wrongness', 'yelling',
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
