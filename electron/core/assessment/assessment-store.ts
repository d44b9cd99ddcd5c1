import type {
  AssessmentDraft,
  AssessmentListItem,
  AssessmentStatus,
  TrustAssessment,
} from '../../contract/assessments.contract'
import type { Breach } from '../../contract/plans.contract'
import { checkBreachDay } from '../repair/breach-day'
import { MendError, fileSystemError } from '../errors'
import type { Clock } from '../ports'
import type { Db } from '../vault/encrypted-database'
import { cleanText, isoNow } from '../journal/journal-text'
import { breachColumns, breachFromRow, type BreachRow } from '../repair/breach-columns'

/** How often the periodic check comes round when the writer does not say (the column's default too). */
export const DEFAULT_CHECK_EVERY_DAYS = 14

interface AssessmentRow extends BreachRow {
  id: number
  person_id: number
  person_name: string
  title: string
  status: AssessmentStatus
  check_every_days: number
  created_at: string
  updated_at: string
  evidence_count: number
}

const COLUMNS = `a.id, a.person_id, pe.name AS person_name, a.title, a.what_happened, a.occurred_on, a.severity,
  a.breach_kind, a.breach_kinds, a.involved_deception, a.status, a.check_every_days, a.created_at, a.updated_at,
  (SELECT count(*) FROM evidence ev WHERE ev.assessment_id = a.id) AS evidence_count`
const FROM_ASSESSMENTS = 'FROM assessments a JOIN people pe ON pe.id = a.person_id'

function toAssessment(row: AssessmentRow): TrustAssessment {
  return {
    id: row.id,
    personId: row.person_id,
    personName: row.person_name,
    title: row.title,
    breach: breachFromRow(row),
    status: row.status,
    checkEveryDays: row.check_every_days,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

function toListItem(row: AssessmentRow): AssessmentListItem {
  return {
    id: row.id,
    title: row.title,
    personId: row.person_id,
    personName: row.person_name,
    status: row.status,
    occurredOn: row.occurred_on,
    evidenceCount: row.evidence_count,
    updatedAt: row.updated_at,
  }
}

export const ASSESSMENT_GONE = 'That trust assessment is no longer in your journal.'

/** Assessments themselves: the breach, the person, the check interval, active or archived. */
export function createAssessmentStore(db: Db, clock: Clock, today: () => string) {
  const one = db.prepare<[number], AssessmentRow>(`SELECT ${COLUMNS} ${FROM_ASSESSMENTS} WHERE a.id = ?`)
  const all = db.prepare<[], AssessmentRow>(
    `SELECT ${COLUMNS} ${FROM_ASSESSMENTS} ORDER BY a.updated_at DESC, a.id DESC`,
  )
  const person = db.prepare<[number], { id: number; name: string }>('SELECT id, name FROM people WHERE id = ?')
  const insert = db.prepare(
    `INSERT INTO assessments (person_id, title, what_happened, occurred_on, severity, breach_kind, breach_kinds,
       involved_deception, check_every_days, created_at, updated_at)
     VALUES (@personId, @title, @whatHappened, @occurredOn, @severity, @kind, @kinds, @deception, @checkEveryDays,
       @now, @now)`,
  )
  const write = db.prepare(
    `UPDATE assessments SET title = @title, what_happened = @whatHappened, occurred_on = @occurredOn,
       severity = @severity, breach_kind = @kind, breach_kinds = @kinds, involved_deception = @deception,
       check_every_days = @checkEveryDays, updated_at = @now
     WHERE id = @id`,
  )
  const writeStatus = db.prepare<[AssessmentStatus, string, number]>(
    'UPDATE assessments SET status = ?, updated_at = ? WHERE id = ?',
  )
  const touchOne = db.prepare<[string, number]>('UPDATE assessments SET updated_at = ? WHERE id = ?')
  const remove = db.prepare<[number]>('DELETE FROM assessments WHERE id = ?')

  function transaction<T>(action: string, work: () => T): T {
    try {
      return db.transaction(work)()
    } catch (error) {
      throw fileSystemError(error, action, db.name)
    }
  }

  function get(id: number): TrustAssessment {
    const row = one.get(id)
    if (!row) throw new MendError('NOT_FOUND', ASSESSMENT_GONE)
    return toAssessment(row)
  }

  function create(draft: AssessmentDraft): TrustAssessment {
    return transaction('start the assessment', () => {
      const found = person.get(draft.personId)
      if (!found) throw new MendError('NOT_FOUND', 'That person is no longer in your journal.', { field: 'personId' })
      checkBreachDay(draft.breach.occurredOn, today())
      const { lastInsertRowid } = insert.run({
        personId: draft.personId,
        title: cleanText(draft.title?.trim() || `Trust with ${found.name}`),
        ...breachColumns(draft.breach),
        checkEveryDays: draft.checkEveryDays ?? DEFAULT_CHECK_EVERY_DAYS,
        now: isoNow(clock.now()),
      })
      return get(Number(lastInsertRowid))
    })
  }

  function update(patch: { id: number; title?: string; breach?: Breach; checkEveryDays?: number }): TrustAssessment {
    return transaction('save the assessment', () => {
      const current = get(patch.id)
      if (patch.breach) checkBreachDay(patch.breach.occurredOn, today(), current.breach.occurredOn)
      write.run({
        id: current.id,
        title: cleanText(patch.title ?? current.title),
        ...breachColumns(patch.breach ?? current.breach),
        checkEveryDays: patch.checkEveryDays ?? current.checkEveryDays,
        now: isoNow(clock.now()),
      })
      return get(current.id)
    })
  }

  function setStatus(id: number, status: AssessmentStatus): TrustAssessment {
    return transaction('change the assessment', () => {
      const current = get(id)
      if (current.status === status) return current
      writeStatus.run(status, isoNow(clock.now()), id)
      return get(id)
    })
  }

  /** The ledger, answers and checks go with it (ON DELETE CASCADE); linked journal entries stay. */
  function deleteAssessment(id: number): void {
    transaction('delete the assessment', () => {
      get(id)
      remove.run(id)
    })
  }

  return {
    get,
    list: () => all.all().map(toListItem),
    all: () => all.all().map(toAssessment),
    create,
    update,
    setStatus,
    delete: deleteAssessment,
    /** Marks the assessment as changed, so the list shows the most recently worked-on first. */
    touch: (id: number) => void touchOne.run(isoNow(clock.now()), id),
  }
}

export type AssessmentStore = ReturnType<typeof createAssessmentStore>
