import { OPENNESS_COMMITMENTS, type Cadence } from '../../../../electron/contract'
import { messages } from '../../../messages'

/**
 * Words that describe an effort or a feeling rather than something someone could see done.
 * Deliberately short and forgiving: a gentle nudge under the field, never a block.
 */
const NOT_CHECKABLE =
  /^\s*(?:i(?:\s+will|['’]ll|\s+am going to|\s+promise to)\s+)?(?:try|feel|be\s+(?:more|less|better|a better)|always|never\s+again|promise|hope|want)\b/i

const text = messages.plans.commitmentHints

export function checkableHint(behaviour: string): string | null {
  if (!NOT_CHECKABLE.test(behaviour)) return null
  return text.notCheckable
}

export interface CommitmentFields {
  behaviour: string
  cadence: Cadence
  startOn: string
  reminderTime: string
}

export interface SuggestedCommitment {
  behaviour: string
  why: string
  cadence: Cadence
}

/**
 * Transparency and limits set by oneself after a lie or a broken principle: Mend's own suggestion,
 * built on the "regulation" (self-set limits) of Dirks et al. 2011, which did not test openness.
 */
export function transparencyIdeas(todayWeekday: number): SuggestedCommitment[] {
  const [sameDay, askAnything, limit] = OPENNESS_COMMITMENTS
  return [
    { behaviour: sameDay, why: text.ideas.sameDay, cadence: { kind: 'daily' } },
    { behaviour: askAnything, why: text.ideas.askAnything, cadence: { kind: 'weekly', weekday: todayWeekday } },
    { behaviour: limit, why: text.ideas.limit, cadence: { kind: 'daily' } },
  ]
}
