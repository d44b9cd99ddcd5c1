import type { Evidence, Figure, RatingCheck, StepAnswers } from '../../contract/assessments.contract'
import { RATING_ITEMS } from '../../contract/assessments.contract'
import type { Breach } from '../../contract/plans.contract'
import { compareDays, daysBetween, mondayOf } from '../repair/local-days'

/**
 * The figures of a trust assessment. Pure: everything comes in as arguments, today included.
 *
 * The formula is Mend's own design, after METHOD.md's step 4 (act, don't promise). It is not a
 * research result: Schweitzer, Hershey & Bradlow (2006) found that a consistent run of trustworthy
 * actions restored trust, and that a promise helped too. Counting only deeds is our choice, so
 * that words on their own never move a figure:
 *
 * - A DEED is an action or an amend (on the day it was seen) or a promise marked kept (on the day
 *   it was kept). Words, open promises and slips are never deeds.
 * - A SETBACK is a recorded slip (on the day it was seen) or a promise marked broken (on the day
 *   it was broken). A slip and a broken promise on the same day are the same setback day.
 * - days since the breach = today - breach day, in whole calendar days.
 * - deeds = the number of deeds up to today.
 * - weeks with deeds = the number of distinct calendar weeks (Monday to Sunday) holding a deed:
 *   the consistency of what they did; a burst in one week counts once.
 * - kept-promise rate = kept / (kept + broken) over promises marked either way; null while none
 *   is. An open promise counts for nothing, however many there are.
 * - days since the last slip = today - the latest setback's day; null when there is none.
 * - slips = the number of recorded slips (broken promises show in the kept-promise rate, so a
 *   slip recorded for a broken promise is not counted twice).
 * - latest check = the mean of the five 1-5 ratings of the latest check (by day, then entry
 *   order), to one decimal; change = that minus the previous check's mean.
 * - words = the number of words recorded: shown for completeness, it feeds no other figure.
 *
 * So words alone never raise a figure; deeds raise the deed count and weeks; a kept promise
 * raises the kept rate and the deeds; a slip or broken promise sets the days since the last slip
 * back to zero, and a broken promise lowers the kept rate.
 */

/** What a summary or a figure needs to know about one assessment. */
export interface AssessmentFacts {
  breach: Breach
  /** The writer's calendar day now. */
  today: string
  evidence: readonly Evidence[]
  checks: readonly RatingCheck[]
  /** The four questions; only the summary reads them. */
  answers?: readonly StepAnswers[]
}

export interface DatedEvidence {
  id: number
  day: string
}

/** The counts the figures and the summary both rest on. */
export interface Tally {
  words: Evidence[]
  apologies: Evidence[]
  explanations: Evidence[]
  promises: Evidence[]
  kept: Evidence[]
  broken: Evidence[]
  open: Evidence[]
  /** Open promises whose due day has passed. */
  overdue: Evidence[]
  actions: Evidence[]
  amends: Evidence[]
  slips: Evidence[]
  /** Oldest first. */
  deeds: DatedEvidence[]
  /** Slips and broken promises, oldest first. */
  setbacks: DatedEvidence[]
  deedWeeks: number
  /** Oldest first. */
  checks: RatingCheck[]
}

const byDayThenId = (a: DatedEvidence, b: DatedEvidence) => compareDays(a.day, b.day) || a.id - b.id

export function tally(facts: AssessmentFacts): Tally {
  const seen = facts.evidence.filter((item) => compareDays(item.observedOn, facts.today) <= 0)
  const of = (kind: Evidence['kind']) => seen.filter((item) => item.kind === kind)
  const words = of('word')
  const ofType = (type: Evidence['wordType']) => words.filter((item) => item.wordType === type)
  const promises = ofType('promise')
  const resolvedBy = (outcome: 'kept' | 'broken') =>
    promises.filter(
      (item) =>
        item.resolution === outcome && item.resolvedOn !== null && compareDays(item.resolvedOn, facts.today) <= 0,
    )
  const kept = resolvedBy('kept')
  const broken = resolvedBy('broken')
  const resolved = new Set([...kept, ...broken])
  const open = promises.filter((item) => !resolved.has(item))
  const actions = of('action')
  const amends = of('amend')
  const slips = of('slip')
  const dated = (items: Evidence[], dayOf: (item: Evidence) => string) =>
    items.map((item) => ({ id: item.id, day: dayOf(item) }))
  const deeds = [
    ...dated([...actions, ...amends], (item) => item.observedOn),
    ...dated(kept, (item) => item.resolvedOn!),
  ].sort(byDayThenId)
  const setbacks = [...dated(slips, (item) => item.observedOn), ...dated(broken, (item) => item.resolvedOn!)].sort(
    byDayThenId,
  )
  return {
    words,
    apologies: ofType('apology'),
    explanations: ofType('explanation'),
    promises,
    kept,
    broken,
    open,
    overdue: open.filter((item) => item.dueOn !== null && compareDays(item.dueOn, facts.today) < 0),
    actions,
    amends,
    slips,
    deeds,
    setbacks,
    deedWeeks: new Set(deeds.map((deed) => mondayOf(deed.day))).size,
    checks: [...facts.checks]
      .filter((check) => compareDays(check.takenOn, facts.today) <= 0)
      .sort((a, b) => compareDays(a.takenOn, b.takenOn) || a.id - b.id),
  }
}

