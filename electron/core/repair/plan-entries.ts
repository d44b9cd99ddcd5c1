import type { EntrySummary } from '../../contract/journal.contract'
import { MendError, fileSystemError } from '../errors'
import { ENTRY_COLUMNS, toSummary, type EntryRow } from '../journal/entry-rows'
import type { Db } from '../vault/encrypted-database'

/** Journal entries written about a plan. Linking never copies text: the entry stays in the journal. */
export function createPlanEntries(db: Db) {
  const ofPlan = db.prepare<[number], EntryRow & { head: string }>(
    `SELECT ${ENTRY_COLUMNS}, substr(e.body, 1, 600) AS head
     FROM plan_entries pe JOIN entries e ON e.id = pe.entry_id
     WHERE pe.plan_id = ? AND e.trashed_at IS NULL
     ORDER BY e.entry_date DESC, e.id DESC`,
  )
  const planExists = db.prepare<[number], { id: number }>('SELECT id FROM plans WHERE id = ?')
  const entryExists = db.prepare<[number], { id: number }>('SELECT id FROM entries WHERE id = ? AND trashed_at IS NULL')
  const link = db.prepare<[number, number]>('INSERT OR IGNORE INTO plan_entries (plan_id, entry_id) VALUES (?, ?)')
  const unlink = db.prepare<[number, number]>('DELETE FROM plan_entries WHERE plan_id = ? AND entry_id = ?')

  function write(work: () => void): void {
    try {
      db.transaction(work)()
    } catch (error) {
      throw fileSystemError(error, 'link the entry', db.name)
    }
  }

  return {
    list: (planId: number): EntrySummary[] => ofPlan.all(planId).map(toSummary),
    link(planId: number, entryId: number): void {
      write(() => {
        if (!planExists.get(planId)) throw new MendError('NOT_FOUND', 'That repair plan is no longer in your journal.')
        if (!entryExists.get(entryId)) throw new MendError('NOT_FOUND', 'That entry is no longer in your journal.')
        link.run(planId, entryId)
      })
    },
    unlink(planId: number, entryId: number): void {
      write(() => void unlink.run(planId, entryId))
    },
  }
}
