import { z } from 'zod'
import { EntrySummary } from './journal.contract'
import { LocalDate, RowId } from './journal-values'
import {
  AmendHorizon,
  AmendStatus,
  BreachKind,
  BreachKinds,
  Cadence,
  CheckInOutcome,
  LanguageCategory,
  PLAN_LIMITS,
  PLAN_STEPS,
  PlanStatus,
  PlanStep,
  StepState,
  TheirNeed,
  TimeOfDay,
  WritingStep,
} from './plan-values'
import { defineProcedure } from './procedure'

export * from './plan-values'

const Text = (max: number) => z.string().max(max, `This can be at most ${max.toLocaleString('en')} characters.`)
const Item = z.string().trim().min(1, 'Write a few words.').max(PLAN_LIMITS.itemChars)

/** What happened, as the writer sees it. Sets the honest expectations shown on the plan. */
export const Breach = z.strictObject({
  whatHappened: Text(PLAN_LIMITS.writingChars),
  occurredOn: LocalDate,
  severity: z.number().int().min(1).max(5),
  /** The kind that fits best: the first one chosen. */
  kind: BreachKind,
  /**
   * Every kind that applies (pick any), `kind` included; core always returns it. Sent without
   * it, the breach has just `kind`.
   */
  kinds: BreachKinds.optional(),
  involvedDeception: z.boolean(),
})
export type Breach = z.infer<typeof Breach>

/** A language finding the writer chose to keep: the same words in the same step stay quiet. */
export const DismissedFinding = z.strictObject({
  step: WritingStep,
  category: LanguageCategory,
  /** The flagged words, lower-cased; a dismissal follows the words, not their offsets. */
  phrase: z.string().max(500),
})
export type DismissedFinding = z.infer<typeof DismissedFinding>

export const RepairPlan = z.strictObject({
  id: RowId,
  personId: RowId,
  personName: z.string(),
  title: z.string(),
  breach: Breach,
  status: PlanStatus,
  /** Step 1: what I did, plainly. Markdown. */
  ownership: z.string(),
  /** Step 2: the impact from their side. Markdown. */
  compassion: z.string(),
  theirNeeds: z.array(TheirNeed),
  dismissed: z.array(DismissedFinding),
  /** Steps the person said they are done with; the others stay open to revisit. */
  settledSteps: z.array(PlanStep),
  /** Never exported unless asked for. */
  privateNotes: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
})
export type RepairPlan = z.infer<typeof RepairPlan>

export const PlanDraft = z.strictObject({
  personId: RowId,
  title: z.string().trim().max(PLAN_LIMITS.titleChars).optional(),
  breach: Breach,
})
export type PlanDraft = z.infer<typeof PlanDraft>

export const PlanPatch = z.strictObject({
  id: RowId,
  title: z.string().trim().min(1, 'Give the plan a name.').max(PLAN_LIMITS.titleChars).optional(),
  breach: Breach.optional(),
  ownership: Text(PLAN_LIMITS.writingChars).optional(),
  compassion: Text(PLAN_LIMITS.writingChars).optional(),
  theirNeeds: z.array(TheirNeed).max(5).optional(),
  dismissed: z.array(DismissedFinding).max(500).optional(),
  settledSteps: z.array(PlanStep).max(PLAN_STEPS.length).optional(),
  privateNotes: Text(PLAN_LIMITS.writingChars).optional(),
})
export type PlanPatch = z.infer<typeof PlanPatch>

export const AmendAction = z.strictObject({
  id: RowId,
  planId: RowId,
  description: z.string(),
  horizon: AmendHorizon,
  dueOn: LocalDate.nullable(),
  status: AmendStatus,
  note: z.string(),
  createdAt: z.string(),
})
export type AmendAction = z.infer<typeof AmendAction>

export const AmendDraft = z.strictObject({
  planId: RowId,
  description: Item,
  horizon: AmendHorizon,
  dueOn: LocalDate.nullable().optional(),
  note: Text(PLAN_LIMITS.noteChars).optional(),
})

export const AmendPatch = z.strictObject({
  id: RowId,
  description: Item.optional(),
  horizon: AmendHorizon.optional(),
  dueOn: LocalDate.nullable().optional(),
  status: AmendStatus.optional(),
  note: Text(PLAN_LIMITS.noteChars).optional(),
})

/** Check-in figures of one commitment or a whole plan (formula: core/repair/check-in-stats.ts). */
export const CheckInStats = z.strictObject({
  due: z.number().int().nonnegative(),
  kept: z.number().int().nonnegative(),
  missed: z.number().int().nonnegative(),
  notApplicable: z.number().int().nonnegative(),
  unrecorded: z.number().int().nonnegative(),
  /** kept / (kept + missed); null before anything is recorded. */
  keptRate: z.number().min(0).max(1).nullable(),
  currentStreak: z.number().int().nonnegative(),
  longestStreak: z.number().int().nonnegative(),
})
export type CheckInStats = z.infer<typeof CheckInStats>

