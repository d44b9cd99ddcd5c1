import type { EntrySummary, TagCount, TimelineOutline } from '../../contract/journal.contract'
import type { Db } from '../vault/encrypted-database'
import { ENTRY_COLUMNS, toSummary, type EntryRow } from './entry-rows'
import { localDateTime } from './journal-text'

type SummaryRow = EntryRow & { head: string }

/** Opening characters read for an excerpt: a long entry's body is never read whole for a list. */
const HEAD = 'substr(e.body, 1, 600) AS head'

/**
 * Reading the journal as a whole: the timeline, "on this day", tags. Entries in the trash are
 * left out, and so are tags only they use (those come back with a restore).
 */
export function createTimeline(db: Db) {
  const outlineRows = db.prepare<[], { month: string; count: number }>(
    `SELECT substr(entry_date, 1, 7) AS month, count(*) AS count FROM entries
     WHERE trashed_at IS NULL GROUP BY month ORDER BY month DESC`,
  )
  const page = db.prepare<[number, number], SummaryRow>(
    `SELECT ${ENTRY_COLUMNS}, ${HEAD} FROM entries e WHERE e.trashed_at IS NULL
     ORDER BY e.entry_date DESC, e.id DESC LIMIT ? OFFSET ?`,
  )
  const sameDay = db.prepare<[string, string], SummaryRow>(
    `SELECT ${ENTRY_COLUMNS}, ${HEAD} FROM entries e
     WHERE e.trashed_at IS NULL AND substr(e.entry_date, 6, 5) = ? AND e.entry_date < ?
     ORDER BY e.entry_date DESC LIMIT 20`,
  )
  const tagCounts = db.prepare<[], TagCount>(
    `SELECT t.name AS name, count(e.id) AS count FROM tags t
     JOIN entry_tags et ON et.tag_id = t.id
     LEFT JOIN entries e INDEXED BY entries_by_id_for_filters ON e.id = et.entry_id AND e.trashed_at IS NULL
     GROUP BY t.id HAVING count > 0 ORDER BY count DESC, t.name_key`,
  )

  function outline(): TimelineOutline {
    const months = outlineRows.all()
    return { total: months.reduce((sum, month) => sum + month.count, 0), months }
  }

  function list(offset: number, limit: number): EntrySummary[] {
    return page.all(limit, offset).map(toSummary)
  }

  /** Entries from this month and day in earlier years, newest first. */
  function onThisDay(nowMs: number): EntrySummary[] {
    const today = localDateTime(nowMs)
    return sameDay.all(today.slice(5, 10), `${today.slice(0, 4)}-01-01`).map(toSummary)
  }

  return { outline, list, onThisDay, tags: () => tagCounts.all() }
}
