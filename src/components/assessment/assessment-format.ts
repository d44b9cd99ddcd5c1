import type {
  AssessmentStatus,
  Evidence,
  EvidenceKind,
  PlanStep,
  PromiseResolution,
  WordType,
} from '../../../electron/contract'
import { formatLocalDay } from '../plans/plan-format'

/** How the assessment screens put an assessment's own values into words. */

export const ASSESSMENT_STATUS_LABELS: Readonly<Record<AssessmentStatus, string>> = {
  active: 'Active',
  archived: 'Archived',
}

/** Short names for a kind of observation, where EVIDENCE_KIND_LABELS would be too long (filters, tables). */
export const KIND_SHORT_LABELS: Readonly<Record<EvidenceKind, string>> = {
  word: 'Words',
  action: 'Action',
  amend: 'Amend',
  slip: 'Slip',
}

export const KIND_PLURAL_LABELS: Readonly<Record<EvidenceKind, string>> = {
  word: 'Words',
  action: 'Actions',
  amend: 'Amends',
  slip: 'Slips',
}

export const WORD_TYPE_LABELS: Readonly<Record<WordType, string>> = {
  apology: 'An apology',
  promise: 'A promise',
  explanation: 'An explanation',
  other: 'Something else',
}

/**
 * The four steps asked about the other person. Our own words, after METHOD.md: the same steps
 * a repair plan walks, turned into questions for the one deciding whether to trust again.
 */
export const STEP_QUESTIONS: Readonly<Record<PlanStep, string>> = {
  ownership: 'Have they said plainly what they did, and that it was wrong, without excuses?',
  compassion: 'Have they shown they understand how it hurt you, without making it smaller?',
  amends: 'Have they done something to make up for it, right away or over time?',
  action: 'Have they shown change through what they do, again and again, rather than through promises?',
}

/** The rating scale's words, so a 1-5 choice never stands as a bare number. */
export const RATING_SCALE: ReadonlyArray<{ value: number; label: string }> = [
  { value: 1, label: 'Not at all' },
  { value: 2, label: 'A little' },
  { value: 3, label: 'Somewhat' },
  { value: 4, label: 'Mostly' },
  { value: 5, label: 'Fully' },
]

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
  const labels: Record<PromiseResolution, string> = { kept: 'Kept', broken: 'Broken' }
  if (item.resolution) {
    const on = item.resolvedOn ? ` on ${formatLocalDay(item.resolvedOn)}` : ''
    return `${labels[item.resolution]}${on}`
  }
  if (!item.dueOn) return 'Not decided yet'
  if (item.dueOn < today) return `Was due by ${formatLocalDay(item.dueOn)}; not decided yet`
  return `Due by ${formatLocalDay(item.dueOn)}`
}

/** The default name of an assessment, when the user gives none. */
export function defaultAssessmentTitle(personName: string): string {
  return `Trust with ${personName.trim()}`
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
