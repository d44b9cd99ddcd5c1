import type { z } from 'zod'
import {
  ASSESSMENT_LIMITS,
  type Evidence,
  type EvidenceDraft,
  type EvidenceKind,
  type EvidencePatch,
  type PromiseResolution,
  type WordType,
} from '../../contract/assessments.contract'
import type { PlanStep } from '../../contract/plans.contract'
import { MendError, fileSystemError } from '../errors'
import type { Clock } from '../ports'
import type { Db } from '../vault/encrypted-database'
import { cleanText, isoNow } from '../journal/journal-text'
import type { AssessmentStore } from './assessment-store'

interface EvidenceRow {
  id: number
  assessment_id: number
  observed_on: string
  kind: EvidenceKind
  word_type: WordType | null
  step: PlanStep | null
  description: string
  /** The link as stored, kept through edits even while its entry sits in the trash. */
  stored_entry_id: number | null
  /** The link as shown: null while the entry is in the trash. */
  entry_id: number | null
  due_on: string | null
  resolution: PromiseResolution | null
  resolved_on: string | null
  created_at: string
}

function toEvidence(row: EvidenceRow): Evidence {
  return {
    id: row.id,
    assessmentId: row.assessment_id,
    observedOn: row.observed_on,
    kind: row.kind,
    wordType: row.word_type,
    step: row.step,
    description: row.description,
    entryId: row.entry_id,
    dueOn: row.due_on,
    resolution: row.resolution,
    resolvedOn: row.resolved_on,
    createdAt: row.created_at,
  }
}

const COLUMNS = `ev.id, ev.assessment_id, ev.observed_on, ev.kind, ev.word_type, ev.step, ev.description,
  ev.entry_id AS stored_entry_id, e.id AS entry_id, ev.due_on, ev.resolution, ev.resolved_on, ev.created_at`
const FROM_EVIDENCE = 'FROM evidence ev LEFT JOIN entries e ON e.id = ev.entry_id AND e.trashed_at IS NULL'

const invalid = (field: string, message: string) => new MendError('INVALID_INPUT', message, { field })

/** The columns that depend on the kind, after a draft or patch is applied to what was stored. */
interface Shape {
  observedOn: string
  kind: EvidenceKind
  wordType: WordType | null
  dueOn: string | null
  resolution: PromiseResolution | null
  resolvedOn: string | null
}

/**
 * Applies a change to the kind-dependent columns. A column the change names but the kind does not
 * have is refused (a due day on an apology says the caller misunderstood); one it leaves out is
 * cleared, so turning a promise into an action drops its due day and resolution with it.
 */
function reshape(
  current: Shape,
  change: { observedOn?: string; kind?: EvidenceKind; wordType?: WordType | null; dueOn?: string | null },
  today: string,
): Shape {
  const kind = change.kind ?? current.kind
  if (kind !== 'word' && change.wordType) throw invalid('wordType', 'Only words have a kind of words.')
  // Words always have a type (the table insists); "other" when the writer did not say.
  const wordType = kind === 'word' ? (change.wordType ?? current.wordType ?? 'other') : null
  const promise = wordType === 'promise'
  if (!promise && change.dueOn) throw invalid('dueOn', 'Only a promise has a day it is due.')
  const observedOn = change.observedOn ?? current.observedOn
  if (observedOn > today) throw invalid('observedOn', 'That day has not come yet. Add it once it has happened.')
  const dueOn = promise ? (change.dueOn === undefined ? current.dueOn : change.dueOn) : null
  if (dueOn !== null && dueOn < observedOn) throw invalid('dueOn', 'A promise cannot be due before it was made.')
  const resolvedOn = promise ? current.resolvedOn : null
  if (resolvedOn !== null && resolvedOn < observedOn) {
    throw invalid('observedOn', 'This promise was marked kept or broken before that day.')
  }
  return { observedOn, kind, wordType, dueOn, resolution: promise ? current.resolution : null, resolvedOn }
}

