import type { ImportedEntry } from '../../electron/core/journal/import/imported-entry'
import { between, pick, seededRandom, zipfSampler, type Random } from './random'

/**
 * The benchmark's synthetic journal: deterministic for a seed, shaped like real writing.
 * Words follow Zipf's law over a vocabulary of function words, then the words people use when
 * they write about trust (the common terms a person searches for), then ~30,000 invented words
 * (the long tail: names, places, rare words). Some words are not ASCII: accents, Greek,
 * Cyrillic, CJK and emoji, as in a real journal.
 */
const FUNCTION_WORDS = (
  'the and i to a of it was that in my we he she me you but not so for with had on is they at ' +
  'this be about what all when there her him just then would could from have did after were our ' +
  'out up one no if like how do said because again know still been more will us them back'
).split(' ')

export const COMMON_WORDS = (
  'trust time talk today work home felt feel think sorry promise night week told tried ' +
  'morning call dinner again friend hard better angry quiet honest truth listen change hurt ' +
  'family mother father sister brother partner kids weekend message phone money apology ' +
  'forgive understand calm walk coffee doctor office meeting late early tired happy worried ' +
  'afraid careful patient kind space plan together alone answer question letter evening ' +
  'garden kitchen trip car train rain sleep breakfast lunch school birthday holiday gift ' +
  'repair ownership compassion amends action commitment checkin boundary needs feelings ' +
  'blame excuse responsibility mistake lie secret broken kept missed therapy session notes ' +
  'progress slowly steady small step habit routine reminder schedule trusted rebuilding ' +
  'conversation argument silence distance hope doubt relief grateful ashamed guilty regret'
).split(' ')

/** Sprinkled through the middle ranks so that some entries carry them. */
const NON_ASCII_WORDS = [
  'café',
  'naïve',
  'Zürich',
  'façade',
  'déjà',
  'Müller',
  'señora',
  'São',
  'crème',
  'Ελπίδα',
  'εμπιστοσύνη',
  'доверие',
  'прощение',
  '信任',
  '道歉',
  'こんにちは',
  '😀',
  '💬',
  'Ærø',
  'Łódź',
]

const SYLLABLES = (
  'ka lo mi ren tu sa bel dor fin gar hal jo kel lum mar nor pel quin ros sil tam ver wen yor ' +
  'zan bri cal dru fel gon hin jas kor lin mor nes pim rud sor tel und vas wil xan yel zor ' +
  'ash ber cor den el fos gri ir lan'
).split(' ')

/** Phrases a person might search for in quotes, woven into some sentences. */
export const STOCK_PHRASES = [
  'broken promise',
  'i am sorry',
  'next week',
  'first time',
  'long walk',
  'hard conversation',
  'kept my word',
  'said nothing',
  'phone call',
  'small step',
]

export const TAG_NAMES = Array.from({ length: 40 }, (_, index) =>
  index < 12
    ? [
        'repair',
        'family',
        'work',
        'therapy',
        'health',
        'friends',
        'money',
        'home',
        'travel',
        'kids',
        'gratitude',
        'anger',
      ][index]!
    : `topic-${index}`,
)

export interface BenchCorpus {
  /** Vocabulary by rank, most used first. */
  vocabulary: string[]
  entries: ImportedEntry[]
  /** For each entry (same order), the indexes of the people it mentions (0..people-1). */
  entryPeople: number[][]
  people: string[]
}

function inventedWords(random: Random, count: number, taken: Set<string>): string[] {
  const words: string[] = []
  while (words.length < count) {
    const parts = between(random, 2, 4)
    let word = ''
    for (let part = 0; part < parts; part++) word += pick(random, SYLLABLES)
    if (taken.has(word)) continue
    taken.add(word)
    words.push(word)
  }
  return words
}

