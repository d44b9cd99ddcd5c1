import type { SearchFilters, SearchHit, SearchRequest } from '../../contract/journal.contract'
import type { Db } from '../vault/encrypted-database'
import { ENTRY_COLUMNS, toSummary, type EntryRow } from './entry-rows'
import { nameKey, normalizeTags } from './journal-text'
import { highlightParts, snippetParts, wantedOf } from './highlight'
import { createRanking } from './search-ranking'
import { queryPieces, toMatchExpression } from './search-query'
import { createSymbolSearch, symbolQuery, takeTagWords } from './symbol-search'

/**
 * Every filter is a fixed condition that is switched off by binding NULL, so the SQL text never
 * depends on input. Lists travel as JSON arrays read with json_each.
 */
const FILTERS = `
  e.trashed_at IS NULL
  AND (:people IS NULL OR EXISTS (SELECT 1 FROM entry_people ep
        WHERE ep.entry_id = e.id AND ep.person_id IN (SELECT value FROM json_each(:people))))
  AND (:tags IS NULL OR (SELECT count(*) FROM entry_tags et JOIN tags t ON t.id = et.tag_id
        WHERE et.entry_id = e.id AND t.name_key IN (SELECT value FROM json_each(:tags)))
        = json_array_length(:tags))
  AND (:moods IS NULL OR e.mood IN (SELECT value FROM json_each(:moods)))
  AND (:kinds IS NULL OR e.kind IN (SELECT value FROM json_each(:kinds)))
  AND (:from IS NULL OR e.entry_date >= :from)
  AND (:to IS NULL OR substr(e.entry_date, 1, 10) <= :to)
  AND (:starred IS NULL OR e.starred = :starred)`

interface Bindings {
  people: string | null
  tags: string | null
  moods: string | null
  kinds: string | null
  from: string | null
  to: string | null
  starred: number | null
}

type HitRow = EntryRow & { head: string; body: string }

function bind(filters: SearchFilters = {}): Bindings {
  const list = (values: readonly unknown[] | undefined) => (values?.length ? JSON.stringify(values) : null)
  return {
    people: list(filters.personIds),
    // Each tag once: the filter counts matching tags, so a repeated tag would match nothing.
    tags: list(filters.tags && normalizeTags(filters.tags).map(nameKey)),
    moods: list(filters.moods),
    kinds: list(filters.kinds),
    from: filters.from ?? null,
    to: filters.to ?? null,
    starred: filters.starred === undefined ? null : filters.starred ? 1 : 0,
  }
}

/**
 * Only a window of the newest matches (by the day each entry is about) is scored, so a broad
 * search costs about the same at any journal size; a page past the window widens it
 * (search-ranking.ts).
 */
export const RANK_WINDOW = 2000
/** Counting every match costs as much as scoring it: past this many, the total is "1,000+". */
export const TOTAL_CAP = 1000

export interface SearchResult {
  hits: SearchHit[]
  total: number
  /** True when there are more than `total` matches (TOTAL_CAP was reached). */
  totalCapped: boolean
}

