import type { Entry, EntryVersion, EntryVersionSummary } from '../../contract/journal.contract'
import { MendError } from '../errors'
import type { Clock } from '../ports'
import type { Db } from '../vault/encrypted-database'
import { countWords, isoNow } from './journal-text'

/**
 * Minutes of editing covered by one kept version. Autosave writes every second or so; keeping
 * each of those would bury the useful versions, so one is kept per burst of this length.
 */
export const VERSION_INTERVAL_MS = 5 * 60_000

/** Earlier versions of entries. `saved_at` is when the entry read like that. */
export function createEntryHistory(db: Db, clock: Clock) {
  const latest = db.prepare<[number], { title: string; body: string; saved_at: string }>(
    'SELECT title, body, saved_at FROM entry_versions WHERE entry_id = ? ORDER BY id DESC LIMIT 1',
  )
  const insert = db.prepare<[number, string, string, string]>(
    'INSERT INTO entry_versions (entry_id, title, body, saved_at) VALUES (?, ?, ?, ?)',
  )
  const list = db.prepare<[number], { id: number; entry_id: number; title: string; body: string; saved_at: string }>(
    'SELECT id, entry_id, title, body, saved_at FROM entry_versions WHERE entry_id = ? ORDER BY id DESC',
  )
  const one = db.prepare<[number], { id: number; entry_id: number; title: string; body: string; saved_at: string }>(
    'SELECT id, entry_id, title, body, saved_at FROM entry_versions WHERE id = ?',
  )

  /** Keeps `entry`'s current text unless it is empty or the same as the newest kept version. */
  function keep(entry: Entry): void {
    if (!entry.title && !entry.body) return
    const newest = latest.get(entry.id)
    if (newest && newest.title === entry.title && newest.body === entry.body) return
    insert.run(entry.id, entry.title, entry.body, isoNow(clock.now()))
  }

  /** Called before a change: keeps the text as it was unless a version was kept (or the entry made) moments ago. */
  function keepBeforeEdit(entry: Entry): void {
    // Writing a new entry is one burst that starts at its creation: its first words are not a version.
    const since = latest.get(entry.id)?.saved_at ?? entry.createdAt
    if (clock.now() - Date.parse(since) < VERSION_INTERVAL_MS) return
    keep(entry)
  }

  function versions(entryId: number): EntryVersionSummary[] {
    return list.all(entryId).map((row) => ({
      id: row.id,
      entryId: row.entry_id,
      title: row.title,
      savedAt: row.saved_at,
      words: countWords(row.body),
    }))
  }

  function get(id: number): EntryVersion {
    const row = one.get(id)
    if (!row) throw new MendError('NOT_FOUND', 'That version no longer exists.')
    return { id: row.id, entryId: row.entry_id, title: row.title, body: row.body, savedAt: row.saved_at }
  }

  return { keep, keepBeforeEdit, versions, get }
}
