import {
  DismissedFinding,
  PlanStep,
  TheirNeed,
  type DayRange,
  type PlanDraft,
  type PlanPatch,
  type PlanStatus,
  type RepairPlan,
} from '../../contract/plans.contract'
import { z } from 'zod'
import { checkBreachDay } from './breach-day'
import { MendError, fileSystemError } from '../errors'
import type { Clock } from '../ports'
import type { Db } from '../vault/encrypted-database'
import { cleanText, isoNow } from '../journal/journal-text'
import { breachColumns, breachFromRow, type BreachRow } from './breach-columns'
import { addDays } from './local-days'

interface PlanRow extends BreachRow {
  id: number
  person_id: number
  person_name: string
  title: string
  status: PlanStatus
  ownership: string
  compassion: string
  their_needs: string
  dismissed: string
  settled_steps: string
  private_notes: string
  created_at: string
  updated_at: string
}

const PLAN_COLUMNS = `p.id, p.person_id, pe.name AS person_name, p.title, p.what_happened, p.occurred_on, p.severity,
  p.breach_kind, p.breach_kinds, p.involved_deception, p.status, p.ownership, p.compassion, p.their_needs,
  p.dismissed, p.settled_steps, p.private_notes, p.created_at, p.updated_at`
const FROM_PLANS = 'FROM plans p JOIN people pe ON pe.id = p.person_id'

/** Stored JSON lists are read defensively: a damaged value reads as empty rather than failing the plan. */
function jsonList<T>(text: string, schema: z.ZodType<T>): T[] {
  try {
    const parsed = z.array(schema).safeParse(JSON.parse(text))
    return parsed.success ? parsed.data : []
  } catch {
    return []
  }
}

