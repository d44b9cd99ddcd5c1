import type { AmendAction, Commitment, PlanOverview, PlanStep } from '../../../electron/contract'
import { messages } from '../../messages'

const text = messages.plans.todayPrompt

/** One gentle next step on a plan: what to say, and which step it opens. */
export interface TodayPrompt {
  text: string
  step: PlanStep | null
  link: string | null
}

/**
 * The one prompt a plan's Today shows: the first thing in the order of the method that is still
 * open, said kindly. Only one, so a plan never greets its writer with a list of what is missing.
 */
export function todayPrompt(overview: PlanOverview): TodayPrompt {
  const name = overview.plan.personName
  const state = (step: PlanStep) => overview.steps.find((progress) => progress.step === step)?.state ?? 'not-started'
  const prompt = (words: string, step: PlanStep | null, link: string | null = null): TodayPrompt => ({
    text: words,
    step,
    link,
  })

  if (state('ownership') === 'not-started') return prompt(text.beginOwnership, 'ownership', text.writeWhatIDid)
  if (state('ownership') === 'begun') return prompt(text.continueOwnership, 'ownership', text.continueWriting)
  if (state('compassion') === 'not-started')
    return prompt(text.beginCompassion(name), 'compassion', text.writeAboutTheirSide)
  if (state('compassion') === 'begun') return prompt(text.continueCompassion(name), 'compassion', text.continueWriting)
  if (state('amends') !== 'written' && state('amends') !== 'settled')
    return prompt(text.planAmends, 'amends', text.planAmendsLink)
  if (state('action') === 'not-started') return prompt(text.chooseCommitment(name), 'action', text.chooseCommitmentLink)
  if (state('action') === 'begun') return prompt(text.firstCheckIn, 'action', text.checkInsLink)
  const action = overview.steps.find((progress) => progress.step === 'action')
  if (action?.suggestions[0]) return prompt(action.suggestions[0], 'action', text.seeIdeas)
  if (overview.steps.some((progress) => progress.state === 'written'))
    return prompt(text.readItBack(name), 'ownership', text.readItAgain)
  return prompt(text.keepGoing(name), null)
}

/** The amend to do next: the earliest due of those still planned, then any undated one. */
export function nextAmend(amends: readonly AmendAction[]): AmendAction | null {
  const open = amends.filter((amend) => amend.status === 'planned')
  return [...open].sort((a, b) => (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999') || a.id - b.id)[0] ?? null
}

/** The running commitment that falls due soonest after today. */
export function nextCheckIn(commitments: readonly Commitment[]): Commitment | null {
  const coming = commitments.filter((commitment) => commitment.nextDueOn !== null)
  return [...coming].sort((a, b) => a.nextDueOn!.localeCompare(b.nextDueOn!) || a.id - b.id)[0] ?? null
}