function buildVocabulary(random: Random): string[] {
  const taken = new Set([...FUNCTION_WORDS, ...COMMON_WORDS])
  const tail = inventedWords(random, 30_000, taken)
  // One non-ASCII word every 400 ranks from rank 500: a few hundred entries hold each.
  NON_ASCII_WORDS.forEach((word, index) => tail.splice(500 + index * 400, 0, word))
  return [...FUNCTION_WORDS, ...COMMON_WORDS, ...tail]
}

function personNames(random: Random, count: number): string[] {
  const first = 'Sam Alex Jo Robin Kim Noa Lee Max Ana Eli Mia Ben Zoë Léa Ömer Ivy Tom Ada Kai Rumi'.split(' ')
  const names = new Set<string>()
  while (names.size < count) {
    const surname = inventedWords(random, 1, new Set())[0]!
    names.add(`${pick(random, first)} ${surname[0]!.toUpperCase()}${surname.slice(1)}`)
  }
  return [...names]
}

function sentence(random: Random, vocabulary: readonly string[], nextRank: () => number, words: number): string[] {
  const out: string[] = []
  for (let i = 0; i < words; i++) out.push(vocabulary[nextRank()]!)
  // One sentence in 25 carries a stock phrase, so phrase searches find real matches.
  if (random() < 0.04) out.splice(between(random, 0, out.length), 0, pick(random, STOCK_PHRASES))
  return out
}

/** 50-400 words as Markdown: paragraphs of sentences, now and then a list. */
function body(random: Random, vocabulary: readonly string[], nextRank: () => number): string {
  const target = between(random, 50, 400)
  const paragraphs: string[] = []
  let written = 0
  while (written < target) {
    const sentences: string[] = []
    const asList = random() < 0.08
    for (let s = between(random, 2, 6); s > 0 && written < target; s--) {
      const words = sentence(random, vocabulary, nextRank, Math.min(target - written, between(random, 6, 18)))
      written += words.length
      const text = words.join(' ')
      sentences.push(asList ? `- ${text}` : `${text[0]!.toUpperCase()}${text.slice(1)}.`)
    }
    paragraphs.push(sentences.join(asList ? '\n' : ' '))
  }
  return paragraphs.join('\n\n')
}

const DAY_MS = 86_400_000
const FIRST_DAY = Date.UTC(2014, 0, 1)
const LAST_DAY = Date.UTC(2026, 10, 1)

function entryDate(index: number, count: number, random: Random): string {
  // Spread evenly over the years, oldest first, at some time of the day.
  const day = FIRST_DAY + Math.floor(((LAST_DAY - FIRST_DAY) / DAY_MS) * (index / count)) * DAY_MS
  const minute = between(random, 6 * 60, 23 * 60 + 59)
  return new Date(day + minute * 60_000).toISOString().slice(0, 16)
}

/** The whole synthetic journal for `count` entries, 300 people and 40 tags. */
export function buildCorpus(count: number, seed = 20_261_125): BenchCorpus {
  const random = seededRandom(seed)
  const vocabulary = buildVocabulary(random)
  const nextRank = zipfSampler(random, vocabulary.length)
  const people = personNames(random, 300)
  const entries: ImportedEntry[] = []
  const entryPeople: number[][] = []
  for (let index = 0; index < count; index++) {
    const titleWords = sentence(
      random,
      vocabulary,
      () => Math.min(nextRank() + 30, vocabulary.length - 1),
      between(random, 2, 6),
    )
    const tags = new Set<string>()
    for (let t = between(random, 0, 3); t > 0; t--) tags.add(pick(random, TAG_NAMES))
    const mentioned = new Set<number>()
    for (let p = between(random, 0, 2); p > 0; p--) mentioned.add(Math.floor(random() * people.length))
    entries.push({
      importKey: `bench:${seed}:${index}`,
      title: `${titleWords[0]![0]!.toUpperCase()}${titleWords.join(' ').slice(1)}`,
      body: body(random, vocabulary, nextRank),
      entryDate: entryDate(index, count, random),
      tags: [...tags],
      starred: random() < 0.05,
    })
    entryPeople.push([...mentioned])
  }
  return { vocabulary, entries, entryPeople, people }
}
