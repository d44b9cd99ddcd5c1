import type { Entry } from '../../contract/journal.contract'
import type { AmendAction, CheckIn, CheckInStats, Commitment, RepairPlan } from '../../contract/plans.contract'
import { checkInStats, weeklySeries } from '../repair/check-in-stats'
import { expectationsFor } from '../repair/expectations'
import { addDays, compareDays, daysBetween, mondayOf } from '../repair/local-days'
import { dueDays } from '../repair/schedule'
import { stepProgress } from '../repair/step-progress'
import type { PlanPdfSource } from './plan-sections'
import * as text from './sample-plan-text'

export interface SamplePlanSize {
  /** How many amends: the five written ones, then numbered extras. Default 5. */
  amends?: number
  /** How many check-ins are recorded, the most recent due days first. Default 84. */
  checkIns?: number
}

/** The sample's fixed "today", so the same sample always prints the same document. */
export const SAMPLE_TODAY = '2026-11-20'

/** A small deterministic generator: the sample must not change between runs. */
function seeded(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648
    return state / 2_147_483_648
  }
}

function sampleAmends(count: number): AmendAction[] {
  return Array.from({ length: count }, (_, index) => {
    const written = text.SAMPLE_AMENDS[index]
    const extra = {
      description: `Small repair ${index + 1}: keep the promise made in session ${index - 3}, and say when it is done`,
      horizon: index % 2 === 0 ? ('over-time' as const) : ('now' as const),
      status: index % 3 === 0 ? ('done' as const) : ('planned' as const),
      dueOn: addDays('2026-04-01', index * 7),
      note: index % 4 === 0 ? 'Agreed together with Dr. Müller.' : '',
    }
    return {
      id: index + 1,
      planId: 1,
      createdAt: `2026-03-${String(10 + (index % 18)).padStart(2, '0')}T20:00:00.000Z`,
      ...(written ?? extra),
    }
  })
}

/**
 * The commitments start early enough for their due days to hold `wanted` check-ins (with a few
 * days left unrecorded, as in life); each due day's outcome comes from the seeded generator, with
 * more misses early on than later.
 */
function sampleCheckIns(wanted: number) {
  const random = seeded(20_260_303)
  const schedule = (startOn: string) =>
    text.SAMPLE_COMMITMENTS.map((draft, index) => ({
      ...draft,
      id: index + 1,
      startOn,
      due: dueDays({ cadence: draft.cadence, startOn, from: startOn, to: SAMPLE_TODAY }),
    }))
  // The latest start whose due days (today left open, one in 23 unrecorded) hold `wanted` check-ins.
  let startOn = SAMPLE_TODAY
  let records = schedule(startOn)
  while (records.reduce((sum, record) => sum + record.due.length - 1, 0) * (22 / 23) < wanted) {
    startOn = addDays(startOn, -1)
    records = schedule(startOn)
  }
  const allDue = records
    .flatMap((record) => record.due.map((day) => ({ record, day })))
    .sort((a, b) => compareDays(b.day, a.day) || a.record.id - b.record.id)
  const checkIns: Array<CheckIn & { behaviour: string }> = []
  for (const [index, { record, day }] of allDue.entries()) {
    if (checkIns.length >= wanted) break
    // Today is still open, and now and then a day goes unrecorded.
    if (day === SAMPLE_TODAY || index % 23 === 7) continue
    const progress = daysBetween(startOn, day) / Math.max(1, daysBetween(startOn, SAMPLE_TODAY))
    const roll = random()
    const outcome = roll < 0.2 - progress * 0.14 ? 'missed' : roll > 0.95 ? 'not-applicable' : 'kept'
    const notes = text.SAMPLE_CHECK_IN_NOTES[record.id - 1] ?? []
    const note = notes[Math.floor(random() * notes.length)] ?? ''
    checkIns.push({
      commitmentId: record.id,
      onDate: day,
      outcome,
      note: outcome === 'missed' ? (text.SAMPLE_MISSED_NOTES[record.id - 1] ?? '') : note,
      recordedAt: `${day}T21:30:00.000Z`,
      behaviour: record.behaviour,
    })
  }
  return { records, checkIns }
}

