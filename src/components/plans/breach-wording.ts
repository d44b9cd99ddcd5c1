import type { BreachKind } from '../../../electron/contract'
import { BREACH_KIND_LABELS } from '../../../electron/contract'
import { messages } from '../../messages'

/**
 * The breach form asks the same things from two sides: a plan is about a breach the writer
 * caused ("mine"), an assessment about one they suffered ("theirs"). Only the wording changes;
 * the answers have the same shape either way.
 */
export type BreachPerspective = 'mine' | 'theirs'

export interface BreachWording {
  severityLegend: string
  severityHint: string
  severities: ReadonlyArray<{ value: number; label: string; hint: string }>
  kinds: Readonly<Record<BreachKind, string>>
  lieHint: string
}

const text = messages.plans.breachWording

function severities(hints: readonly string[]): BreachWording['severities'] {
  return text.severityNames.map((label, index) => ({ value: index + 1, label, hint: hints[index] ?? '' }))
}

export const BREACH_WORDING: Readonly<Record<BreachPerspective, BreachWording>> = {
  mine: {
    severityLegend: text.mine.severityLegend,
    severityHint: text.mine.severityHint,
    severities: severities(text.mine.severityHints),
    kinds: BREACH_KIND_LABELS,
    lieHint: text.mine.lieHint,
  },
  theirs: {
    severityLegend: text.theirs.severityLegend,
    severityHint: text.theirs.severityHint,
    severities: severities(text.theirs.severityHints),
    kinds: text.theirs.kinds,
    lieHint: text.theirs.lieHint,
  },
}
