import {
  RATING_ITEMS,
  RATING_ITEM_TEXT,
  STEP_ANSWER_LABELS,
  type AssessmentSummaryText,
  type SummaryLine,
} from '../../contract/assessments.contract'
import { METHOD_REFERENCES } from '../../contract/method-references'
import { PLAN_STEPS, PLAN_STEP_LABELS, type Breach, type PlanStep } from '../../contract/plans.contract'
import { daysBetween } from '../repair/local-days'
import { checkAverage, tally, type AssessmentFacts, type Tally } from './trust-figures'

/**
 * A plain-language reading of an assessment: what has been seen, each line with the ledger
 * entries behind it, and what has not been seen yet, step by step. Pure.
 *
 * It describes and never judges: no line tells the writer what to do or what to conclude about
 * the person (tests/unit/core/assessment hold a list of phrases it must never use). A line that
 * cites research says no more than the work found (METHOD_REFERENCES), with its citation.
 */

/**
 * A reference point for "act, don't promise", not a finish line: this many deeds across this
 * many different weeks. The numbers are Mend's own, not a research figure; they are higher after
 * serious harm or a lie because Mend expects repair to take longer then (and after a lie trust
 * never fully recovered in Schweitzer, Hershey & Bradlow 2006, whatever was done).
 */
export function steadyRunFor(breach: Breach): { deeds: number; weeks: number } {
  return breach.involvedDeception || breach.severity >= 4 ? { deeds: 8, weeks: 8 } : { deeds: 4, weeks: 4 }
}

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']

/** "one", "two" ... "ten", then digits, as prose writes counts. */
function count(n: number): string {
  return NUMBER_WORDS[n] ?? String(n)
}

function counted(n: number, one: string, many = `${one}s`): string {
  return `${count(n)} ${n === 1 ? one : many}`
}

function times(n: number): string {
  return n === 1 ? '' : n === 2 ? ' twice' : ` ${count(n)} times`
}

