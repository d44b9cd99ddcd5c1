import { z } from 'zod'
import type { RatingItem } from './assessment-values'
import {
  ASSESSMENT_LIMITS,
  AssessmentStatus,
  EvidenceKind,
  PromiseResolution,
  StepAnswerValue,
  WordType,
} from './assessment-values'
import { LocalDate, RowId } from './journal-values'
import { PlanStep } from './plan-values'
import { Breach } from './plans.contract'
import { defineProcedure } from './procedure'

export * from './assessment-values'

const Description = z.string().trim().min(1, 'Write a few words.').max(ASSESSMENT_LIMITS.descriptionChars)
const Note = z.string().max(ASSESSMENT_LIMITS.noteChars)
/** How often the periodic check comes round, in days. */
const CheckEveryDays = z.number().int().min(1).max(365)

export const TrustAssessment = z.strictObject({
  id: RowId,
  personId: RowId,
  personName: z.string(),
  title: z.string(),
  /** What happened to the user: the same shape as a plan's breach. */
  breach: Breach,
  status: AssessmentStatus,
  checkEveryDays: CheckEveryDays,
  createdAt: z.string(),
  updatedAt: z.string(),
})
export type TrustAssessment = z.infer<typeof TrustAssessment>

export const AssessmentDraft = z.strictObject({
  personId: RowId,
  title: z.string().trim().max(200).optional(),
  breach: Breach,
  checkEveryDays: CheckEveryDays.optional(),
})
export type AssessmentDraft = z.infer<typeof AssessmentDraft>

/** One dated observation in the ledger. */
export const Evidence = z.strictObject({
  id: RowId,
  assessmentId: RowId,
  observedOn: LocalDate,
  kind: EvidenceKind,
  /** Only for words. */
  wordType: WordType.nullable(),
  /** Which of the four steps it speaks to, if any. */
  step: PlanStep.nullable(),
  description: z.string(),
  /** A journal entry about it, if linked. */
  entryId: RowId.nullable(),
  /** Promises only: when it should be kept by, and whether it was. */
  dueOn: LocalDate.nullable(),
  resolution: PromiseResolution.nullable(),
  resolvedOn: LocalDate.nullable(),
  createdAt: z.string(),
})
export type Evidence = z.infer<typeof Evidence>

export const EvidenceDraft = z.strictObject({
  assessmentId: RowId,
  observedOn: LocalDate,
  kind: EvidenceKind,
  wordType: WordType.nullable().optional(),
  step: PlanStep.nullable().optional(),
  description: Description,
  entryId: RowId.nullable().optional(),
  dueOn: LocalDate.nullable().optional(),
})
export type EvidenceDraft = z.infer<typeof EvidenceDraft>

export const EvidencePatch = z.strictObject({
  id: RowId,
  observedOn: LocalDate.optional(),
  kind: EvidenceKind.optional(),
  wordType: WordType.nullable().optional(),
  step: PlanStep.nullable().optional(),
  description: Description.optional(),
  entryId: RowId.nullable().optional(),
  dueOn: LocalDate.nullable().optional(),
})

/** An answer to "has this person done this step?"; every answer is kept, the newest is current. */
export const StepAnswer = z.strictObject({
  id: RowId,
  assessmentId: RowId,
  step: PlanStep,
  answer: StepAnswerValue,
  note: z.string(),
  /** The ledger entries the user pointed to for this answer. */
  evidenceIds: z.array(RowId),
  answeredAt: z.string(),
})
export type StepAnswer = z.infer<typeof StepAnswer>

const Rating = z.number().int().min(1, 'Rate from 1 to 5.').max(5, 'Rate from 1 to 5.')

/** One 1-5 rating per item of RATING_ITEMS. */
export const Ratings = z.strictObject({
  reliability: Rating,
  accountability: Rating,
  honesty: Rating,
  care: Rating,
  respect: Rating,
} satisfies Record<RatingItem, typeof Rating>)
export type Ratings = z.infer<typeof Ratings>

export const RatingCheck = z.strictObject({
  id: RowId,
  assessmentId: RowId,
  takenOn: LocalDate,
  ratings: Ratings,
  note: z.string(),
  createdAt: z.string(),
})
export type RatingCheck = z.infer<typeof RatingCheck>

/** A computed figure, always with the evidence it came from and how it is worked out. */
export const Figure = z.strictObject({
  key: z.string(),
  label: z.string(),
  value: z.number().nullable(),
  /** The value as shown ("2 of 3", "40 days", "not yet"). */
  display: z.string(),
  /** One sentence: how it is computed, in plain words. */
  explanation: z.string(),
  evidenceIds: z.array(RowId),
  checkIds: z.array(RowId),
})
export type Figure = z.infer<typeof Figure>