/** A concrete, checkable behaviour (not a feeling), due on a cadence from a start day. */
export const Commitment = z.strictObject({
  id: RowId,
  planId: RowId,
  behaviour: z.string(),
  cadence: Cadence,
  startOn: LocalDate,
  /** Stopped commitments keep their record but fall due no more. */
  endOn: LocalDate.nullable(),
  reminderTime: TimeOfDay,
  createdAt: z.string(),
  stats: CheckInStats,
  /** The days of the last two weeks (up to today, newest first) it fell due, pauses left out: the recorder's rows. */
  recentDueDays: z.array(LocalDate),
  /** The next day after today it falls due (within about two months), or null if none does. */
  nextDueOn: LocalDate.nullable(),
})
export type Commitment = z.infer<typeof Commitment>

export const CommitmentDraft = z.strictObject({
  planId: RowId,
  behaviour: Item,
  cadence: Cadence,
  startOn: LocalDate,
  reminderTime: TimeOfDay.optional(),
})

export const CommitmentPatch = z.strictObject({
  id: RowId,
  behaviour: Item.optional(),
  cadence: Cadence.optional(),
  startOn: LocalDate.optional(),
  endOn: LocalDate.nullable().optional(),
  reminderTime: TimeOfDay.optional(),
})

export const CheckIn = z.strictObject({
  commitmentId: RowId,
  onDate: LocalDate,
  outcome: CheckInOutcome,
  note: z.string(),
  recordedAt: z.string(),
})
export type CheckIn = z.infer<typeof CheckIn>

export const StepProgress = z.strictObject({
  step: PlanStep,
  /** It has what the step needs (whether or not the person has settled it). */
  complete: z.boolean(),
  state: StepState,
  /** What is still missing, in plain words; empty when complete. */
  missing: z.array(z.string()),
  /** Gentle suggestions that do not block completion (e.g. transparency after a lie). */
  suggestions: z.array(z.string()),
})
export type StepProgress = z.infer<typeof StepProgress>

/**
 * An honest expectation set by the breach. `source` is the short citation of the work it rests
 * on (METHOD_REFERENCES, About the method); null marks Mend's own guidance, which no study is
 * cited for.
 */
export const Expectation = z.strictObject({
  text: z.string(),
  source: z.string().nullable(),
})
export type Expectation = z.infer<typeof Expectation>

export const WeekOfCheckIns = z.strictObject({
  weekStart: LocalDate,
  due: z.number().int().nonnegative(),
  kept: z.number().int().nonnegative(),
  missed: z.number().int().nonnegative(),
  notApplicable: z.number().int().nonnegative(),
  unrecorded: z.number().int().nonnegative(),
})
export type WeekOfCheckIns = z.infer<typeof WeekOfCheckIns>

export const PlanOverview = z.strictObject({
  plan: RepairPlan,
  steps: z.array(StepProgress),
  expectations: z.array(Expectation),
  /** Whole days from the breach to today (the writer's calendar). */
  daysSinceBreach: z.number().int(),
  today: LocalDate,
  amends: z.array(AmendAction),
  commitments: z.array(Commitment),
  /** Every commitment's check-ins together, for the overall figures. */
  stats: CheckInStats,
  weeks: z.array(WeekOfCheckIns),
  entries: z.array(EntrySummary),
})
export type PlanOverview = z.infer<typeof PlanOverview>

export const PlanSummary = z.strictObject({
  id: RowId,
  title: z.string(),
  personId: RowId,
  personName: z.string(),
  status: PlanStatus,
  occurredOn: LocalDate,
  stepsComplete: z.number().int().min(0).max(4),
  updatedAt: z.string(),
})
export type PlanSummary = z.infer<typeof PlanSummary>

export const LanguageFindingView = z.strictObject({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  category: LanguageCategory,
  label: z.string(),
  message: z.string(),
  suggestion: z.string().optional(),
})
export type LanguageFindingView = z.infer<typeof LanguageFindingView>

export const ApologyPartView = z.strictObject({
  part: z.string(),
  label: z.string(),
  why: z.string(),
  present: z.boolean(),
  evidence: z.array(z.strictObject({ start: z.number().int(), end: z.number().int() })),
  prompt: z.string(),
})
export type ApologyPartView = z.infer<typeof ApologyPartView>

/**
 * Something due: a check-in to record, an amend to do, or a trust assessment's periodic check.
 * The home screen lists them.
 */