/** "a", "a and b", "a, b and c". */
function listed(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('')
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`
}

function ago(day: string, today: string): string {
  const days = daysBetween(day, today)
  return days <= 0 ? 'today' : days === 1 ? 'yesterday' : `${days} days ago`
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)
const ids = (items: ReadonlyArray<{ id: number }>) => items.map((item) => item.id)
const line = (text: string, evidenceIds: number[] = []): SummaryLine => ({
  text,
  evidenceIds: [...new Set(evidenceIds)].sort((a, b) => a - b),
})

/** "They have apologized and made one amend; no actions over time yet." */
function saidAndDone(t: Tally): SummaryLine {
  const parts = [
    t.apologies.length > 0 ? `apologized${times(t.apologies.length)}` : '',
    t.explanations.length > 0 ? `given ${counted(t.explanations.length, 'explanation')}` : '',
    t.promises.length > 0 ? `made ${counted(t.promises.length, 'promise')}` : '',
    t.amends.length > 0 ? `made ${counted(t.amends.length, 'amend')}` : '',
    t.actions.length > 0 ? `taken ${counted(t.actions.length, 'action')}` : '',
  ].filter(Boolean)
  const otherWords = t.words.length - t.apologies.length - t.explanations.length - t.promises.length
  if (parts.length === 0 && otherWords > 0) parts.push(`said ${counted(otherWords, 'thing')} you noted`)
  if (parts.length === 0) return line('Nothing they have said or done is recorded yet.')
  const time =
    t.deeds.length === 0 ? '; nothing they did is recorded yet' : t.deedWeeks === 1 ? '; no actions over time yet' : ''
  return line(`They have ${listed(parts)}${time}.`, ids([...t.words, ...t.amends, ...t.actions]))
}

/** Only once deeds span more than one week: how steady they have been, and how recent. */
function overTime(t: Tally, today: string): SummaryLine | null {
  const last = t.deeds.at(-1)
  if (!last || t.deedWeeks < 2) return null
  const what = t.kept.length > 0 ? 'actions, amends and kept promises' : 'actions and amends'
  return line(
    `Together, their ${count(t.deeds.length)} ${what} fall in ${count(t.deedWeeks)} different weeks; ` +
      `the latest was ${ago(last.day, today)}.`,
    ids(t.deeds),
  )
}

function wordsOnly(t: Tally): SummaryLine | null {
  if (t.words.length === 0 || t.deeds.length > 0) return null
  return line(
    'So far everything recorded is words. Words can open a repair, but no figure here rises on them; only what ' +
      'they do, and promises they keep, can.',
    ids(t.words),
  )
}

function deception(breach: Breach): SummaryLine | null {
  if (!breach.involvedDeception) return null
  return line(
    'This involved a lie. In one study, trust harmed by a lie never fully recovered, even after a promise, an ' +
      'apology and a steady run of reliable actions; a promise still helped, though less than without a lie ' +
      `(${METHOD_REFERENCES.schweitzer.citation}). How far your trust returns, and when, is yours to decide.`,
  )
}

function promises(t: Tally): SummaryLine | null {
  if (t.promises.length === 0) return null
  const resolved = t.kept.length + t.broken.length
  const sentences: string[] = []
  if (resolved === 0) {
    sentences.push(
      t.promises.length === 1
        ? 'Their one promise has not been marked kept or broken yet, so it counts for nothing either way for now.'
        : `None of their ${count(t.promises.length)} promises has been marked kept or broken yet, so they count ` +
            'for nothing either way for now.',
    )
  } else {
    sentences.push(
      resolved === 1
        ? `The one promise you have marked was ${t.kept.length === 1 ? 'kept' : 'broken'}.`
        : t.kept.length === resolved
          ? `All ${count(resolved)} promises you have marked were kept.`
          : `${capitalized(count(t.kept.length))} of the ${count(resolved)} promises you have marked ` +
            `${t.kept.length === 1 ? 'was' : 'were'} kept.`,
    )
    if (t.open.length > 0) {
      sentences.push(
        t.open.length === 1
          ? 'One more is still open and counts for nothing until marked.'
          : `${capitalized(count(t.open.length))} more are still open and count for nothing until marked.`,
      )
    }
  }
  if (t.overdue.length > 0) {
    sentences.push(
      t.overdue.length === 1
        ? 'One open promise is past its due day; marking it kept or broken lets it count.'
        : `${capitalized(count(t.overdue.length))} open promises are past their due day; marking them kept or ` +
            'broken lets them count.',
    )
  }
  return line(sentences.join(' '), ids(t.promises))
}

function setbacks(t: Tally, breach: Breach, today: string): SummaryLine | null {
  const last = t.setbacks.at(-1)
  if (!last) return t.words.length + t.deeds.length === 0 ? null : line('No slips or broken promises are recorded.')
  const recorded = [
    t.slips.length === 0 ? '' : `${counted(t.slips.length, 'slip is', 'slips are')} recorded`,
    t.broken.length === 0 ? '' : `${counted(t.broken.length, 'promise was', 'promises were')} marked broken`,
  ].filter(Boolean)
  // A slip and the promise it broke are often recorded on the same day: one setback, not two.
  const days = [...new Set(t.setbacks.map((setback) => setback.day))]
  const before = days.at(-2)
  const those = t.setbacks.length === 1 ? 'That was' : t.setbacks.length === 2 ? 'Both were' : 'All were'
  const sentences = [
    `${capitalized(recorded.join(', and '))}${days.length > 1 ? `, on ${count(days.length)} different days` : ''}.`,
    before
      ? `The latest was ${ago(last.day, today)}, ${counted(daysBetween(before, last.day), 'day')} after the one before.`
      : `${those} ${ago(last.day, today)}, ${sinceBreach(daysBetween(breach.occurredOn, last.day))}.`,
  ]
  if (t.deeds.length > 0) {
    const since = t.deeds.filter((deed) => deed.day > last.day).length
    sentences.push(
      since === 0
        ? 'Nothing they did is recorded since then.'
        : `Since then, ${counted(since, 'action, amend or kept promise', 'actions, amends or kept promises')} ` +
            `${since === 1 ? 'is' : 'are'} recorded.`,
    )
  }
  return line(sentences.join(' '), ids(t.setbacks))
}

/** Where the first setback falls from the breach: after a stretch, on its day, or before it. */
function sinceBreach(days: number): string {
  if (days > 0) return `after ${counted(days, 'day')} without one`
  return days === 0 ? 'on the day it happened' : `${counted(-days, 'day')} before the day it happened`
}

/** "It happened 12 days ago." A day still to come (a breach dated where the clock was ahead) is said so. */
function whenItHappened(since: number): string {
  if (since === 0) return 'It happened today.'
  if (since > 0) return `It happened ${since === 1 ? 'yesterday' : `${since} days ago`}.`
  return `It is dated ${since === -1 ? 'tomorrow' : `${counted(-since, 'day')} from now`}.`
}

function checks(t: Tally): SummaryLine | null {
  const latest = t.checks.at(-1)
  if (!latest) return null
  const average = checkAverage(latest).toFixed(1)
  const lowest = Math.min(...RATING_ITEMS.map((item) => latest.ratings[item]))
  const low = RATING_ITEMS.filter((item) => latest.ratings[item] === lowest)
  // Naming the lowest helps only when it stands out: three or more tied say nothing in particular.
  const lowText =
    low.length > 2
      ? ''
      : ` Lowest in it: ${listed(low.map((item) => RATING_ITEM_TEXT[item].label.toLowerCase()))} (${lowest}).`
  const previous = t.checks.at(-2)
  if (!previous) {
    return line(`Your first check averaged ${average} of 5; the next one will show which way it moves.${lowText}`)
  }
  const change = Math.round((checkAverage(latest) - checkAverage(previous)) * 10) / 10
  const direction =
    change === 0
      ? 'the same as the one before'
      : `${change > 0 ? 'up' : 'down'} ${Math.abs(change).toFixed(1)} from the one before`
  return line(`Your latest check averaged ${average} of 5, ${direction}.${lowText}`)
}

/** "Your current answers: yes for ownership and compassion; partly for action; no answer yet for amends." */
function answers(facts: AssessmentFacts): SummaryLine | null {
  const current = (facts.answers ?? []).flatMap((group) => (group.current ? [group.current] : []))
  if (current.length === 0) return null
  const groups = (['yes', 'partly', 'not-yet', null] as const).flatMap((value) => {
    const steps = PLAN_STEPS.filter((step) => (current.find((a) => a.step === step)?.answer ?? null) === value)
    const label = value === null ? 'no answer yet' : STEP_ANSWER_LABELS[value].toLowerCase()
    return steps.length === 0 ? [] : [`${label} for ${listed(steps)}`]
  })
  return line(`Your current answers: ${groups.join('; ')}.`, [...new Set(current.flatMap((a) => a.evidenceIds))])
}

/** Per step, what has not been seen yet; a step the writer answered "yes" with evidence seen is left out. */
function missing(facts: AssessmentFacts, t: Tally): string[] {
  const tied = (step: PlanStep) => facts.evidence.some((item) => item.step === step && item.kind !== 'slip')
  const run = steadyRunFor(facts.breach)
  const notSeen: Record<PlanStep, string | null> = {
    ownership: t.apologies.length > 0 || tied('ownership') ? null : 'no apology or owning up is recorded yet.',
    compassion: tied('compassion') ? null : 'nothing recorded shows them naming the hurt from your side yet.',
    amends:
      t.amends.length > 0 || facts.evidence.some((item) => item.kind === 'action' && item.step === 'amends')
        ? null
        : 'no amend is recorded yet.',
    action:
      t.deeds.length >= run.deeds && t.deedWeeks >= run.weeks
        ? null
        : `no steady run of actions yet. For reference: ${count(run.deeds)} or more actions, amends or kept ` +
          `promises in at least ${count(run.weeks)} different weeks; so far ` +
          (t.deeds.length === 0 ? 'none.' : `${count(t.deeds.length)} in ${counted(t.deedWeeks, 'week')}.`),
  }
  const byStep = new Map((facts.answers ?? []).map((group) => [group.step, group.current ?? undefined] as const))
  return PLAN_STEPS.flatMap((step) => {
    const answer = byStep.get(step)
    const own =
      answer === undefined
        ? 'You have not answered this step yet.'
        : answer.answer === 'yes'
          ? ''
          : `Your own answer is “${STEP_ANSWER_LABELS[answer.answer].toLowerCase()}”.`
    const text = [notSeen[step] ? capitalized(notSeen[step]) : '', own].filter(Boolean).join(' ')
    return text ? [`${PLAN_STEP_LABELS[step]}: ${text}`] : []
  })
}

export function summarizeAssessment(facts: AssessmentFacts): AssessmentSummaryText {
  const t = tally(facts)
  const since = daysBetween(facts.breach.occurredOn, facts.today)
  const lines = [
    line(whenItHappened(since)),
    saidAndDone(t),
    overTime(t, facts.today),
    wordsOnly(t),
    deception(facts.breach),
    promises(t),
    setbacks(t, facts.breach, facts.today),
    checks(t),
    answers(facts),
  ].filter((item): item is SummaryLine => item !== null)
  return { lines, missing: missing(facts, t) }
}
