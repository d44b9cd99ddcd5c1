import type { AmendAction, AmendHorizon, AmendStatus } from '../../../../electron/contract'

export interface AmendFields {
  description: string
  horizon: AmendHorizon
  dueOn: string | null
  note: string
}

export const AMEND_STATUS_LABELS: Readonly<Record<AmendStatus, string>> = {
  planned: 'Planned',
  done: 'Done',
  declined: 'Declined by them',
}

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
      title: 'Right away',
      blurb: 'Something you can do soon, to make up for part of the harm.',
      amends: of('now'),
      nudge:
        'Nothing right away yet. A prompt amend shows you take the harm seriously now, not only in principle; what you keep up over time then shows it was not a one-off.',
    },
    {
      horizon: 'over-time',
      title: 'Over time',
      blurb: 'Something you keep doing, for weeks or months, that carries part of the cost.',
      amends: of('over-time'),
      nudge:
        'Nothing over time yet. A single gesture can feel like settling a bill; amends kept up over time show the change lasts. Both together carry the most weight.',
    },
  ]
}

/** Whether an open amend's due day has passed (days as `YYYY-MM-DD`, which compare as text). */
export function isOverdue(amend: AmendAction, today: string): boolean {
  return amend.status === 'planned' && amend.dueOn !== null && amend.dueOn < today
}