/** The mean of a check's five ratings, to one decimal. */
export function checkAverage(check: RatingCheck): number {
  const sum = RATING_ITEMS.reduce((total, item) => total + check.ratings[item], 0)
  return Math.round((sum / RATING_ITEMS.length) * 10) / 10
}

const ids = (items: ReadonlyArray<{ id: number }>) => items.map((item) => item.id)
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`

function figure(
  key: string,
  label: string,
  value: number | null,
  display: string,
  explanation: string,
  evidenceIds: number[] = [],
  checkIds: number[] = [],
): Figure {
  return { key, label, value, display, explanation, evidenceIds, checkIds }
}

export function trustFigures(facts: AssessmentFacts): Figure[] {
  const t = tally(facts)
  const { today } = facts
  const lastSetback = t.setbacks.at(-1)
  const resolved = t.kept.length + t.broken.length
  const latest = t.checks.at(-1)
  const previous = t.checks.at(-2)
  const change = latest && previous ? Math.round((checkAverage(latest) - checkAverage(previous)) * 10) / 10 : null
  const sinceBreach = daysBetween(facts.breach.occurredOn, today)

  return [
    figure(
      'days-since-breach',
      'Days since it happened',
      sinceBreach,
      plural(sinceBreach, 'day'),
      `Whole days from the day it happened (${facts.breach.occurredOn}) to today.`,
    ),
    figure(
      'deeds',
      'Actions, amends and kept promises',
      t.deeds.length,
      t.deeds.length === 0 ? 'None yet' : String(t.deeds.length),
      'Counts what they did: each action and amend, and each promise once it was kept; words, open promises and ' +
        'slips never add to it.',
      ids(t.deeds),
    ),
    figure(
      'deed-weeks',
      'Weeks with something done',
      t.deedWeeks,
      t.deedWeeks === 0 ? 'None yet' : plural(t.deedWeeks, 'week'),
      'Counts the calendar weeks (Monday to Sunday) holding at least one action, amend or kept promise, so a ' +
        'steady run over many weeks counts for more than a burst in one.',
      ids(t.deeds),
    ),
    figure(
      'kept-promise-rate',
      'Promises kept',
      resolved === 0 ? null : t.kept.length / resolved,
      resolved === 0 ? 'None marked yet' : `${t.kept.length} of ${resolved}`,
      'Kept promises divided by kept and broken ones together; a promise not yet marked either way counts for ' +
        'nothing.',
      ids([...t.kept, ...t.broken]),
    ),
    figure(
      'days-since-last-slip',
      'Days since the last slip or broken promise',
      lastSetback ? daysBetween(lastSetback.day, today) : null,
      lastSetback ? plural(daysBetween(lastSetback.day, today), 'day') : 'None recorded',
      'Whole days since the latest slip you recorded or promise you marked broken; it starts again at each one.',
      lastSetback ? [lastSetback.id] : [],
    ),
    figure(
      'slips',
      'Slips recorded',
      t.slips.length,
      String(t.slips.length),
      'Counts the repeats and other slips you recorded; broken promises count in the promises kept instead.',
      ids(t.slips),
    ),
    figure(
      'latest-check',
      'Your latest check',
      latest ? checkAverage(latest) : null,
      latest ? `${checkAverage(latest).toFixed(1)} of 5` : 'No check yet',
      'The average of the five 1-5 ratings in your most recent check.',
      [],
      latest ? [latest.id] : [],
    ),
    figure(
      'check-change',
      'Change since the check before',
      change,
      change === null
        ? 'Needs two checks'
        : change === 0
          ? 'No change'
          : `${change > 0 ? '+' : '−'}${Math.abs(change).toFixed(1)}`,
      'Your latest check’s average minus the average of the one before it.',
      [],
      latest && previous ? [previous.id, latest.id] : [],
    ),
    figure(
      'words',
      'Words recorded',
      t.words.length,
      String(t.words.length),
      'Counts what they said (apologies, promises, explanations); it is shown for completeness and moves no other ' +
        'figure.',
      ids(t.words),
    ),
  ]
}