function combined(all: readonly CheckInStats[]): CheckInStats {
  const sum = (pick: (stats: CheckInStats) => number) => all.reduce((total, stats) => total + pick(stats), 0)
  const kept = sum((stats) => stats.kept)
  const missed = sum((stats) => stats.missed)
  return {
    due: sum((stats) => stats.due),
    kept,
    missed,
    notApplicable: sum((stats) => stats.notApplicable),
    unrecorded: sum((stats) => stats.unrecorded),
    keptRate: kept + missed === 0 ? null : kept / (kept + missed),
    currentStreak: Math.max(0, ...all.map((stats) => stats.currentStreak)),
    longestStreak: Math.max(0, ...all.map((stats) => stats.longestStreak)),
  }
}

function sampleEntries(): Entry[] {
  return text.SAMPLE_ENTRIES.map((entry, index) => ({
    id: index + 1,
    kind: 'journal',
    starred: index === 0,
    personIds: [1],
    createdAt: `${entry.entryDate}:00.000Z`,
    updatedAt: `${entry.entryDate}:00.000Z`,
    trashedAt: null,
    ...entry,
  }))
}

/**
 * A complete, realistic repair plan that needs no journal: what `mend export-pdf --sample` prints,
 * what the PDF tests check, and what the README's pictures show. Figures come from the same
 * functions the app uses (due days, check-in stats, weekly series, step progress, expectations).
 */
export function samplePlanSource(size: SamplePlanSize = {}): PlanPdfSource {
  const amends = sampleAmends(size.amends ?? text.SAMPLE_AMENDS.length)
  const { records, checkIns } = sampleCheckIns(size.checkIns ?? 84)
  const commitments: Commitment[] = records.map((record) => ({
    id: record.id,
    planId: 1,
    behaviour: record.behaviour,
    cadence: record.cadence,
    startOn: record.startOn,
    endOn: null,
    reminderTime: '20:00',
    createdAt: `${record.startOn}T08:00:00.000Z`,
    stats: checkInStats({
      dueDays: record.due,
      checkIns: checkIns.filter((checkIn) => checkIn.commitmentId === record.id),
      today: SAMPLE_TODAY,
    }),
    recentDueDays: [],
    nextDueOn: null,
  }))
  const breach = {
    whatHappened: text.SAMPLE_WHAT_HAPPENED,
    occurredOn: '2026-02-27',
    severity: 4,
    kind: 'integrity' as const,
    kinds: ['integrity' as const],
    involvedDeception: true,
  }
  const plan: RepairPlan = {
    id: 1,
    personId: 1,
    personName: text.SAMPLE_PERSON,
    title: text.SAMPLE_TITLE,
    breach,
    status: 'active',
    ownership: text.SAMPLE_OWNERSHIP,
    compassion: text.SAMPLE_COMPASSION,
    theirNeeds: ['responsibility', 'change'],
    dismissed: [],
    settledSteps: [],
    privateNotes: text.SAMPLE_PRIVATE_NOTES,
    createdAt: '2026-03-09T19:12:00.000Z',
    updatedAt: `${SAMPLE_TODAY}T08:00:00.000Z`,
  }
  const chartFrom = [records[0]?.startOn ?? SAMPLE_TODAY, addDays(mondayOf(SAMPLE_TODAY), -7 * 25)].sort()[1]!
  const entries = sampleEntries()
  return {
    overview: {
      plan,
      steps: stepProgress({ ...plan, amends, commitments, checkInsRecorded: checkIns.length, today: SAMPLE_TODAY }),
      expectations: expectationsFor(breach),
      daysSinceBreach: daysBetween(breach.occurredOn, SAMPLE_TODAY),
      today: SAMPLE_TODAY,
      amends,
      commitments,
      stats: combined(commitments.map((commitment) => commitment.stats)),
      weeks: weeklySeries({
        commitments: records.map((record) => ({
          dueDays: record.due,
          checkIns: checkIns.filter((checkIn) => checkIn.commitmentId === record.id),
        })),
        from: chartFrom,
        to: SAMPLE_TODAY,
        today: SAMPLE_TODAY,
      }),
      entries: entries.map(({ body, createdAt: _created, updatedAt: _updated, ...summary }) => ({
        ...summary,
        excerpt: body.slice(0, 200),
      })),
    },
    checkIns,
    entries,
    people: new Map([
      [1, text.SAMPLE_PERSON],
      [2, text.SAMPLE_SISTER],
    ]),
  }
}
