import type { Cadence } from '../../../../electron/contract'

/**
 * Words that describe an effort or a feeling rather than something someone could see done.
 * Deliberately short and forgiving: a gentle nudge under the field, never a block.
 */
const NOT_CHECKABLE =
  /^\s*(?:i(?:\s+will|['’]ll|\s+am going to|\s+promise to)\s+)?(?:try|feel|be\s+(?:more|less|better|a better)|always|never\s+again|promise|hope|want)\b/i

export function checkableHint(behaviour: string): string | null {
  if (!NOT_CHECKABLE.test(behaviour)) return null
  return 'Efforts and feelings are hard for anyone to check. Could you name something they could see you do, like “Call when I will be more than 15 minutes late”?'
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
 * Transparency and limits set by oneself: after a lie or a broken principle, a regular, visible
 * practice shows change where words no longer count for much (Dirks et al. 2011 on "regulation").
 */
export function transparencyIdeas(todayWeekday: number): SuggestedCommitment[] {
  return [
    {
      behaviour: 'Tell them the same day about anything they would want to know, before they have to ask',
      why: 'Openness offered, not extracted.',
      cadence: { kind: 'daily' },
    },
    {
      behaviour: 'Sit down with them for a check-in where they may ask me anything, and answer fully',
      why: 'A regular place for hard questions.',
      cadence: { kind: 'weekly', weekday: todayWeekday },
    },
    {
      behaviour: 'Keep to the limit I set myself, and tell them the same day if I slip',
      why: 'A limit you choose, kept where they can see it.',
      cadence: { kind: 'daily' },
    },
  ]
}