export function createSearch(db: Db) {
  // Two steps: rank the window's matches keeping only ids (search-ranking.ts), then build the
  // rows (snippets, tags, people) for the page alone. In one step SQLite would build them for
  // every match.
  const ranking = createRanking<Bindings>(db, FILTERS)
  // The page's rows, whole bodies included: hits are marked in code (highlight.ts), which reads
  // only these 20 texts where FTS5's highlight() and snippet() re-ran the query over all matches.
  const hitRows = db.prepare<{ ids: string }, HitRow>(
    `SELECT ${ENTRY_COLUMNS}, substr(e.body, 1, 600) AS head, e.body AS body FROM entries e
     WHERE e.id IN (SELECT value FROM json_each(:ids))`,
  )

  // Filters alone, newest first. Scanning the timeline and testing each entry is fine when many
  // entries pass, but a person met in 0.3% of a 100,000-entry journal means reading them all:
  // the most selective filter present picks the rows to start from (its own index), and the
  // rest are tested on those. Each starting point is a fixed statement; the SQL never varies.
  // People and tags start from their link tables and test the other filters, and sort by date,
  // on the covering index alone; the entries' own (large) rows are read for the page only.
  const fromPeople = `(SELECT DISTINCT entry_id AS id FROM entry_people
      WHERE person_id IN (SELECT value FROM json_each(:people))) AS start
      CROSS JOIN entries e INDEXED BY entries_by_id_for_filters ON e.id = start.id`
  const fromTags = `(SELECT et.entry_id AS id FROM entry_tags et JOIN tags t ON t.id = et.tag_id
      WHERE t.name_key IN (SELECT value FROM json_each(:tags)) GROUP BY et.entry_id
      HAVING count(*) = json_array_length(:tags)) AS start
      CROSS JOIN entries e INDEXED BY entries_by_id_for_filters ON e.id = start.id`
  // The day range as an index range: entry_date is "YYYY-MM-DDTHH:MM", so every time of the
  // last day sorts at or before "YYYY-MM-DDT~".
  const fromDates = `entries e INDEXED BY entries_by_entry_date`
  const dateRange = `AND e.trashed_at IS NULL AND e.entry_date >= coalesce(:from, '')
      AND e.entry_date <= coalesce(:to, '9999-12-31') || 'T~'`
  const filteredFrom = (source: string, extra = '', countSource = source) => ({
    ids: db.prepare<Bindings & { limit: number; offset: number }, { id: number }>(
      `SELECT e.id AS id FROM ${source} WHERE ${FILTERS} ${extra}
       ORDER BY e.entry_date DESC, e.id DESC LIMIT :limit OFFSET :offset`,
    ),
    candidates: db.prepare<Bindings, { ids: string }>(
      `SELECT json_group_array(e.id) AS ids FROM ${countSource} WHERE ${FILTERS} ${extra}`,
    ),
    count: db.prepare<Bindings & { cap: number }, { n: number }>(
      `SELECT count(*) AS n FROM (SELECT 1 FROM ${countSource} WHERE ${FILTERS} ${extra} LIMIT :cap)`,
    ),
  })
  const filteredBy = {
    people: filteredFrom(fromPeople),
    tags: filteredFrom(fromTags),
    dates: filteredFrom(fromDates, dateRange),
    // Counting reads only the covering index: the entries' own rows are large.
    timeline: filteredFrom('entries e', '', 'entries e INDEXED BY entries_by_id_for_filters'),
  }
  const pageRows = db.prepare<{ ids: string }, EntryRow & { head: string }>(
    `SELECT ${ENTRY_COLUMNS}, substr(e.body, 1, 600) AS head FROM entries e
     WHERE e.id IN (SELECT value FROM json_each(:ids))`,
  )

  function filteredStart(bindings: Bindings): keyof typeof filteredBy {
    if (bindings.people !== null) return 'people'
    if (bindings.tags !== null) return 'tags'
    if (bindings.from !== null || bindings.to !== null) return 'dates'
    return 'timeline'
  }

  /** The window's ids, best first, without trashed entries: enough for the page and the total. */
  function rankedIds(match: string, bindings: Bindings, unfiltered: boolean, wanted: number): number[] {
    if (unfiltered) return ranking.ranked({ kind: 'plain' }, match, wanted)
    const start = filteredStart(bindings)
    if (start === 'timeline') return ranking.ranked({ kind: 'filtered', bindings }, match, wanted)
    const { ids } = filteredBy[start].candidates.get(bindings)!
    return ranking.ranked({ kind: 'among', ids }, match, wanted)
  }

  const symbolSearch = createSymbolSearch(db)

  /** An emoji or other symbol alone, found in the text (filters applied to what it finds). */
  function searchSymbols(needle: string, bindings: Bindings, page: { limit: number; offset: number }): SearchResult {
    const unfiltered = Object.values(bindings).every((value) => value === null)
    const passing = unfiltered
      ? null
      : new Set(JSON.parse(filteredBy[filteredStart(bindings)].candidates.get(bindings)!.ids) as number[])
    const found = symbolSearch(needle, passing ? TOTAL_CAP * 10 : page.offset + page.limit, 0)
    const kept = passing ? found.hits.filter((hit) => passing.has(hit.entry.id)) : found.hits
    const total = passing ? kept.length : found.total
    return {
      hits: kept.slice(page.offset, page.offset + page.limit),
      total: Math.min(total, TOTAL_CAP),
      totalCapped: total > TOTAL_CAP,
    }
  }

  /** Best matches first; with no words, the filtered entries newest first. Never a syntax error. */
  function search(original: SearchRequest): SearchResult {
    // jrnl's way of naming a tag (`@work`, in the words or as a filter) is the tag `work`.
    const tagWords = takeTagWords(original.query)
    const tags = [...(original.filters?.tags ?? []), ...tagWords.tags].map((tag) => tag.replace(/^@+/, ''))
    const request: SearchRequest =
      tags.length === 0 ? original : { ...original, query: tagWords.query, filters: { ...original.filters, tags } }
    const bindings = bind(request.filters)
    const page = { limit: request.limit ?? 20, offset: request.offset ?? 0 }
    if (request.query.trim() === '') {
      const start = filteredBy[filteredStart(bindings)]
      const ids = start.ids.all({ ...bindings, ...page }).map(({ id }) => id)
      const rows = new Map(pageRows.all({ ids: JSON.stringify(ids) }).map((row) => [row.id, row]))
      const hits = ids
        .flatMap((id) => (rows.has(id) ? [rows.get(id)!] : []))
        .map((row) => {
          const entry = toSummary(row)
          return {
            entry,
            titleParts: [{ text: entry.title, hit: false }],
            snippet: [{ text: entry.excerpt, hit: false }],
          }
        })
      const counted = start.count.get({ ...bindings, cap: TOTAL_CAP + 1 })!.n
      return { hits, total: Math.min(counted, TOTAL_CAP), totalCapped: counted > TOTAL_CAP }
    }
    const pieces = queryPieces(request.query, { prefixLast: request.asYouType })
    const match = toMatchExpression(request.query, { prefixLast: request.asYouType })
    const symbols = match === null ? symbolQuery(request.query) : null
    if (symbols !== null) return searchSymbols(symbols, bindings, page)
    if (match === null) return { hits: [], total: 0, totalCapped: false }
    const unfiltered = Object.values(bindings).every((value) => value === null)
    const window = Math.max(RANK_WINDOW, page.offset + page.limit)
    const all = rankedIds(match, bindings, unfiltered, window)
    const ids = all.slice(page.offset, page.offset + page.limit)
    const rows = new Map(hitRows.all({ ids: JSON.stringify(ids) }).map((row) => [row.id, row]))
    const wanted = wantedOf(pieces)
    const hits = ids.flatMap((id) => {
      const row = rows.get(id)
      if (!row) return []
      return [
        {
          entry: toSummary(row),
          titleParts: highlightParts(row.title, wanted),
          snippet: snippetParts(row.body, wanted),
        },
      ]
    })
    // The window holds at least TOTAL_CAP + 1 matches whenever there are that many.
    return { hits, total: Math.min(all.length, TOTAL_CAP), totalCapped: all.length > TOTAL_CAP }
  }

  return { search }
}
