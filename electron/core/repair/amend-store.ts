import { PLAN_LIMITS, type AmendAction, type AmendHorizon, type AmendStatus } from '../../contract/plans.contract'
import type { z } from 'zod'
import type { AmendDraft, AmendPatch } from '../../contract/plans.contract'
import { MendError, fileSystemError } from '../errors'
import type { Clock } from '../ports'
import type { Db } from '../vault/encrypted-database'
import { cleanText, isoNow } from '../journal/journal-text'

interface AmendRow {
  id: number
  plan_id: number
  description: string
  horizon: AmendHorizon
  due_on: string | null
  status: AmendStatus
  note: string
  created_at: string
}

function toAmend(row: AmendRow): AmendAction {
  return {
    id: row.id,
    planId: row.plan_id,
    description: row.description,
    horizon: row.horizon,
    dueOn: row.due_on,
    status: row.status,
    note: row.note,
    createdAt: row.created_at,
  }
}

const COLUMNS = 'id, plan_id, description, horizon, due_on, status, note, created_at'

/** Amends of a plan: done right away or kept up over time; each planned, done, or declined by them. */
export function createAmendStore(db: Db, clock: Clock) {
  const one = db.prepare<[number], AmendRow>(`SELECT ${COLUMNS} FROM amends WHERE id = ?`)
  const ofPlan = db.prepare<[number], AmendRow>(`SELECT ${COLUMNS} FROM amends WHERE plan_id = ? ORDER BY id`)
  const countOfPlan = db.prepare<[number], { n: number }>('SELECT count(*) AS n FROM amends WHERE plan_id = ?')
  const planExists = db.prepare<[number], { id: number }>('SELECT id FROM plans WHERE id = ?')
  const insert = db.prepare(
    `INSERT INTO amends (plan_id, description, horizon, due_on, note, created_at, updated_at)
     VALUES (@planId, @description, @horizon, @dueOn, @note, @now, @now)`,
  )
  const write = db.prepare(
    `UPDATE amends SET description = @description, horizon = @horizon, due_on = @dueOn, status = @status,
       note = @note, updated_at = @now WHERE id = @id`,
  )
  const remove = db.prepare<[number]>('DELETE FROM amends WHERE id = ?')
  const touchPlan = db.prepare<[string, number]>('UPDATE plans SET updated_at = ? WHERE id = ?')

  function transaction<T>(work: () => T): T {
    try {
      return db.transaction(work)()
    } catch (error) {
      throw fileSystemError(error, 'save the amend', db.name)
    }
  }

  function get(id: number): AmendAction {
    const row = one.get(id)
    if (!row) throw new MendError('NOT_FOUND', 'That amend is no longer in the plan.')
    return toAmend(row)
  }

  function add(draft: z.output<typeof AmendDraft>): AmendAction {
    return transaction(() => {
      if (!planExists.get(draft.planId))
        throw new MendError('NOT_FOUND', 'That repair plan is no longer in your journal.')
      if ((countOfPlan.get(draft.planId)?.n ?? 0) >= PLAN_LIMITS.amendsPerPlan) {
        throw new MendError('INVALID_INPUT', `A plan can hold ${PLAN_LIMITS.amendsPerPlan} amends.`, {
          field: 'planId',
        })
      }
      const now = isoNow(clock.now())
      const { lastInsertRowid } = insert.run({
        planId: draft.planId,
        description: cleanText(draft.description),
        horizon: draft.horizon,
        dueOn: draft.dueOn ?? null,
        note: cleanText(draft.note ?? ''),
        now,
      })
      touchPlan.run(now, draft.planId)
      return get(Number(lastInsertRowid))
    })
  }

  function update(patch: z.output<typeof AmendPatch>): AmendAction {
    return transaction(() => {
      const amend = get(patch.id)
      const now = isoNow(clock.now())
      write.run({
        id: amend.id,
        description: cleanText(patch.description ?? amend.description),
        horizon: patch.horizon ?? amend.horizon,
        dueOn: patch.dueOn === undefined ? amend.dueOn : patch.dueOn,
        status: patch.status ?? amend.status,
        note: cleanText(patch.note ?? amend.note),
        now,
      })
      touchPlan.run(now, amend.planId)
      return get(amend.id)
    })
  }

  function deleteAmend(id: number): void {
    transaction(() => {
      const amend = get(id)
      remove.run(id)
      touchPlan.run(isoNow(clock.now()), amend.planId)
    })
  }

  return { get, list: (planId: number) => ofPlan.all(planId).map(toAmend), add, update, delete: deleteAmend }
}
