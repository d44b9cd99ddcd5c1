import type { SearchFilters, SearchHit, SearchRequest } from '../../contract/journal.contract'
import type { Db } from '../vault/encrypted-database'
import { ENTRY_COLUMNS, toSummary, type EntryRow } from './entry-rows'
import { nameKey, normalizeTags } from './journal-text'
import { HIT_END, HIT_START, toSnippetParts } from './snippet'
import { toMatchExpression } from './search-query'

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

/** Title hits weigh more than body hits: a word in the title says what the entry is about. */
const RANK = 'bm25(entries_fts, 4.0, 1.0)'
const SNIPPET_TOKENS = 24

interface Bindings {
  people: string | null
  tags: string | null
  moods: string | null
  kinds: string | null
  from: string | null
  to: string | null
  starred: number | null
}

type HitRow = EntryRow & { head: string; title_marked: string; snippet_marked: string }

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

export function createSearch(db: Db) {
  // Two steps: rank every match but keep only ids, then build the rows (snippets, tags, people)
  // for the page alone. In one step SQLite would build them for every match before sorting.
  // Without filters the index answers alone. The trash is small: rank a few more than the page
  // and drop trashed ids afterwards, which is cheaper than checking every match against it.
  const trashedIds = db.prepare<[], { id: number }>('SELECT id FROM entries WHERE trashed_at IS NOT NULL')
  const rankedPlain = db.prepare<{ match: string; limit: number }, { id: number }>(
    `SELECT rowid AS id FROM entries_fts WHERE entries_fts MATCH :match ORDER BY ${RANK}, rowid DESC LIMIT :limit`,
  )
  const plainCount = db.prepare<{ match: string }, { n: number }>(
    'SELECT count(*) AS n FROM entries_fts WHERE entries_fts MATCH :match',
  )
  const trashedCount = db.prepare<{ match: string }, { n: number }>(
    `SELECT count(*) AS n FROM entries_fts WHERE entries_fts MATCH :match
       AND rowid IN (SELECT id FROM entries WHERE trashed_at IS NOT NULL)`,
  )
  // With filters, each match is checked against a covering index, never the entry's own row.
  const ranked = db.prepare<Bindings & { match: string; limit: number; offset: number }, { id: number }>(
    `SELECT e.id AS id FROM entries_fts JOIN entries e INDEXED BY entries_by_id_for_filters ON e.id = entries_fts.rowid
     WHERE entries_fts MATCH :match AND ${FILTERS}
     ORDER BY ${RANK}, e.id DESC LIMIT :limit OFFSET :offset`,
  )
  // `rowid IN (...)`, not `rowid = ?`: combined with MATCH, FTS5 (SQLite 3.53) answers the
  // latter with the wrong row. The page's ids come from the query above, never from input.
  const hitRows = db.prepare<{ match: string; ids: string }, HitRow>(
    `SELECT ${ENTRY_COLUMNS}, substr(e.body, 1, 600) AS head,
       highlight(entries_fts, 0, '${HIT_START}', '${HIT_END}') AS title_marked,
       snippet(entries_fts, 1, '${HIT_START}', '${HIT_END}', '…', ${SNIPPET_TOKENS}) AS snippet_marked
     FROM entries_fts JOIN entries e ON e.id = entries_fts.rowid
     WHERE entries_fts MATCH :match AND entries_fts.rowid IN (SELECT value FROM json_each(:ids))`,
  )
  const rankedCount = db.prepare<Bindings & { match: string }, { n: number }>(
    `SELECT count(*) AS n FROM entries_fts JOIN entries e INDEXED BY entries_by_id_for_filters
       ON e.id = entries_fts.rowid
     WHERE entries_fts MATCH :match AND ${FILTERS}`,
  )
  const filtered = db.prepare<Bindings & { limit: number; offset: number }, EntryRow & { head: string }>(
    `SELECT ${ENTRY_COLUMNS}, substr(e.body, 1, 600) AS head FROM entries e WHERE ${FILTERS}
     ORDER BY e.entry_date DESC, e.id DESC LIMIT :limit OFFSET :offset`,
  )
  const filteredCount = db.prepare<Bindings, { n: number }>(`SELECT count(*) AS n FROM entries e WHERE ${FILTERS}`)

  function rankPlain(match: string, page: { limit: number; offset: number }): Array<{ id: number }> {
    const trashed = new Set(trashedIds.all().map(({ id }) => id))
    return rankedPlain
      .all({ match, limit: page.offset + page.limit + trashed.size })
      .filter(({ id }) => !trashed.has(id))
      .slice(page.offset, page.offset + page.limit)
  }

  /** Best matches first; with no words, the filtered entries newest first. Never a syntax error. */
  function search(request: SearchRequest): { hits: SearchHit[]; total: number } {
    const bindings = bind(request.filters)
    const page = { limit: request.limit ?? 20, offset: request.offset ?? 0 }
    if (request.query.trim() === '') {
      const hits = filtered.all({ ...bindings, ...page }).map((row) => {
        const entry = toSummary(row)
        return {
          entry,
          titleParts: [{ text: entry.title, hit: false }],
          snippet: [{ text: entry.excerpt, hit: false }],
        }
      })
      return { hits, total: filteredCount.get(bindings)!.n }
    }
    const match = toMatchExpression(request.query, { prefixLast: request.asYouType })
    if (match === null) return { hits: [], total: 0 }
    const unfiltered = Object.values(bindings).every((value) => value === null)
    const ids = unfiltered ? rankPlain(match, page) : ranked.all({ ...bindings, ...page, match })
    const rows = new Map(
      hitRows.all({ match, ids: JSON.stringify(ids.map(({ id }) => id)) }).map((row) => [row.id, row]),
    )
    const hits = ids.flatMap(({ id }) => {
      const row = rows.get(id)
      if (!row) return []
      return [
        {
          entry: toSummary(row),
          titleParts: toSnippetParts(row.title_marked),
          snippet: toSnippetParts(row.snippet_marked),
        },
      ]
    })
    const total = unfiltered
      ? plainCount.get({ match })!.n - trashedCount.get({ match })!.n
      : rankedCount.get({ ...bindings, match })!.n
    return { hits, total }
  }

  return { search }
}