function toPlan(row: PlanRow): RepairPlan {
  return {
    id: row.id,
    personId: row.person_id,
    personName: row.person_name,
    title: row.title,
    breach: breachFromRow(row),
    status: row.status,
    ownership: row.ownership,
    compassion: row.compassion,
    theirNeeds: jsonList(row.their_needs, TheirNeed),
    dismissed: jsonList(row.dismissed, DismissedFinding),
    settledSteps: jsonList(row.settled_steps, PlanStep),
    privateNotes: row.private_notes,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

/**
 * Plans and their life: active, paused, completed, archived. Any status but active opens a
 * pause (commitments stop falling due from that day); returning to active closes it, so the
 * check-in record never counts days the writer had set the plan aside.
 */
export function createPlanStore(db: Db, clock: Clock, today: () => string) {
  const one = db.prepare<[number], PlanRow>(`SELECT ${PLAN_COLUMNS} ${FROM_PLANS} WHERE p.id = ?`)
  const all = db.prepare<[], PlanRow>(`SELECT ${PLAN_COLUMNS} ${FROM_PLANS} ORDER BY p.updated_at DESC, p.id DESC`)
  const personExists = db.prepare<[number], { id: number; name: string }>('SELECT id, name FROM people WHERE id = ?')
  const insert = db.prepare(
    `INSERT INTO plans (person_id, title, what_happened, occurred_on, severity, breach_kind, breach_kinds,
       involved_deception, created_at, updated_at)
     VALUES (@personId, @title, @whatHappened, @occurredOn, @severity, @kind, @kinds, @deception, @now, @now)`,
  )
  const write = db.prepare(
    `UPDATE plans SET title = @title, what_happened = @whatHappened, occurred_on = @occurredOn, severity = @severity,
       breach_kind = @kind, breach_kinds = @kinds, involved_deception = @deception, ownership = @ownership,
       compassion = @compassion, their_needs = @theirNeeds, dismissed = @dismissed, settled_steps = @settledSteps,
       private_notes = @privateNotes, updated_at = @now
     WHERE id = @id`,
  )
  const writeStatus = db.prepare<[PlanStatus, string, number]>(
    'UPDATE plans SET status = ?, updated_at = ? WHERE id = ?',
  )
  const remove = db.prepare<[number]>('DELETE FROM plans WHERE id = ?')
  const pauses = db.prepare<[number], { id: number; from_day: string; to_day: string | null }>(
    'SELECT id, from_day, to_day FROM plan_pauses WHERE plan_id = ? ORDER BY from_day, id',
  )
  const openPause = db.prepare<[number, string]>('INSERT INTO plan_pauses (plan_id, from_day) VALUES (?, ?)')
  const closePause = db.prepare<[string, number]>('UPDATE plan_pauses SET to_day = ? WHERE id = ?')
  const dropPause = db.prepare<[number]>('DELETE FROM plan_pauses WHERE id = ?')

  function transaction<T>(action: string, work: () => T): T {
    try {
      return db.transaction(work)()
    } catch (error) {
      throw fileSystemError(error, action, db.name)
    }
  }

  function get(id: number): RepairPlan {
    const row = one.get(id)
    if (!row) throw new MendError('NOT_FOUND', 'That repair plan is no longer in your journal.')
    return toPlan(row)
  }

  function create(draft: PlanDraft): RepairPlan {
    return transaction('start the plan', () => {
      const person = personExists.get(draft.personId)
      if (!person) throw new MendError('NOT_FOUND', 'That person is no longer in your journal.', { field: 'personId' })
      checkBreachDay(draft.breach.occurredOn, today())
      const { lastInsertRowid } = insert.run({
        personId: draft.personId,
        title: cleanText(draft.title?.trim() || `Repairing things with ${person.name}`),
        ...breachColumns(draft.breach),
        now: isoNow(clock.now()),
      })
      return get(Number(lastInsertRowid))
    })
  }

  function update(patch: PlanPatch): RepairPlan {
    return transaction('save the plan', () => {
      const plan = get(patch.id)
      const breach = patch.breach ?? plan.breach
      checkBreachDay(breach.occurredOn, today(), plan.breach.occurredOn)
      write.run({
        id: plan.id,
        title: cleanText(patch.title ?? plan.title),
        ...breachColumns(patch.breach ?? plan.breach),
        ownership: cleanText(patch.ownership ?? plan.ownership),
        compassion: cleanText(patch.compassion ?? plan.compassion),
        theirNeeds: JSON.stringify([...new Set(patch.theirNeeds ?? plan.theirNeeds)]),
        dismissed: JSON.stringify(patch.dismissed ?? plan.dismissed),
        settledSteps: JSON.stringify([...new Set(patch.settledSteps ?? plan.settledSteps)]),
        privateNotes: cleanText(patch.privateNotes ?? plan.privateNotes),
        now: isoNow(clock.now()),
      })
      return get(plan.id)
    })
  }

  function setStatus(id: number, status: PlanStatus): RepairPlan {
    return transaction('change the plan', () => {
      const plan = get(id)
      if (plan.status === status) return plan
      const day = today()
      const open = pauses.all(id).find((pause) => pause.to_day === null)
      if (status === 'active' && open) {
        // Set aside and taken up again on the same day: nothing was paused.
        const lastPaused = addDays(day, -1)
        if (lastPaused < open.from_day) dropPause.run(open.id)
        else closePause.run(lastPaused, open.id)
      } else if (status !== 'active' && !open) {
        openPause.run(id, day)
      }
      writeStatus.run(status, isoNow(clock.now()), id)
      return get(id)
    })
  }

  function deletePlan(id: number): void {
    transaction('delete the plan', () => {
      get(id)
      remove.run(id)
    })
  }

  function pausesOf(id: number): DayRange[] {
    return pauses.all(id).map((pause) => ({ from: pause.from_day, to: pause.to_day }))
  }

  return { get, list: () => all.all().map(toPlan), create, update, setStatus, delete: deletePlan, pausesOf }
}

export type PlanStore = ReturnType<typeof createPlanStore>
