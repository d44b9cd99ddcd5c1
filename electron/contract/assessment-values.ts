import { z } from 'zod'

/**
 * The vocabulary of a trust assessment (METHOD.md, the other side of the method): someone hurt
 * the user and is trying to repair it; has that person walked the four steps?
 */

/** What kind of thing was observed. Only actions, amends and kept promises ever raise a figure. */
export const EVIDENCE_KINDS = ['word', 'action', 'amend', 'slip'] as const
export const EvidenceKind = z.enum(EVIDENCE_KINDS)
export type EvidenceKind = z.infer<typeof EvidenceKind>

export const EVIDENCE_KIND_LABELS: Readonly<Record<EvidenceKind, string>> = {
  word: 'Something they said',
  action: 'Something they did',
  amend: 'Something done to make up for it',
  slip: 'A repeat or a broken promise',
}

/** For words: what kind of words. Promises may carry a due day and later be marked kept or broken. */
export const WORD_TYPES = ['apology', 'promise', 'explanation', 'other'] as const
export const WordType = z.enum(WORD_TYPES)
export type WordType = z.infer<typeof WordType>

export const PROMISE_RESOLUTIONS = ['kept', 'broken'] as const
export const PromiseResolution = z.enum(PROMISE_RESOLUTIONS)
export type PromiseResolution = z.infer<typeof PromiseResolution>

/** The user's answer to "has this person done this step?", re-answerable over time. */
export const STEP_ANSWERS = ['not-yet', 'partly', 'yes'] as const
export const StepAnswerValue = z.enum(STEP_ANSWERS)
export type StepAnswerValue = z.infer<typeof StepAnswerValue>

export const STEP_ANSWER_LABELS: Readonly<Record<StepAnswerValue, string>> = {
  'not-yet': 'Not yet',
  partly: 'Partly',
  yes: 'Yes',
}

/**
 * The periodic check's items, our own words after BRAVING (Brown) and ability, benevolence and
 * integrity (Mayer, Davis & Schoorman 1995); never their text. Each is rated 1 to 5.
 */
export const RATING_ITEMS = ['reliability', 'accountability', 'honesty', 'care', 'respect'] as const
export const RatingItem = z.enum(RATING_ITEMS)
export type RatingItem = z.infer<typeof RatingItem>

export const RATING_ITEM_TEXT: Readonly<Record<RatingItem, { label: string; question: string }>> = {
  reliability: { label: 'Reliability', question: 'Lately, have they done what they said they would do?' },
  accountability: {
    label: 'Accountability',
    question: 'When something went wrong, did they own their part without being pushed?',
  },
  honesty: { label: 'Honesty', question: 'Have they been straight with you, including about uncomfortable things?' },
  care: { label: 'Care', question: 'Have they paid attention to how you are, and to what this cost you?' },
  respect: { label: 'Respect', question: 'Have they respected your limits, your pace and your decisions?' },
}

export const ASSESSMENT_STATUSES = ['active', 'archived'] as const
export const AssessmentStatus = z.enum(ASSESSMENT_STATUSES)
export type AssessmentStatus = z.infer<typeof AssessmentStatus>

export const ASSESSMENT_LIMITS = {
  evidencePerAssessment: 5_000,
  descriptionChars: 2_000,
  noteChars: 5_000,
} as const