export const SummaryLine = z.strictObject({ text: z.string(), evidenceIds: z.array(RowId) })
export type SummaryLine = z.infer<typeof SummaryLine>

export const AssessmentSummaryText = z.strictObject({
  /** A plain reading of where things stand; never a verdict on the person. */
  lines: z.array(SummaryLine),
  /** What has not been seen yet, step by step. */
  missing: z.array(z.string()),
})
export type AssessmentSummaryText = z.infer<typeof AssessmentSummaryText>

export const StepAnswers = z.strictObject({
  step: PlanStep,
  current: StepAnswer.nullable(),
  /** Newest first, the current one included. */
  history: z.array(StepAnswer),
})
export type StepAnswers = z.infer<typeof StepAnswers>

export const AssessmentOverview = z.strictObject({
  assessment: TrustAssessment,
  today: LocalDate,
  daysSinceBreach: z.number().int(),
  /** Newest first. */
  evidence: z.array(Evidence),
  answers: z.array(StepAnswers),
  /** Oldest first, for the trend. */
  checks: z.array(RatingCheck),
  figures: z.array(Figure),
  summary: AssessmentSummaryText,
  /** When the next periodic check is due (today or earlier when it is due now). */
  nextCheckOn: LocalDate,
})
export type AssessmentOverview = z.infer<typeof AssessmentOverview>

export const AssessmentListItem = z.strictObject({
  id: RowId,
  title: z.string(),
  personId: RowId,
  personName: z.string(),
  status: AssessmentStatus,
  occurredOn: LocalDate,
  evidenceCount: z.number().int().nonnegative(),
  updatedAt: z.string(),
})
export type AssessmentListItem = z.infer<typeof AssessmentListItem>

const ById = z.strictObject({ id: RowId })
const Empty = z.strictObject({})

export const assessmentProcedures = {
  'assessments.list': defineProcedure({ input: Empty, output: z.array(AssessmentListItem), whileLocked: false }),
  'assessments.create': defineProcedure({ input: AssessmentDraft, output: TrustAssessment, whileLocked: false }),
  'assessments.get': defineProcedure({ input: ById, output: TrustAssessment, whileLocked: false }),
  'assessments.update': defineProcedure({
    input: z.strictObject({
      id: RowId,
      title: z.string().trim().min(1).max(200).optional(),
      breach: Breach.optional(),
      checkEveryDays: CheckEveryDays.optional(),
    }),
    output: TrustAssessment,
    whileLocked: false,
  }),
  'assessments.setStatus': defineProcedure({
    input: z.strictObject({ id: RowId, status: AssessmentStatus }),
    output: TrustAssessment,
    whileLocked: false,
  }),
  /** Gone for good with its ledger, answers and checks (the UI confirms first). Entries stay. */
  'assessments.delete': defineProcedure({ input: ById, output: Empty, whileLocked: false }),
  'assessments.getOverview': defineProcedure({ input: ById, output: AssessmentOverview, whileLocked: false }),

  'assessments.addEvidence': defineProcedure({ input: EvidenceDraft, output: Evidence, whileLocked: false }),
  'assessments.updateEvidence': defineProcedure({ input: EvidencePatch, output: Evidence, whileLocked: false }),
  'assessments.deleteEvidence': defineProcedure({ input: ById, output: Empty, whileLocked: false }),
  /** Marks a promise kept or broken (null: not decided yet). Only words of type promise. */
  'assessments.resolvePromise': defineProcedure({
    input: z.strictObject({ id: RowId, resolution: PromiseResolution.nullable(), resolvedOn: LocalDate.optional() }),
    output: Evidence,
    whileLocked: false,
  }),

  'assessments.answerStep': defineProcedure({
    input: z.strictObject({
      assessmentId: RowId,
      step: PlanStep,
      answer: StepAnswerValue,
      note: Note.optional(),
      evidenceIds: z.array(RowId).max(200).optional(),
    }),
    output: StepAnswer,
    whileLocked: false,
  }),

  'assessments.recordCheck': defineProcedure({
    input: z.strictObject({
      assessmentId: RowId,
      takenOn: LocalDate.optional(),
      ratings: Ratings,
      note: Note.optional(),
    }),
    output: RatingCheck,
    whileLocked: false,
  }),
  'assessments.deleteCheck': defineProcedure({ input: ById, output: Empty, whileLocked: false }),
}
