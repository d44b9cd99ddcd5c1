import { z } from 'zod'

/**
 * The small vocabularies of a repair plan (METHOD.md): what kind of breach, the plan's life,
 * amends, commitments and their check-ins. Shared by core, the router and the renderer.
 */

/** Mayer, Davis & Schoorman's three sides of trustworthiness, as kinds of failure. */
export const BREACH_KINDS = ['ability', 'care', 'integrity'] as const
export const BreachKind = z.enum(BREACH_KINDS)
export type BreachKind = z.infer<typeof BreachKind>

/** In the writer's words: what went wrong, as plans and their PDF say it (pick any). */
export const BREACH_KIND_LABELS: Readonly<Record<BreachKind, string>> = {
  ability: 'I forgot, or fell short of something I meant to do',
  care: 'I did not look after them or their feelings',
  integrity: 'I broke my word, or something I believe in',
}

/**
 * Every kind that applies, pick any (forgetting and lying can both be true), in the order of
 * BREACH_KINDS. A breach stored before schema 10 had one kind; `kinds` then holds just that one.
 */
export const BreachKinds = z
  .array(BreachKind)
  .min(1, 'Choose at least one.')
  .max(BREACH_KINDS.length)
  .refine((kinds) => new Set(kinds).size === kinds.length, 'Each kind once.')

/** The kinds of a breach: `kind` (the first chosen) and any others, each once, in BREACH_KINDS order. */
export function breachKinds(breach: { kind: BreachKind; kinds?: readonly BreachKind[] }): BreachKind[] {
  const chosen = new Set<BreachKind>([breach.kind, ...(breach.kinds ?? [])])
  return BREACH_KINDS.filter((kind) => chosen.has(kind))
}

/** The four steps, in the order they are walked. */
export const PLAN_STEPS = ['ownership', 'compassion', 'amends', 'action'] as const
export const PlanStep = z.enum(PLAN_STEPS)
export type PlanStep = z.infer<typeof PlanStep>

/**
 * Where a step stands. Repair takes months, so a step that has what it needs is 'written'
 * (worth revisiting) until the person says it is 'settled'.
 * - 'not-started': nothing in it yet;
 * - 'begun': something in it, but not yet what the step needs;
 * - 'written': it has what the step needs;
 * - 'settled': the person said they are done with it (they can reopen it).
 */
export const STEP_STATES = ['not-started', 'begun', 'written', 'settled'] as const
export const StepState = z.enum(STEP_STATES)
export type StepState = z.infer<typeof StepState>

export const PLAN_STEP_LABELS: Readonly<Record<PlanStep, string>> = {
  ownership: 'Take ownership',
  compassion: 'Show compassion',
  amends: 'Make amends',
  action: "Act, don't promise",
}

/** The two steps whose writing the language check reads. */
export const WritingStep = z.enum(['ownership', 'compassion'])
export type WritingStep = z.infer<typeof WritingStep>

/** Kinds of phrase that undermine an apology (METHOD.md), in the order the method lists them. */
export const LANGUAGE_CATEGORIES = [
  'conditional',
  'excuse',
  'blame-feelings',
  'blame-other',
  'intent-defense',
  'passive-vague',
  'minimizing',
  'rushing-closure',
  'hedging',
] as const
export const LanguageCategory = z.enum(LANGUAGE_CATEGORIES)
export type LanguageCategory = z.infer<typeof LanguageCategory>

/**
 * The categories the compassion step checks: the hurt made smaller, or pushed back on them.
 * (Ownership checks all of them.)
 */
export const COMPASSION_CATEGORIES: readonly LanguageCategory[] = [
  'minimizing',
  'blame-feelings',
  'blame-other',
  'rushing-closure',
]

/** Short names for the editor's highlights, the findings list and dismissed findings. */
export const CATEGORY_LABELS: Readonly<Record<LanguageCategory, string>> = {
  conditional: 'Conditional apology',
  excuse: 'Excuse or "but"',
  'blame-feelings': 'Blaming their feelings',
  'blame-other': 'Blaming them',
  'intent-defense': 'Defending intent',
  'passive-vague': 'Passive or vague',
  minimizing: 'Minimizing',
  'rushing-closure': 'Rushing to close',
  hedging: 'Hedging',
}

/**
 * What the language check listens for, in plain words, so that a screen where it found nothing can
 * say what it looked for ("I looked for an 'if' that makes the harm sound uncertain, reasons set
 * beside the apology, …") instead of implying the writing is fine. The check hears phrasing, not
 * meaning: it can miss things, and a person reading as the one who was hurt will hear more.
 */
