import type {
  AmendHorizon,
  AmendStatus,
  Breach,
  DismissedFinding,
  PlanStep,
  StepProgress,
  StepState,
  TheirNeed,
  WritingStep,
} from '../../contract/plans.contract'
import { COMPASSION_CATEGORIES, OPENNESS_COMMITMENTS, breachKinds } from '../../contract/plan-values'
import { analyzeApologyParts } from './apology-parts'
import { checkApologyLanguage, type LanguageCategory, type LanguageFinding } from './language-check'

/**
 * How far a repair plan has come through the four steps of METHOD.md. Pure: the caller passes
 * what is stored, and gets back for each step what is still missing and what might help.
 *
 * | Step       | Complete when                                             | Suggestions (never block)                     |
 * |------------|-----------------------------------------------------------|-----------------------------------------------|
 * | ownership  | at least MIN_WORDS words; the apology-parts analysis      | none                                          |
 * |            | finds 'responsibility'; no open language finding (any     |                                               |
 * |            | category)                                                 |                                               |
 * | compassion | at least MIN_WORDS words; no open language finding in     | no "what they need to hear" chosen: think     |
 * |            | COMPASSION_CATEGORIES                                     | about what they most need to hear             |
 * | amends     | at least one amend 'now' and one 'over-time', whatever    | every amend declined: offer something else or |
 * |            | their status (a declined offer was still made)            | ask what would help                           |
 * | action     | at least one commitment still running (no endOn, or one   | deception or an integrity breach (among its   |
 * |            | not yet passed) and at least one check-in recorded        | kinds): a commitment to openness or a         |
 * |            |                                                           | self-set limit, until one of                  |
 * |            |                                                           | OPENNESS_COMMITMENTS is kept (still running)  |
 *
 * Each step's state: 'settled' when complete and the person said they are done with it;
 * 'written' when complete; 'begun' when something is in it; 'not-started' otherwise. Repair
 * takes months, so having what a step needs never settles it by itself.
 *
 * An open finding is one the writer has neither fixed nor dismissed (see `openFindings`). Empty
 * writing gets one plain prompt rather than a list of every gap, so a new plan does not greet
 * the writer with a wall of shortcomings.
 */

/** Fewer words than this cannot say plainly what happened and what it did to them. */
export const MIN_WORDS = 15

// The compassion step's categories (the hurt made smaller, doubted, blamed on them or hurried
// past) live in the contract, so the renderer filters the same way.
export { COMPASSION_CATEGORIES }

export interface StepProgressInput {
  breach: Breach
  ownership: string
  compassion: string
  theirNeeds: readonly TheirNeed[]
  dismissed: readonly DismissedFinding[]
  amends: readonly { horizon: AmendHorizon; status: AmendStatus }[]
  commitments: readonly { endOn: string | null; behaviour?: string }[]
  /** Check-ins recorded on any of the plan's commitments, whatever their outcome. */
  checkInsRecorded: number
  /** The writer's calendar day now: a commitment ending on a later day is still running. */
  today: string
  /** Steps the person said they are done with. */
  settledSteps?: readonly PlanStep[]
}

/** The words a finding flags, as a dismissal stores them: lower-cased, so "Sorry if" and "sorry if" match. */
export function findingPhrase(text: string, finding: Pick<LanguageFinding, 'start' | 'end'>): string {
  return text.slice(finding.start, finding.end).toLowerCase()
}

function countsForStep(step: WritingStep, category: LanguageCategory): boolean {
  return step === 'ownership' || COMPASSION_CATEGORIES.includes(category)
}

/**
 * The findings in a step's writing that still need the writer's attention: those of the step's
 * categories that were not dismissed. A dismissal follows the words, not their offsets, so
 * editing elsewhere in the text does not bring a dismissed finding back.
 */
export function openFindings(
  step: WritingStep,
  text: string,
  dismissed: readonly DismissedFinding[],
): LanguageFinding[] {
  return checkApologyLanguage(text).filter((finding) => {
    if (!countsForStep(step, finding.category)) return false
    const phrase = findingPhrase(text, finding)
    return !dismissed.some(
      (d) => d.step === step && d.category === finding.category && d.phrase.toLowerCase() === phrase,
    )
  })
}

export function stepProgress(input: StepProgressInput): StepProgress[] {
  const begun: Readonly<Record<PlanStep, boolean>> = {
    ownership: wordCount(input.ownership) > 0,
    compassion: wordCount(input.compassion) > 0,
    amends: input.amends.length > 0,
    action: input.commitments.length > 0,
  }
  const settled = new Set(input.settledSteps ?? [])
  return [ownershipProgress(input), compassionProgress(input), amendsProgress(input), actionProgress(input)].map(
    (progress) => ({ ...progress, state: stateOf(progress, begun[progress.step], settled.has(progress.step)) }),
  )
}

