import type { RatingCheck, Ratings } from '../../contract/assessments.contract'
import { MendError, fileSystemError } from '../errors'
import type { Clock } from '../ports'
import type { Db } from '../vault/encrypted-database'
import { cleanText, isoNow } from '../journal/journal-text'
import type { AssessmentStore } from './assessment-store'

interface CheckRow extends Ratings {
  id: number
  assessment_id: number
  taken_on: string
  note: string
  created_at: string
}

function toCheck(row: CheckRow): RatingCheck {
  return {
    id: row.id,
    assessmentId: row.assessment_id,
    takenOn: row.taken_on,
    ratings: {
      reliability: row.reliability,
      accountability: row.accountability,
      honesty: row.honesty,
      care: row.care,
      respect: row.respect,
    },
    note: row.note,
    createdAt: row.created_at,
  }
}

const COLUMNS = 'id, assessment_id, taken_on, reliability, accountability, honesty, care, respect, note, created_at'

/** The periodic checks: five 1-5 ratings on a day, repeated every few weeks for the trend. */
export function createCheckStore(db: Db, clock: Clock, today: () => string, assessments: AssessmentStore) {
  const one = db.prepare<[number], CheckRow>(`SELECT ${COLUMNS} FROM rating_checks WHERE id = ?`)
  const ofAssessment = db.prepare<[number], CheckRow>(
    `SELECT ${COLUMNS} FROM rating_checks WHERE assessment_id = ? ORDER BY taken_on, id`,
  )
  const insert = db.prepare(
    `INSERT INTO rating_checks (assessment_id, taken_on, reliability, accountability, honesty, care, respect, note,
       created_at)
     VALUES (@assessmentId, @takenOn, @reliability, @accountability, @honesty, @care, @respect, @note, @now)`,
  )
  const remove = db.prepare<[number]>('DELETE FROM rating_checks WHERE id = ?')

  function transaction<T>(action: string, work: () => T): T {
    try {
      return db.transaction(work)()
    } catch (error) {
      throw fileSystemError(error, action, db.name)
    }
  }

  function get(id: number): RatingCheck {
    const row = one.get(id)
    if (!row) throw new MendError('NOT_FOUND', 'That check is no longer in the assessment.')
    return toCheck(row)
  }

  function record(input: { assessmentId: number; takenOn?: string; ratings: Ratings; note?: string }): RatingCheck {
    return transaction('save the check', () => {
      const assessment = assessments.get(input.assessmentId)
      const takenOn = input.takenOn ?? today()
      if (takenOn > today()) {
        throw new MendError('INVALID_INPUT', 'That day has not come yet. Take the check on the day itself.', {
          field: 'takenOn',
        })
      }
      const { lastInsertRowid } = insert.run({
        assessmentId: assessment.id,
        takenOn,
        ...input.ratings,
        note: cleanText(input.note ?? ''),
        now: isoNow(clock.now()),
      })
      assessments.touch(assessment.id)
      return get(Number(lastInsertRowid))
    })
  }

  function deleteCheck(id: number): void {
    transaction('delete the check', () => {
      const check = get(id)
      remove.run(id)
      assessments.touch(check.assessmentId)
    })
  }

  /** Oldest first, as the trend is drawn. */
  const list = (assessmentId: number) => ofAssessment.all(assessmentId).map(toCheck)

  return { get, list, record, delete: deleteCheck }
}
