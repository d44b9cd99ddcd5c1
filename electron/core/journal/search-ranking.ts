import type { Db } from '../vault/encrypted-database'

/**
 * Which matches a search scores, and in what order (search.ts builds the page from the ids).
 *
 * A word found in a third of a 100,000-entry journal matches 30,000 entries; scoring them all
 * took 20-40 ms (bm25 also reads each word's whole list once per query, so a search scores in
 * one query where it can). So only a window of the newest matches is scored, newest by the day
 * each entry is about: an old journal imported today must not push last week's entries out of
 * it (issue 23).
 *
 * FTS5 walks its matches newest id first and stops, so the newest (window + 1) by id are scored,
 * as before. Fewer than that: they are all the matches. More: in a journal written in Mend ids
 * follow days (an entry dated earlier the same day than the one before it changes nothing that
 * matters here), and one quick look at the date index shows whether any entry with a smaller id
 * is dated on a later day than the window's oldest. If none is, the window stands. If one is
 * (an imported journal, a date moved forward), the window is worked out exactly: the newest by
 * id with their dates, corrected at the edge with the out-of-order entries, or, past
 * CORRECTION_LIMIT of them, the date index walked newest first. The unary + keeps SQLite from
 * handing a list to FTS5 as rowids to seek, which scores every seek anew and was a hundred times
 * slower.
 */

/**
 * An entry whose title holds a word of the search comes first, however long its body (issue 23):
 * bm25 divides by the whole entry's length, so the title's weight of 4 vanished in a long entry.
 * bm25 with the body weighed at nothing is below zero exactly when a word is in the title (it
 * shares the first bm25's per-query figures, so this costs no second pass over the index).
 */
const IN_TITLE = 'bm25(entries_fts, 1.0, 0.0) < 0'

/** Then the best matches: title hits still weigh more than body hits. */
const RANK = 'bm25(entries_fts, 4.0, 1.0)'

/** More out-of-order entries than this at the window's edge: walk the date index instead. */
export const CORRECTION_LIMIT = 200

interface Scored {
  id: number
  score: number
  /** 1 when a word of the search is in the title. */
  in_title: number
}

interface DatedId {
  id: number
  day: string
}

/** Title matches first, then the best score (bm25: lower is better), then the newer id. */
const byRank = (a: Scored, b: Scored) => b.in_title - a.in_title || a.score - b.score || b.id - a.id

/** Newest first, as the date index orders entries: by day and time, then the newer id. */
const byDay = (a: DatedId, b: DatedId) => (a.day < b.day ? 1 : a.day > b.day ? -1 : b.id - a.id)

/** Where the matches may come from: anywhere, among ids a filter picked, or past the filters. */
export type Where<B> = { kind: 'plain' } | { kind: 'among'; ids: string } | { kind: 'filtered'; bindings: B }