function stateOf(progress: Omit<StepProgress, 'state'>, begun: boolean, settled: boolean): StepState {
  if (progress.complete) return settled ? 'settled' : 'written'
  return begun ? 'begun' : 'not-started'
}

function progress(
  step: StepProgress['step'],
  missing: string[],
  suggestions: string[] = [],
): Omit<StepProgress, 'state'> {
  return { step, complete: missing.length === 0, missing, suggestions }
}

/** The same words, whatever their case and spacing. */
function sameWords(a: string, b: string): boolean {
  const norm = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase()
  return norm(a) === norm(b)
}

/** A running commitment that is one of the openness commitments the action step offers. */
function keepsOpenness(commitments: StepProgressInput['commitments'], today: string): boolean {
  return commitments.some(
    (commitment) =>
      (commitment.endOn === null || commitment.endOn >= today) &&
      OPENNESS_COMMITMENTS.some((idea) => sameWords(idea, commitment.behaviour ?? '')),
  )
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length
}

function tooShort(words: number, about: string): string {
  return `Say a little more about ${about}: at least ${MIN_WORDS} words (you have ${words} so far).`
}

function findingsMessage(count: number): string {
  return count === 1
    ? '1 phrase flagged by the language check: fix or dismiss it.'
    : `${count} phrases flagged by the language check: fix or dismiss them.`
}

function ownershipProgress({ ownership, dismissed }: StepProgressInput) {
  const words = wordCount(ownership)
  if (words === 0) return progress('ownership', ['Say in your own words what you did.'])
  const missing: string[] = []
  if (words < MIN_WORDS) missing.push(tooShort(words, 'what you did'))
  const responsibility = analyzeApologyParts(ownership).find((part) => part.part === 'responsibility')
  if (!responsibility?.present)
    missing.push('Name what you did as your own act, in the first person, for example "I broke my promise to you."')
  const open = openFindings('ownership', ownership, dismissed).length
  if (open > 0) missing.push(findingsMessage(open))
  return progress('ownership', missing)
}

function compassionProgress({ compassion, dismissed, theirNeeds }: StepProgressInput) {
  const suggestions =
    theirNeeds.length === 0
      ? [
          'Think about what they most need to hear from you: that you are sorry, that it was your doing, ' +
            'that you will make it right, that it will not happen again, or a gentle request for forgiveness.',
        ]
      : []
  const words = wordCount(compassion)
  if (words === 0) return progress('compassion', ['Describe how this affected them, from their side.'], suggestions)
  const missing: string[] = []
  if (words < MIN_WORDS) missing.push(tooShort(words, 'how it affected them'))
  const open = openFindings('compassion', compassion, dismissed).length
  if (open > 0) missing.push(findingsMessage(open))
  return progress('compassion', missing, suggestions)
}

function amendsProgress({ amends }: StepProgressInput) {
  const missing: string[] = []
  // A declined offer still counts: it was made, and whether to accept is theirs to decide.
  if (!amends.some((amend) => amend.horizon === 'now')) missing.push('Add something you can do right away.')
  if (!amends.some((amend) => amend.horizon === 'over-time'))
    missing.push('Add something you will keep doing over time.')
  const allDeclined = amends.length > 0 && amends.every((amend) => amend.status === 'declined')
  const suggestions = allDeclined
    ? [
        'They have turned down what you offered so far. You could offer something else, or ask what would help, ' +
          'and accept it if the answer is "nothing for now".',
      ]
    : []
  return progress('amends', missing, suggestions)
}

function actionProgress({ breach, commitments, checkInsRecorded, today }: StepProgressInput) {
  const missing: string[] = []
  if (commitments.length === 0)
    missing.push('Add a commitment: something concrete you will do regularly, which they could notice.')
  else if (!commitments.some((commitment) => commitment.endOn === null || commitment.endOn >= today))
    missing.push('All your commitments have ended. Add one you are still keeping.')
  if (checkInsRecorded === 0) missing.push('Record your first check-in when a commitment falls due.')
  // Mend's own suggestion. It builds on the "regulation" of Dirks et al. (2011), limits people set
  // on themselves, which repaired trust by showing repentance; that study did not test openness,
  // and found such signs counted for less after a lapse of integrity than one of competence.
  const brokePrinciple = breachKinds(breach).includes('integrity')
  const suggestions =
    (breach.involvedDeception || brokePrinciple) && !keepsOpenness(commitments, today)
      ? [
          `Because ${breach.involvedDeception ? 'this involved deceiving them' : 'this broke a principle or your word'}, ` +
            'consider a commitment to openness, such as telling them about the things they worry about before ' +
            'they have to ask, or a limit you set on yourself that makes a repeat harder.',
        ]
      : []
  return progress('action', missing, suggestions)
}