/** The ledger of one assessment: dated words, actions, amends and slips, and promises' outcomes. */
export function createEvidenceStore(db: Db, clock: Clock, today: () => string, assessments: AssessmentStore) {
  const one = db.prepare<[number], EvidenceRow>(`SELECT ${COLUMNS} ${FROM_EVIDENCE} WHERE ev.id = ?`)
  const ofAssessment = db.prepare<[number], EvidenceRow>(
    `SELECT ${COLUMNS} ${FROM_EVIDENCE} WHERE ev.assessment_id = ? ORDER BY ev.observed_on DESC, ev.id DESC`,
  )
  const countOf = db.prepare<[number], { n: number }>('SELECT count(*) AS n FROM evidence WHERE assessment_id = ?')
  const entryExists = db.prepare<[number], { id: number }>('SELECT id FROM entries WHERE id = ? AND trashed_at IS NULL')
  const insert = db.prepare(
    `INSERT INTO evidence (assessment_id, observed_on, kind, word_type, step, description, entry_id, due_on,
       created_at, updated_at)
     VALUES (@assessmentId, @observedOn, @kind, @wordType, @step, @description, @entryId, @dueOn, @now, @now)`,
  )
  const write = db.prepare(
    `UPDATE evidence SET observed_on = @observedOn, kind = @kind, word_type = @wordType, step = @step,
       description = @description, entry_id = @entryId, due_on = @dueOn, resolution = @resolution,
       resolved_on = @resolvedOn, updated_at = @now
     WHERE id = @id`,
  )
  const remove = db.prepare<[number]>('DELETE FROM evidence WHERE id = ?')

  function transaction<T>(action: string, work: () => T): T {
    try {
      return db.transaction(work)()
    } catch (error) {
      throw fileSystemError(error, action, db.name)
    }
  }

  function row(id: number): EvidenceRow {
    const found = one.get(id)
    if (!found) throw new MendError('NOT_FOUND', 'That note is no longer in the ledger.')
    return found
  }

  function linkable(entryId: number | null | undefined): void {
    if (entryId && !entryExists.get(entryId)) {
      throw new MendError('NOT_FOUND', 'That entry is no longer in your journal.', { field: 'entryId' })
    }
  }

  function add(draft: z.output<typeof EvidenceDraft>): Evidence {
    return transaction('save the note', () => {
      const assessment = assessments.get(draft.assessmentId)
      if ((countOf.get(assessment.id)?.n ?? 0) >= ASSESSMENT_LIMITS.evidencePerAssessment) {
        throw invalid('assessmentId', `An assessment can hold ${ASSESSMENT_LIMITS.evidencePerAssessment} notes.`)
      }
      const empty: Shape = {
        observedOn: draft.observedOn,
        kind: draft.kind,
        wordType: null,
        dueOn: null,
        resolution: null,
        resolvedOn: null,
      }
      const shape = reshape(empty, draft, today())
      linkable(draft.entryId)
      const now = isoNow(clock.now())
      const { lastInsertRowid } = insert.run({
        assessmentId: assessment.id,
        observedOn: shape.observedOn,
        kind: shape.kind,
        wordType: shape.wordType,
        step: draft.step ?? null,
        description: cleanText(draft.description),
        entryId: draft.entryId ?? null,
        dueOn: shape.dueOn,
        now,
      })
      assessments.touch(assessment.id)
      return toEvidence(row(Number(lastInsertRowid)))
    })
  }

  function update(patch: z.output<typeof EvidencePatch>): Evidence {
    return transaction('save the note', () => {
      const current = row(patch.id)
      const shape = reshape(
        {
          observedOn: current.observed_on,
          kind: current.kind,
          wordType: current.word_type,
          dueOn: current.due_on,
          resolution: current.resolution,
          resolvedOn: current.resolved_on,
        },
        patch,
        today(),
      )
      linkable(patch.entryId)
      write.run({
        id: current.id,
        ...shape,
        step: patch.step === undefined ? current.step : patch.step,
        description: cleanText(patch.description ?? current.description),
        entryId: patch.entryId === undefined ? current.stored_entry_id : patch.entryId,
        now: isoNow(clock.now()),
      })
      assessments.touch(current.assessment_id)
      return toEvidence(row(current.id))
    })
  }

  /** Kept or broken on a day (today unless given); null takes the outcome back. Promises only. */
  function resolvePromise(input: { id: number; resolution: PromiseResolution | null; resolvedOn?: string }): Evidence {
    return transaction('save the promise', () => {
      const current = row(input.id)
      if (current.word_type !== 'promise') throw invalid('id', 'Only a promise can be marked kept or broken.')
      const resolvedOn = input.resolution === null ? null : (input.resolvedOn ?? today())
      if (resolvedOn !== null && resolvedOn > today()) {
        throw invalid('resolvedOn', 'That day has not come yet. Mark the promise once it has.')
      }
      if (resolvedOn !== null && resolvedOn < current.observed_on) {
        throw invalid('resolvedOn', 'A promise cannot be kept or broken before it was made.')
      }
      write.run({
        id: current.id,
        observedOn: current.observed_on,
        kind: current.kind,
        wordType: current.word_type,
        step: current.step,
        description: current.description,
        entryId: current.stored_entry_id,
        dueOn: current.due_on,
        resolution: input.resolution,
        resolvedOn,
        now: isoNow(clock.now()),
      })
      assessments.touch(current.assessment_id)
      return toEvidence(row(current.id))
    })
  }

  function deleteEvidence(id: number): void {
    transaction('delete the note', () => {
      const current = row(id)
      remove.run(id)
      assessments.touch(current.assessment_id)
    })
  }

  /** Newest first: by the day it was seen, then by when it was written down. */
  function list(assessmentId: number): Evidence[] {
    return ofAssessment.all(assessmentId).map(toEvidence)
  }

  return {
    get: (id: number) => toEvidence(row(id)),
    list,
    add,
    update,
    resolvePromise,
    delete: deleteEvidence,
  }
}

export type EvidenceStore = ReturnType<typeof createEvidenceStore>
