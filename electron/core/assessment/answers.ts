import { z } from 'zod'
import type { StepAnswer, StepAnswers, StepAnswerValue } from '../../contract/assessments.contract'
import { PLAN_STEPS, type PlanStep } from '../../contract/plans.contract'
import { MendError, fileSystemError } from '../errors'
import type { Clock } from '../ports'
import type { Db } from '../vault/encrypted-database'
import { cleanText, isoNow } from '../journal/journal-text'
import type { AssessmentStore } from './assessment-store'

interface AnswerRow {
  id: number
  assessment_id: number
  step: PlanStep
  answer: StepAnswerValue
  note: string
  evidence_ids: string
  answered_at: string
}

const StoredIds = z.array(z.number().int().positive())

/**
 * The ids an answer pointed to that are still in the ledger. A note deleted since simply drops
 * out: the answer itself is history and stays as it was given.
 */
function idsStillThere(json: string, existing: ReadonlySet<number>): number[] {
  try {
    const parsed = StoredIds.safeParse(JSON.parse(json))
    return parsed.success ? parsed.data.filter((id) => existing.has(id)) : []
  } catch {
    return []
  }
}

const COLUMNS = 'id, assessment_id, step, answer, note, evidence_ids, answered_at'

/** The writer's answers to the four questions. Every answer is a new row; the newest is current. */
export function createAnswerStore(db: Db, clock: Clock, assessments: AssessmentStore) {
  const one = db.prepare<[number], AnswerRow>(`SELECT ${COLUMNS} FROM step_answers WHERE id = ?`)
  const ofAssessment = db.prepare<[number], AnswerRow>(
    `SELECT ${COLUMNS} FROM step_answers WHERE assessment_id = ? ORDER BY answered_at DESC, id DESC`,
  )
  const ledgerIds = db.prepare<[number], { id: number }>('SELECT id FROM evidence WHERE assessment_id = ?')
  const insert = db.prepare(
    `INSERT INTO step_answers (assessment_id, step, answer, note, evidence_ids, answered_at)
     VALUES (@assessmentId, @step, @answer, @note, @evidenceIds, @now)`,
  )

  const ledgerOf = (assessmentId: number) => new Set(ledgerIds.all(assessmentId).map((row) => row.id))

  function toAnswer(row: AnswerRow, ledger: ReadonlySet<number>): StepAnswer {
    return {
      id: row.id,
      assessmentId: row.assessment_id,
      step: row.step,
      answer: row.answer,
      note: row.note,
      evidenceIds: idsStillThere(row.evidence_ids, ledger),
      answeredAt: row.answered_at,
    }
  }

  function answer(input: {
    assessmentId: number
    step: PlanStep
    answer: StepAnswerValue
    note?: string
    evidenceIds?: number[]
  }): StepAnswer {
    try {
      return db.transaction(() => {
        const assessment = assessments.get(input.assessmentId)
        const ledger = ledgerOf(assessment.id)
        const evidenceIds = [...new Set(input.evidenceIds ?? [])]
        if (evidenceIds.some((id) => !ledger.has(id))) {
          throw new MendError('INVALID_INPUT', 'An answer can point only to notes in this assessment’s ledger.', {
            field: 'evidenceIds',
          })
        }
        const { lastInsertRowid } = insert.run({
          assessmentId: assessment.id,
          step: input.step,
          answer: input.answer,
          note: cleanText(input.note ?? ''),
          evidenceIds: JSON.stringify(evidenceIds),
          now: isoNow(clock.now()),
        })
        assessments.touch(assessment.id)
        return toAnswer(one.get(Number(lastInsertRowid))!, ledger)
      })()
    } catch (error) {
      throw fileSystemError(error, 'save the answer', db.name)
    }
  }

  /** One group per step in the method's order, each newest first. */
  function byStep(assessmentId: number): StepAnswers[] {
    const ledger = ledgerOf(assessmentId)
    const rows = ofAssessment.all(assessmentId).map((row) => toAnswer(row, ledger))
    return PLAN_STEPS.map((step) => {
      const history = rows.filter((row) => row.step === step)
      return { step, current: history[0] ?? null, history }
    })
  }

  return { answer, byStep }
}