export const CATEGORY_LOOKED_FOR: Readonly<Record<LanguageCategory, string>> = {
  conditional: 'an "if" or an "anyone who" that makes the hurt sound uncertain',
  excuse: 'reasons, moods or circumstances set beside the apology',
  'blame-feelings': 'sorry for how they took it rather than for what you did',
  'blame-other': 'pointing to what they did or how they reacted',
  'intent-defense': 'defending what you meant or who you are',
  'passive-vague': 'wording that leaves out who did it',
  minimizing: 'words that make it sound small, rare or long ago',
  'rushing-closure': 'pushing to be done with it',
  hedging: '"maybe", "I guess" and "might have"',
}

/**
 * Commitments to openness and to limits set on oneself: Mend's suggestion after a lie or a broken
 * principle (limits set on oneself are what Dirks et al. 2011 call "regulation"; openness is ours).
 * The action step offers them as they are; once the person keeps one of them, the plan stops
 * suggesting openness.
 */
export const OPENNESS_COMMITMENTS = [
  'Tell them the same day about anything they would want to know, before they have to ask',
  'Sit down with them for a check-in where they may ask me anything, and answer fully',
  'Keep to the limit I set myself, and tell them the same day if I slip',
] as const

export const PLAN_STATUSES = ['active', 'paused', 'completed', 'archived'] as const
export const PlanStatus = z.enum(PLAN_STATUSES)
export type PlanStatus = z.infer<typeof PlanStatus>

/** What the other person may most need to hear (after Chapman & Thomas). */
export const THEIR_NEEDS = ['regret', 'responsibility', 'restitution', 'change', 'forgiveness'] as const
export const TheirNeed = z.enum(THEIR_NEEDS)
export type TheirNeed = z.infer<typeof TheirNeed>

export const THEIR_NEED_LABELS: Readonly<Record<TheirNeed, string>> = {
  regret: 'That I am sorry and feel it',
  responsibility: 'That I admit it was my doing',
  restitution: 'That I will make it right',
  change: 'That it will not happen again',
  forgiveness: 'That I ask, without pressing, to be forgiven',
}

/** Amends right away, amends kept up over time. The plan nudges toward both. */
export const AMEND_HORIZONS = ['now', 'over-time'] as const
export const AmendHorizon = z.enum(AMEND_HORIZONS)
export type AmendHorizon = z.infer<typeof AmendHorizon>

export const AMEND_STATUSES = ['planned', 'done', 'declined'] as const
export const AmendStatus = z.enum(AMEND_STATUSES)
export type AmendStatus = z.infer<typeof AmendStatus>

export const CHECK_IN_OUTCOMES = ['kept', 'missed', 'not-applicable'] as const
export const CheckInOutcome = z.enum(CHECK_IN_OUTCOMES)
export type CheckInOutcome = z.infer<typeof CheckInOutcome>

/** 0 = Sunday ... 6 = Saturday, as JavaScript's getDay. */
export const Weekday = z.number().int().min(0).max(6)

/** Wall-clock time of day, `HH:MM`, 24 hours. */
export const TimeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use the form HH:MM (24 hours).')
export type TimeOfDay = z.infer<typeof TimeOfDay>

/**
 * How often a commitment is due. Monthly days past a month's end fall on its last day
 * (the 31st is the 30th in April and the 28th or 29th in February).
 */
export const Cadence = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('daily') }),
  z.strictObject({ kind: z.literal('weekly'), weekday: Weekday }),
  z.strictObject({
    kind: z.literal('days'),
    weekdays: z
      .array(Weekday)
      .min(1, 'Choose at least one day.')
      .max(7)
      .refine((days) => new Set(days).size === days.length, 'Each day once.'),
  }),
  z.strictObject({ kind: z.literal('monthly'), dayOfMonth: z.number().int().min(1).max(31) }),
])
export type Cadence = z.infer<typeof Cadence>

/** An inclusive range of calendar days; `to` null means still running (a pause not yet ended). */
export interface DayRange {
  from: string
  to: string | null
}

/** Quiet hours: no notification starts between `start` and `end` (may cross midnight). */
export const QuietHours = z.strictObject({ start: TimeOfDay, end: TimeOfDay })
export type QuietHours = z.infer<typeof QuietHours>

export const PLAN_LIMITS = {
  titleChars: 200,
  /** Step writing: generous, but the language check reads it live. */
  writingChars: 50_000,
  itemChars: 1_000,
  noteChars: 5_000,
  amendsPerPlan: 500,
  commitmentsPerPlan: 100,
} as const