export function createRanking<B extends object>(db: Db, filters: string) {
  const trashedIds = db.prepare<[], { id: number }>('SELECT id FROM entries WHERE trashed_at IS NOT NULL')
  // The newest matches by id, scored: anywhere (trash included, dropped by the caller), among the
  // entries a person, tag or day filter picked, or past mood, kind and starred (checked on the
  // covering index, never the entry's own, large, row).
  const newestScored = {
    plain: db.prepare<{ match: string; limit: number }, Scored>(
      `SELECT rowid AS id, ${RANK} AS score, ${IN_TITLE} AS in_title FROM entries_fts
       WHERE entries_fts MATCH :match ORDER BY rowid DESC LIMIT :limit`,
    ),
    among: db.prepare<{ match: string; limit: number; ids: string }, Scored>(
      `SELECT rowid AS id, ${RANK} AS score, ${IN_TITLE} AS in_title FROM entries_fts
       WHERE entries_fts MATCH :match AND +rowid IN (SELECT value FROM json_each(:ids))
       ORDER BY rowid DESC LIMIT :limit`,
    ),
    filtered: db.prepare<B & { match: string; limit: number }, Scored>(
      `SELECT e.id AS id, ${RANK} AS score, ${IN_TITLE} AS in_title
       FROM entries_fts JOIN entries e INDEXED BY entries_by_id_for_filters ON e.id = entries_fts.rowid
       WHERE entries_fts MATCH :match AND ${filters} ORDER BY entries_fts.rowid DESC LIMIT :limit`,
    ),
  }
  // Whether an entry with a smaller id than `below` is dated on a later day than every entry
  // from `below` on (those hold the window): then ids do not follow days here.
  const outOfDayOrder = db.prepare<{ below: number }, { found: number }>(
    `SELECT EXISTS (SELECT 1 FROM entries e INDEXED BY entries_by_entry_date
       WHERE e.trashed_at IS NULL AND e.id < :below AND e.entry_date > (
         SELECT substr(min(entry_date), 1, 10) || 'T~' FROM entries INDEXED BY entries_by_id_for_filters
         WHERE id >= :below)) AS found`,
  )

  // The newest matches by id with their dates (from the covering index, never the entry's own,
  // large, row), outside the trash: anywhere, among the entries a person, tag or day filter
  // picked (a JSON array of ids), or past the mood, kind and starred filters.
  const dated = `SELECT f.rowid AS id, e.entry_date AS day
    FROM entries_fts f JOIN entries e INDEXED BY entries_by_id_for_filters ON e.id = f.rowid`
  const newest = {
    plain: db.prepare<{ match: string; limit: number }, DatedId>(
      `${dated} WHERE f.entries_fts MATCH :match AND e.trashed_at IS NULL ORDER BY f.rowid DESC LIMIT :limit`,
    ),
    among: db.prepare<{ match: string; limit: number; ids: string }, DatedId>(
      `${dated} WHERE f.entries_fts MATCH :match AND +f.rowid IN (SELECT value FROM json_each(:ids))
       ORDER BY f.rowid DESC LIMIT :limit`,
    ),
    filtered: db.prepare<B & { match: string; limit: number }, DatedId>(
      `${dated} WHERE f.entries_fts MATCH :match AND ${filters} ORDER BY f.rowid DESC LIMIT :limit`,
    ),
  }
  // Entries with a smaller id than the window's oldest, dated at or after its oldest date.
  const outOfOrder = db.prepare<{ below: number; since: string; limit: number }, DatedId>(
    `SELECT e.id AS id, e.entry_date AS day FROM entries e INDEXED BY entries_by_entry_date
     WHERE e.trashed_at IS NULL AND e.entry_date >= :since AND e.id < :below LIMIT :limit`,
  )
  // The newest matches by date, for journals whose ids do not follow their dates.
  const byDate = {
    plain: db.prepare<{ match: string; window: number }, { id: number }>(
      `SELECT e.id AS id FROM entries e INDEXED BY entries_by_entry_date
       WHERE e.trashed_at IS NULL AND e.id IN (SELECT rowid FROM entries_fts WHERE entries_fts MATCH :match)
       ORDER BY e.entry_date DESC, e.id DESC LIMIT :window`,
    ),
    among: db.prepare<{ match: string; window: number; ids: string }, { id: number }>(
      `SELECT e.id AS id FROM entries_fts f JOIN entries e INDEXED BY entries_by_id_for_filters ON e.id = f.rowid
       WHERE f.entries_fts MATCH :match AND +f.rowid IN (SELECT value FROM json_each(:ids))
       ORDER BY e.entry_date DESC, e.id DESC LIMIT :window`,
    ),
    filtered: db.prepare<B & { match: string; window: number }, { id: number }>(
      `SELECT e.id AS id FROM entries_fts f JOIN entries e INDEXED BY entries_by_id_for_filters ON e.id = f.rowid
       WHERE f.entries_fts MATCH :match AND ${filters}
       ORDER BY e.entry_date DESC, e.id DESC LIMIT :window`,
    ),
  }
  // The matches among a list of ids, scored in one query; FTS5 reads from the newest down to the
  // lowest of them only.
  const scored = db.prepare<{ match: string; ids: string; from: number }, Scored>(
    `SELECT rowid AS id, ${RANK} AS score, ${IN_TITLE} AS in_title FROM entries_fts
     WHERE entries_fts MATCH :match AND rowid >= :from AND +rowid IN (SELECT value FROM json_each(:ids))`,
  )

  function newestById(where: Where<B>, match: string, limit: number): DatedId[] {
    if (where.kind === 'plain') return newest.plain.all({ match, limit })
    if (where.kind === 'among') return newest.among.all({ match, limit, ids: where.ids })
    return newest.filtered.all({ ...where.bindings, match, limit })
  }

  function newestByDate(where: Where<B>, match: string, window: number): number[] {
    const rows =
      where.kind === 'plain'
        ? byDate.plain.all({ match, window })
        : where.kind === 'among'
          ? byDate.among.all({ match, window, ids: where.ids })
          : byDate.filtered.all({ ...where.bindings, match, window })
    return rows.map(({ id }) => id)
  }

  function score(match: string, ids: readonly number[]): Scored[] {
    if (ids.length === 0) return []
    const from = ids.reduce((low, id) => Math.min(low, id))
    return scored.all({ match, ids: JSON.stringify(ids), from })
  }

  function newestByIdScored(where: Where<B>, match: string, limit: number): Scored[] {
    if (where.kind === 'plain') return newestScored.plain.all({ match, limit })
    if (where.kind === 'among') return newestScored.among.all({ match, limit, ids: where.ids })
    return newestScored.filtered.all({ ...where.bindings, match, limit })
  }

  /** The window's ids in the order the results show them: title matches, then the best. */
  function ranked(where: Where<B>, match: string, wanted: number): number[] {
    const trashed = where.kind === 'plain' ? new Set(trashedIds.all().map(({ id }) => id)) : new Set<number>()
    const limit = wanted + trashed.size + 1
    const rows = newestByIdScored(where, match, limit)
    const kept = rows.filter(({ id }) => !trashed.has(id))
    // Fewer than asked for: these are all the matches there are.
    if (rows.length < limit || kept.length <= wanted) return kept.sort(byRank).map(({ id }) => id)
    const byId = kept.map(({ id }) => id).sort((a, b) => b - a)
    const below = byId[wanted - 1]!
    if (!outOfDayOrder.get({ below })!.found) {
      const window = new Set(byId.slice(0, wanted))
      return kept
        .filter(({ id }) => window.has(id))
        .sort(byRank)
        .map(({ id }) => id)
    }
    return rankedExactly(where, match, wanted)
  }

  /** The window worked out exactly by date, for journals whose ids do not follow their days. */
  function rankedExactly(where: Where<B>, match: string, wanted: number): number[] {
    const byId = newestById(where, match, wanted + 1)
    // No more than the window holds: these are all the matches.
    if (byId.length <= wanted) {
      return score(
        match,
        byId.map(({ id }) => id),
      )
        .sort(byRank)
        .map(({ id }) => id)
    }
    const window = byId.slice(0, wanted)
    const since = window.reduce((oldest, row) => (row.day < oldest ? row.day : oldest), window[0]!.day)
    const late = outOfOrder.all({ below: window.at(-1)!.id, since, limit: CORRECTION_LIMIT + 1 })
    const picked = where.kind === 'among' ? new Set(JSON.parse(where.ids) as number[]) : null
    const candidates = late.filter(({ id }) => picked?.has(id) ?? true)
    if (late.length > CORRECTION_LIMIT || (where.kind === 'filtered' && candidates.length > 0)) {
      // Too far out of order, or the filters would have to be checked again: walk the dates.
      return score(match, newestByDate(where, match, wanted))
        .sort(byRank)
        .map(({ id }) => id)
    }
    const days = new Map([...window, ...candidates].map(({ id, day }) => [id, day]))
    const matches = score(match, [...days.keys()])
    // Only candidates that match were scored; the newest `wanted` of those by date are the window.
    const kept = new Set(
      matches
        .map(({ id }) => ({ id, day: days.get(id)! }))
        .sort(byDay)
        .slice(0, wanted)
        .map(({ id }) => id),
    )
    return matches
      .filter(({ id }) => kept.has(id))
      .sort(byRank)
      .map(({ id }) => id)
  }

  return { ranked }
}
