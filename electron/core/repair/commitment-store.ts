import type { z } from 'zod'
import {
  Cadence,
  PLAN_LIMITS,
  type CheckIn,
  type CheckInOutcome,
  type Commitment,
  type CommitmentDraft,
  type CommitmentPatch,
} from '../../contract/plans.contract'
import { MendError, fileSystemError } from '../errors'
import type { Clock } from '../ports'
import type { Db } from '../vault/encrypted-database'
import { cleanText, isoNow } from '../journal/journal-text'
import type { EarlierCadence } from './schedule'

/** A commitment as stored; its figures are worked out by the caller, who knows today and the pauses. */
export type CommitmentRecord = Omit<Commitment, 'stats' | 'recentDueDays' | 'nextDueOn'>

interface CommitmentRow {
  id: number
  plan_id: number
  behaviour: string
  cadence: string
  start_on: string
  end_on: string | null
  reminder_time: string
  created_at: string
}

interface CheckInRow {
  commitment_id: number
  on_date: string
  outcome: CheckInOutcome
  note: string
  recorded_at: string
}

function toCommitment(row: CommitmentRow): CommitmentRecord {
  // Written only through Cadence.parse; a damaged value falls back to daily rather than losing the record.
  let cadence: Cadence = { kind: 'daily' }
  try {
    cadence = Cadence.parse(JSON.parse(row.cadence))
  } catch {
    // keep daily
  }
  return {
    id: row.id,
    planId: row.plan_id,
    behaviour: row.behaviour,
    cadence,
    startOn: row.start_on,
    endOn: row.end_on,
    reminderTime: row.reminder_time,
    createdAt: row.created_at,
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}

function toCheckIn(row: CheckInRow): CheckIn {
  return {
    commitmentId: row.commitment_id,
    onDate: row.on_date,
    outcome: row.outcome,
    note: row.note,
    recordedAt: row.recorded_at,
  }
}

const COLUMNS = 'id, plan_id, behaviour, cadence, start_on, end_on, reminder_time, created_at'
const CHECK_IN_COLUMNS = 'commitment_id, on_date, outcome, note, recorded_at'

/** Commitments (concrete behaviours on a cadence) and their check-ins, one per commitment and day. */
export function createCommitmentStore(db: Db, clock: Clock, today: () => string) {
  const one = db.prepare<[number], CommitmentRow>(`SELECT ${COLUMNS} FROM commitments WHERE id = ?`)
  const ofPlan = db.prepare<[number], CommitmentRow>(`SELECT ${COLUMNS} FROM commitments WHERE plan_id = ? ORDER BY id`)
  const countOfPlan = db.prepare<[number], { n: number }>('SELECT count(*) AS n FROM commitments WHERE plan_id = ?')
  const planExists = db.prepare<[number], { id: number }>('SELECT id FROM plans WHERE id = ?')
  const insert = db.prepare(
    `INSERT INTO commitments (plan_id, behaviour, cadence, start_on, reminder_time, created_at, updated_at)
     VALUES (@planId, @behaviour, @cadence, @startOn, @reminderTime, @now, @now)`,
  )
  const write = db.prepare(
    `UPDATE commitments SET behaviour = @behaviour, cadence = @cadence, start_on = @startOn, end_on = @endOn,
       reminder_time = @reminderTime, updated_at = @now WHERE id = @id`,
  )
  const remove = db.prepare<[number]>('DELETE FROM commitments WHERE id = ?')
  const touchPlan = db.prepare<[string, number]>('UPDATE plans SET updated_at = ? WHERE id = ?')
  const checkInsOf = db.prepare<[number], CheckInRow>(
    `SELECT ${CHECK_IN_COLUMNS} FROM check_ins WHERE commitment_id = ? ORDER BY on_date`,
  )
  const checkInsOfPlan = db.prepare<[number], CheckInRow>(
    `SELECT ${CHECK_IN_COLUMNS} FROM check_ins WHERE commitment_id IN (SELECT id FROM commitments WHERE plan_id = ?)
     ORDER BY on_date`,
  )
  const oneCheckIn = db.prepare<[number, string], CheckInRow>(
    `SELECT ${CHECK_IN_COLUMNS} FROM check_ins WHERE commitment_id = ? AND on_date = ?`,
  )
  const upsertCheckIn = db.prepare(
    `INSERT INTO check_ins (commitment_id, on_date, outcome, note, recorded_at)
     VALUES (@commitmentId, @onDate, @outcome, @note, @now)
     ON CONFLICT (commitment_id, on_date) DO UPDATE
       SET outcome = excluded.outcome, note = excluded.note, recorded_at = excluded.recorded_at`,
  )
  const removeCheckIn = db.prepare<[number, string]>('DELETE FROM check_ins WHERE commitment_id = ? AND on_date = ?')
  const earlierCadencesOf = db.prepare<[number], { until_day: string; cadence: string }>(
    'SELECT until_day, cadence FROM commitment_cadences WHERE commitment_id = ? ORDER BY until_day',
  )
  // Changed twice in a day: the days before today keep the cadence they had, the first row stays.
  const keepCadence = db.prepare<[number, string, string]>(
    'INSERT OR IGNORE INTO commitment_cadences (commitment_id, until_day, cadence) VALUES (?, ?, ?)',
  )

  function transaction<T>(action: string, work: () => T): T {
    try {
      return db.transaction(work)()
    } catch (error) {
      throw fileSystemError(error, action, db.name)
    }
  }

  function get(id: number): CommitmentRecord {
    const row = one.get(id)
    if (!row) throw new MendError('NOT_FOUND', 'That commitment is no longer in the plan.')
    return toCommitment(row)
  }

  function add(draft: z.output<typeof CommitmentDraft>): CommitmentRecord {
    return transaction('save the commitment', () => {
      if (!planExists.get(draft.planId))
        throw new MendError('NOT_FOUND', 'That repair plan is no longer in your journal.')
      if ((countOfPlan.get(draft.planId)?.n ?? 0) >= PLAN_LIMITS.commitmentsPerPlan) {
        throw new MendError('INVALID_INPUT', `A plan can hold ${PLAN_LIMITS.commitmentsPerPlan} commitments.`, {
          field: 'planId',
        })
      }
      const now = isoNow(clock.now())
      const { lastInsertRowid } = insert.run({
        planId: draft.planId,
        behaviour: cleanText(draft.behaviour),
        cadence: JSON.stringify(draft.cadence),
        startOn: draft.startOn,
        reminderTime: draft.reminderTime ?? '20:00',
        now,
      })
      touchPlan.run(now, draft.planId)
      return get(Number(lastInsertRowid))
    })
  }

  function update(patch: z.output<typeof CommitmentPatch>): CommitmentRecord {
    return transaction('save the commitment', () => {
      const commitment = get(patch.id)
      const startOn = patch.startOn ?? commitment.startOn
      const endOn = patch.endOn === undefined ? commitment.endOn : patch.endOn
      if (endOn !== null && endOn < startOn) {
        throw new MendError('INVALID_INPUT', 'A commitment cannot stop before it starts.', { field: 'endOn' })
      }
      const now = isoNow(clock.now())
      // A new cadence applies from today; the days before keep the one they had (issue 23).
      if (patch.cadence && JSON.stringify(patch.cadence) !== JSON.stringify(commitment.cadence)) {
        keepCadence.run(commitment.id, today(), JSON.stringify(commitment.cadence))
      }
      write.run({
        id: commitment.id,
        behaviour: cleanText(patch.behaviour ?? commitment.behaviour),
        cadence: JSON.stringify(patch.cadence ?? commitment.cadence),
        startOn,
        endOn,
        reminderTime: patch.reminderTime ?? commitment.reminderTime,
        now,
      })
      touchPlan.run(now, commitment.planId)
      return get(commitment.id)
    })
  }

  function deleteCommitment(id: number): void {
    transaction('delete the commitment', () => {
      const commitment = get(id)
      remove.run(id)
      touchPlan.run(isoNow(clock.now()), commitment.planId)
    })
  }

  function recordCheckIn(input: { commitmentId: number; onDate: string; outcome: CheckInOutcome; note?: string }) {
    return transaction('save the check-in', () => {
      const commitment = get(input.commitmentId)
      if (input.onDate > today()) {
        throw new MendError('INVALID_INPUT', 'That day has not come yet: check in on it when it has.', {
          field: 'onDate',
        })
      }
      if (input.onDate < commitment.startOn) {
        throw new MendError('INVALID_INPUT', 'That day is before the commitment started.', { field: 'onDate' })
      }
      const now = isoNow(clock.now())
      upsertCheckIn.run({ ...input, note: cleanText(input.note ?? ''), now })
      touchPlan.run(now, commitment.planId)
      return toCheckIn(oneCheckIn.get(input.commitmentId, input.onDate)!)
    })
  }

  function clearCheckIn(commitmentId: number, onDate: string): void {
    transaction('remove the check-in', () => {
      const commitment = get(commitmentId)
      removeCheckIn.run(commitmentId, onDate)
      touchPlan.run(isoNow(clock.now()), commitment.planId)
    })
  }

  return {
    get,
    list: (planId: number) => ofPlan.all(planId).map(toCommitment),
    add,
    update,
    delete: deleteCommitment,
    recordCheckIn,
    clearCheckIn,
    checkIns: (commitmentId: number) => checkInsOf.all(commitmentId).map(toCheckIn),
    /** The cadences it had before its current one, oldest first (see schedule.ts). */
    earlierCadences: (commitmentId: number): EarlierCadence[] =>
      earlierCadencesOf.all(commitmentId).flatMap((row) => {
        const parsed = Cadence.safeParse(safeJson(row.cadence))
        return parsed.success ? [{ untilDay: row.until_day, cadence: parsed.data }] : []
      }),
    checkInsOfPlan: (planId: number) => checkInsOfPlan.all(planId).map(toCheckIn),
  }
}

export type CommitmentStore = ReturnType<typeof createCommitmentStore>
