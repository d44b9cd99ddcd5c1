import type { Entry, EntrySummary } from '../../contract/journal.contract'
import { MendError } from '../errors'
import type { Clock } from '../ports'
import type { Db } from '../vault/encrypted-database'
import { createEntryLinks } from './entry-links'
import { ENTRY_COLUMNS, toSummary, type EntryRow } from './entry-rows'
import type { EntryStore } from './entry-store'
import { isoNow } from './journal-text'

/** How long an entry stays in the trash before it is deleted for good. */
export const TRASH_DAYS = 30

/** Delete is a move to the trash; only the trash deletes for good (with secure_delete on). */
export function createTrash(db: Db, clock: Clock, entries: EntryStore) {
  const links = createEntryLinks(db)
  const setTrashed = db.prepare<[string | null, number]>('UPDATE entries SET trashed_at = ? WHERE id = ?')
  const trashed = db.prepare<[], EntryRow & { head: string }>(
    `SELECT ${ENTRY_COLUMNS}, substr(e.body, 1, 600) AS head FROM entries e
     WHERE e.trashed_at IS NOT NULL ORDER BY e.trashed_at DESC, e.id DESC`,
  )
  const deleteOne = db.prepare<[number]>('DELETE FROM entries WHERE id = ? AND trashed_at IS NOT NULL')
  const deleteAll = db.prepare('DELETE FROM entries WHERE trashed_at IS NOT NULL')
  const deleteOlder = db.prepare<[string]>('DELETE FROM entries WHERE trashed_at IS NOT NULL AND trashed_at < ?')

  function move(id: number): Entry {
    return entries.write('move the entry to the trash', () => {
      const entry = entries.get(id)
      if (!entry.trashedAt) setTrashed.run(isoNow(clock.now()), id)
      return entries.get(id)
    })
  }

  function restore(id: number): Entry {
    return entries.write('restore the entry', () => {
      entries.get(id)
      setTrashed.run(null, id)
      return entries.get(id)
    })
  }

  function deleteForever(id: number): void {
    entries.write('delete the entry', () => {
      if (!entries.get(id).trashedAt) {
        throw new MendError(
          'FORBIDDEN',
          'Only an entry in the trash can be deleted for good. Move it to the trash first.',
        )
      }
      deleteOne.run(id)
      links.dropUnusedTags()
    })
  }

  function empty(): number {
    return entries.write('empty the trash', () => {
      const { changes } = deleteAll.run()
      links.dropUnusedTags()
      return changes
    })
  }

  /** Deletes what has been in the trash longer than TRASH_DAYS; run when the journal opens. */
  function purgeExpired(): number {
    const cutoff = isoNow(clock.now() - TRASH_DAYS * 86_400_000)
    return entries.write('empty old entries from the trash', () => {
      const { changes } = deleteOlder.run(cutoff)
      if (changes) links.dropUnusedTags()
      return changes
    })
  }

  function list(): EntrySummary[] {
    return trashed.all().map(toSummary)
  }

  return { move, restore, deleteForever, empty, purgeExpired, list }
}
