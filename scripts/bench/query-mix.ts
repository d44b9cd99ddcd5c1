import type { SearchRequest } from '../../electron/contract/journal.contract'
import { COMMON_WORDS, STOCK_PHRASES, TAG_NAMES, type BenchCorpus } from './corpus'
import { pick, seededRandom } from './random'

export type QueryKind = 'rare' | 'common' | 'prefix' | 'phrase' | 'filter'

export interface BenchQuery {
  kind: QueryKind
  request: SearchRequest
}

/**
 * The 50 searches every design is timed on, ten of each kind:
 * - rare: a word from the long tail (a few to a few hundred entries);
 * - common: a word people write about trust with (a tenth to a third of all entries);
 * - prefix: what the search box sends while a person types (the last word as a prefix);
 * - phrase: a quoted two- or three-word phrase;
 * - filter: by person, tag or date range, alone and with a word.
 */
export function queryMix(corpus: BenchCorpus, personIds: readonly number[]): BenchQuery[] {
  const random = seededRandom(50)
  const { vocabulary } = corpus
  const queries: BenchQuery[] = []
  for (let i = 0; i < 10; i++) {
    queries.push({ kind: 'rare', request: { query: vocabulary[3_000 + i * 2_700]!, limit: 20 } })
    queries.push({ kind: 'common', request: { query: COMMON_WORDS[i * 7]!, limit: 20 } })
    // Four to six letters of a common or a mid-rank word, as typed so far (the search box makes
    // the last word a prefix from its fourth letter; see MIN_TYPED_PREFIX).
    const word = i % 2 === 0 ? COMMON_WORDS[i * 5 + 3]! : vocabulary[400 + i * 37]!
    queries.push({ kind: 'prefix', request: { query: word.slice(0, 4 + (i % 3)), asYouType: true, limit: 20 } })
    queries.push({ kind: 'phrase', request: { query: `"${STOCK_PHRASES[i]}"`, limit: 20 } })
  }
  const person = () => personIds[Math.floor(random() * personIds.length)]!
  const filters: SearchRequest[] = [
    { query: '', filters: { personIds: [person()] } },
    { query: '', filters: { tags: [pick(random, TAG_NAMES)] } },
    { query: '', filters: { from: '2019-03-01', to: '2019-05-31' } },
    { query: 'trust', filters: { personIds: [person()] } },
    { query: 'sorry', filters: { tags: ['repair'] } },
    { query: 'promise', filters: { from: '2024-01-01', to: '2024-12-31' } },
    { query: '', filters: { tags: ['family', 'work'] } },
    { query: 'talk', filters: { personIds: [person(), person()], tags: ['family'] } },
    { query: '', filters: { starred: true } },
    { query: 'honest', filters: { from: '2016-01-01', to: '2016-06-30', tags: ['therapy'] } },
  ]
  for (const request of filters) queries.push({ kind: 'filter', request: { ...request, limit: 20 } })
  return queries
}
