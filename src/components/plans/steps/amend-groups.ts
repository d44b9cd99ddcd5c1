import type { AmendAction, AmendHorizon, AmendStatus } from '../../../../electron/contract'
import { messages } from '../../../messages'

export interface AmendFields {
  description: string
  horizon: AmendHorizon
  dueOn: string | null
  note: string
}

const text = messages.plans.amendGroups

export const AMEND_STATUS_LABELS: Readonly<Record<AmendStatus, string>> = text.statuses

export interface AmendGroup {
  horizon: AmendHorizon
  title: string
  blurb: string
  amends: AmendAction[]
  /** Shown when this group is empty and the other is not: why both kinds matter. */
  nudge: string
}

/**
 * The two groups of the amends step. Within a group, open amends come first by due date (undated
 * last), then done and declined ones, so what still needs doing stays at the top.
 */
export function groupAmends(amends: readonly AmendAction[]): AmendGroup[] {
  const order = (a: AmendAction, b: AmendAction): number => {
    const openA = a.status === 'planned' ? 0 : 1
    const openB = b.status === 'planned' ? 0 : 1
    if (openA !== openB) return openA - openB
    if (a.dueOn !== b.dueOn) return a.dueOn === null ? 1 : b.dueOn === null ? -1 : a.dueOn < b.dueOn ? -1 : 1
    return a.id - b.id
  }
  const of = (horizon: AmendHorizon) => amends.filter((amend) => amend.horizon === horizon).sort(order)
  return [
    {
      horizon: 'now',
      ...text.now,
      amends: of('now'),
    },
    {
      horizon: 'over-time',
      ...text.overTime,
      amends: of('over-time'),
    },
  ]
}

/** Whether an open amend's due day has passed (days as `YYYY-MM-DD`, which compare as text). */
export function isOverdue(amend: AmendAction, today: string): boolean {
  return amend.status === 'planned' && amend.dueOn !== null && amend.dueOn < today
}
