import type { BreachKind } from '../../../electron/contract'
import { BREACH_KIND_LABELS } from '../../../electron/contract'

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

const SEVERITY_NAMES = ['Small', 'Noticeable', 'Serious', 'Very serious', 'Grave'] as const

function severities(hints: readonly string[]): BreachWording['severities'] {
  return SEVERITY_NAMES.map((label, index) => ({ value: index + 1, label, hint: hints[index] ?? '' }))
}

export const BREACH_WORDING: Readonly<Record<BreachPerspective, BreachWording>> = {
  mine: {
    severityLegend: 'How serious was it for them?',
    severityHint: 'Greater harm takes longer to repair. Judge it from their side.',
    severities: severities([
      'A passing hurt',
      'It stayed with them for a while',
      'It changed how they see me',
      'It damaged the relationship',
      'It shook the relationship to its roots',
    ]),
    kinds: BREACH_KIND_LABELS,
    lieHint: "Be honest with yourself: trust returns more slowly after a lie, and the plan's expectations say so.",
  },
  theirs: {
    severityLegend: 'How serious was it for you?',
    severityHint: 'Greater harm takes longer to repair. Only you can judge how much it hurt.',
    severities: severities([
      'A passing hurt',
      'It stayed with me for a while',
      'It changed how I see them',
      'It damaged the relationship',
      'It shook the relationship to its roots',
    ]),
    kinds: {
      ability: 'They fell short of what they could do (a failure of ability)',
      care: 'They did not look after me (a failure of care)',
      integrity: 'They broke a principle or their word (a failure of integrity)',
    },
    lieHint: 'Trust usually returns more slowly after a lie; the summary will take that into account.',
  },
}
