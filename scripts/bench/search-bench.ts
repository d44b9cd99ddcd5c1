import { createSearch } from '../../electron/core/journal/search'
import type { Db } from '../../electron/core/vault/encrypted-database'
import type { BenchQuery, QueryKind } from './query-mix'

export interface SearchTimes {
  /** Every timed search, all kinds together. */
  all: number[]
  byKind: Record<QueryKind, number[]>
  /** Per query (same order as the mix), the median of its rounds: for comparing designs query by query. */
  perQuery: number[]
  /** Hits found per query in the last round, to check that designs find the same entries. */
  totals: number[]
}

/**
 * Times Mend's search (ranked ids, then rows with snippets, then the total) on `db`: each query
 * once to warm the statement cache, as in an app that has been open a while, then `rounds` times.
 */
export function timeSearches(db: Db, queries: readonly BenchQuery[], rounds: number): SearchTimes {
  const { search } = createSearch(db)
  const times: SearchTimes = {
    all: [],
    byKind: { rare: [], common: [], prefix: [], phrase: [], filter: [] },
    perQuery: [],
    totals: [],
  }
  const perQuery: number[][] = queries.map(() => [])
  for (const query of queries) search(query.request)
  for (let round = 0; round < rounds; round++) {
    queries.forEach((query, index) => {
      const started = performance.now()
      const result = search(query.request)
      const elapsed = performance.now() - started
      times.all.push(elapsed)
      times.byKind[query.kind].push(elapsed)
      perQuery[index]!.push(elapsed)
      times.totals[index] = result.total
    })
  }
  times.perQuery = perQuery.map((samples) => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)]!)
  return times
}
