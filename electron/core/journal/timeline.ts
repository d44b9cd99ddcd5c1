import type { EntrySummary, TagCount, TimelineOutline } from '../../contract/journal.contract'
import type { Db } from '../vault/encrypted-database'
import { ENTRY_COLUMNS, toSummary, type EntryRow } from './entry-rows'
import { daysInMonth } from '../repair/local-days'
import { localDateTime } from './journal-text'

type SummaryRow = EntryRow & { head: string }

/** "On this day" shows at most this many entries. */
const ON_THIS_DAY_LIMIT = 20

/** Opening characters read for an excerpt: a long entry's body is never read whole for a list. */
const HEAD = 'substr(e.body, 1, 600) AS head'

/**
 * Reading the journal as a whole: the timeline, "on this day", tags. Entries in the trash are
 * left out, and so are tags only they use (those come back with a restore).
 */
export function createTimeline(db: Db, zone: () => string) {
  // The outline walks the date index month by month, newest first: the latest month before a
  // point, then that month's count. Grouping by month in one query sorted every entry in a
  // temporary table (about 25 ms at 100,000 entries, at every start); this reads the index once.
  const latestBefore = db.prepare<[string], string | null>(
    `SELECT max(entry_date) FROM entries INDEXED BY entries_by_entry_date
     WHERE trashed_at IS NULL AND entry_date < ?`,
  )
  const countBetween = db.prepare<[string, string], number>(
    `SELECT count(*) FROM entries INDEXED BY entries_by_entry_date
     WHERE trashed_at IS NULL AND entry_date >= ? AND entry_date < ?`,
  )
  const page = db.prepare<[number, number], SummaryRow>(
    `SELECT ${ENTRY_COLUMNS}, ${HEAD} FROM entries e WHERE e.trashed_at IS NULL
     ORDER BY e.entry_date DESC, e.id DESC LIMIT ? OFFSET ?`,
  )
  const sameDay = db.prepare<[string, string], SummaryRow>(
    `SELECT ${ENTRY_COLUMNS}, ${HEAD} FROM entries e
     WHERE e.trashed_at IS NULL AND substr(e.entry_date, 6, 5) = ? AND e.entry_date < ?
     ORDER BY e.entry_date DESC LIMIT ${ON_THIS_DAY_LIMIT}`,
  )
  // Links are counted per tag from their own index, and the (small) trash's links subtracted:
  // checking each of 150,000 links against the entries took 70 ms at 100,000 entries.
  const tagLinks = db.prepare<[], { id: number; name: string; nameKey: string; n: number }>(
    `SELECT t.id AS id, t.name AS name, t.name_key AS nameKey, count(*) AS n
     FROM tags t JOIN entry_tags et ON et.tag_id = t.id GROUP BY t.id`,
  )
  const trashedTagLinks = db.prepare<[], { id: number; n: number }>(
    `SELECT et.tag_id AS id, count(*) AS n FROM entries e INDEXED BY entries_by_entry_date
     JOIN entry_tags et ON et.entry_id = e.id WHERE e.trashed_at IS NOT NULL GROUP BY et.tag_id`,
  )

  function tags(): TagCount[] {
    const trashed = new Map(trashedTagLinks.all().map(({ id, n }) => [id, n]))
    return tagLinks
      .all()
      .map((tag) => ({ name: tag.name, key: tag.nameKey, count: tag.n - (trashed.get(tag.id) ?? 0) }))
      .filter((tag) => tag.count > 0)
      .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
      .map(({ name, count }) => ({ name, count }))
  }

  function outline(): TimelineOutline {
    const months: TimelineOutline['months'] = []
    // "~" sorts after every digit: the first bound is past any date.
    let before = '~'
    for (;;) {
      const latest = latestBefore.pluck().get(before)
      if (latest === null || latest === undefined) break
      const month = latest.slice(0, 7)
      months.push({ month, count: countBetween.pluck().get(month, before) ?? 0 })
      before = month
    }
    return { total: months.reduce((sum, month) => sum + month.count, 0), months }
  }

  function list(offset: number, limit: number): EntrySummary[] {
    return page.all(limit, offset).map(toSummary)
  }

  /**
   * Entries from this month and day in earlier years, newest first. In a year without 29
   * February, the 28th also shows that day's entries: otherwise they would not come round for
   * four years.
   */
  function onThisDay(nowMs: number): EntrySummary[] {
    const today = localDateTime(nowMs, zone())
    const year = Number(today.slice(0, 4))
    const monthDay = today.slice(5, 10)
    const days = monthDay === '02-28' && daysInMonth(year, 2) === 28 ? ['02-28', '02-29'] : [monthDay]
    return days
      .flatMap((day) => sameDay.all(day, `${today.slice(0, 4)}-01-01`))
      .sort((a, b) => (a.entry_date < b.entry_date ? 1 : a.entry_date > b.entry_date ? -1 : b.id - a.id))
      .slice(0, ON_THIS_DAY_LIMIT)
      .map(toSummary)
  }

  return { outline, list, onThisDay, tags }
}
