import type {
  AssessmentStatus,
  Evidence,
  EvidenceKind,
  PlanStep,
  PromiseResolution,
  WordType,
} from '../../../electron/contract'
import { formatLocalDay } from '../plans/plan-format'
import { messages } from '../../messages'

/** How the assessment screens put an assessment's own values into words. */

const text = messages.assessment.assessmentFormat

export const ASSESSMENT_STATUS_LABELS: Readonly<Record<AssessmentStatus, string>> = text.statuses

/** Short names for a kind of observation, where EVIDENCE_KIND_LABELS would be too long (filters, tables). */
export const KIND_SHORT_LABELS: Readonly<Record<EvidenceKind, string>> = text.kindShort

export const KIND_PLURAL_LABELS: Readonly<Record<EvidenceKind, string>> = text.kindPlural

export const WORD_TYPE_LABELS: Readonly<Record<WordType, string>> = text.wordTypes

/** The four steps asked about the other person (wording in src/messages/assessment.ts). */
export const STEP_QUESTIONS: Readonly<Record<PlanStep, string>> = text.stepQuestions

/** The rating scale's words, so a 1-5 choice never stands as a bare number. */
export const RATING_SCALE: ReadonlyArray<{ value: number; label: string }> = text.ratingScale.map((label, index) => ({
  value: index + 1,
  label,
}))

export function isPromise(item: Pick<Evidence, 'kind' | 'wordType'>): boolean {
  return item.kind === 'word' && item.wordType === 'promise'
}

/** What kind of observation this is, in a few words ("A promise", "Action"). */
export function evidenceKindText(item: Pick<Evidence, 'kind' | 'wordType'>): string {
  if (item.kind === 'word' && item.wordType) return WORD_TYPE_LABELS[item.wordType]
  return KIND_SHORT_LABELS[item.kind]
}

/** Where a promise stands, in words; null for anything that is not a promise. */
export function promiseStateText(
  item: Pick<Evidence, 'kind' | 'wordType' | 'dueOn' | 'resolution' | 'resolvedOn'>,
  today: string,
): string | null {
  if (!isPromise(item)) return null
  const labels: Record<PromiseResolution, string> = text.resolutions
  if (item.resolution) {
    const on = item.resolvedOn ? text.resolvedOn(formatLocalDay(item.resolvedOn)) : ''
    return `${labels[item.resolution]}${on}`
  }
  if (!item.dueOn) return text.notDecided
  if (item.dueOn < today) return text.wasDueBy(formatLocalDay(item.dueOn))
  return text.dueBy(formatLocalDay(item.dueOn))
}

/** The default name of an assessment, when the user gives none. */
export function defaultAssessmentTitle(personName: string): string {
  return text.defaultTitle(personName.trim())
}

/** Whole days from `from` to `to` (both `YYYY-MM-DD`), counted on the calendar. */
export function daysBetween(from: string, to: string): number {
  const start = Date.UTC(Number(from.slice(0, 4)), Number(from.slice(5, 7)) - 1, Number(from.slice(8, 10)))
  const end = Date.UTC(Number(to.slice(0, 4)), Number(to.slice(5, 7)) - 1, Number(to.slice(8, 10)))
  return Math.round((end - start) / 86_400_000)
}

/** A calendar day `days` after `day` (`YYYY-MM-DD`), the inverse of daysBetween. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T12:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}