export const Reminder = z.strictObject({
  key: z.string(),
  kind: z.enum(['check-in', 'amend', 'trust-check']),
  /** Check-ins and amends: the plan they belong to. */
  planId: RowId.optional(),
  /** Trust checks: the assessment whose check is due. */
  assessmentId: RowId.optional(),
  /** The plan's or the assessment's title. */
  title: z.string(),
  commitmentId: RowId.optional(),
  amendId: RowId.optional(),
  /** The commitment's behaviour, the amend's description, or what the trust check asks. */
  text: z.string(),
  onDate: LocalDate,
  overdue: z.boolean(),
})
export type Reminder = z.infer<typeof Reminder>

const ById = z.strictObject({ id: RowId })
const Empty = z.strictObject({})

export const planProcedures = {
  'plans.list': defineProcedure({ input: Empty, output: z.array(PlanSummary), whileLocked: false }),
  'plans.create': defineProcedure({ input: PlanDraft, output: RepairPlan, whileLocked: false }),
  'plans.get': defineProcedure({ input: ById, output: RepairPlan, whileLocked: false }),
  /** Autosave of the steps' writing and the breach: only the fields given change. */
  'plans.update': defineProcedure({ input: PlanPatch, output: RepairPlan, whileLocked: false }),
  /** Pausing stops commitments falling due until resumed; nothing is lost either way. */
  'plans.setStatus': defineProcedure({
    input: z.strictObject({ id: RowId, status: PlanStatus }),
    output: RepairPlan,
    whileLocked: false,
  }),
  /** Gone for good with its amends, commitments and check-ins (the UI confirms first). Entries stay. */
  'plans.delete': defineProcedure({ input: ById, output: Empty, whileLocked: false }),
  'plans.getOverview': defineProcedure({ input: ById, output: PlanOverview, whileLocked: false }),
  /** The live language check of a step's writing, without dismissed findings removed. */
  'plans.checkWriting': defineProcedure({
    input: z.strictObject({ step: WritingStep, text: Text(PLAN_LIMITS.writingChars) }),
    output: z.strictObject({
      findings: z.array(LanguageFindingView),
      parts: z.array(ApologyPartView),
      /**
       * The categories this step was checked for (ownership: all nine; compassion: four), in the
       * method's order, so that an empty result can name what was looked for (CATEGORY_LOOKED_FOR).
       * Optional: older cores leave it out.
       */
      lookedFor: z.array(LanguageCategory).optional(),
    }),
    whileLocked: false,
  }),

  'plans.addAmend': defineProcedure({ input: AmendDraft, output: AmendAction, whileLocked: false }),
  'plans.updateAmend': defineProcedure({ input: AmendPatch, output: AmendAction, whileLocked: false }),
  'plans.deleteAmend': defineProcedure({ input: ById, output: Empty, whileLocked: false }),

  'plans.addCommitment': defineProcedure({ input: CommitmentDraft, output: Commitment, whileLocked: false }),
  'plans.updateCommitment': defineProcedure({ input: CommitmentPatch, output: Commitment, whileLocked: false }),
  'plans.deleteCommitment': defineProcedure({ input: ById, output: Empty, whileLocked: false }),

  /** One check-in per commitment and day: recording again replaces the earlier one. */
  'plans.recordCheckIn': defineProcedure({
    input: z.strictObject({
      commitmentId: RowId,
      onDate: LocalDate,
      outcome: CheckInOutcome,
      note: Text(PLAN_LIMITS.noteChars).optional(),
    }),
    output: CheckIn,
    whileLocked: false,
  }),
  'plans.clearCheckIn': defineProcedure({
    input: z.strictObject({ commitmentId: RowId, onDate: LocalDate }),
    output: Empty,
    whileLocked: false,
  }),
  'plans.listCheckIns': defineProcedure({
    input: z.strictObject({ commitmentId: RowId }),
    output: z.array(CheckIn),
    whileLocked: false,
  }),
  /**
   * Every due day up to today with no check-in yet, newest first: the days its "not recorded"
   * figure counts, so each of them can still be recorded.
   */
  'plans.listUnrecordedDays': defineProcedure({
    input: z.strictObject({ commitmentId: RowId }),
    output: z.array(LocalDate),
    whileLocked: false,
  }),

  'plans.linkEntry': defineProcedure({
    input: z.strictObject({ planId: RowId, entryId: RowId }),
    output: Empty,
    whileLocked: false,
  }),
  'plans.unlinkEntry': defineProcedure({
    input: z.strictObject({ planId: RowId, entryId: RowId }),
    output: Empty,
    whileLocked: false,
  }),

  /**
   * What is due now: across active plans, unrecorded check-ins (last 7 days) and amends past due;
   * across active trust assessments, periodic checks due.
   */
  'plans.listReminders': defineProcedure({ input: Empty, output: z.array(Reminder), whileLocked: false }),
}
