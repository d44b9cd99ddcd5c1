import type {
  CheckIn,
  CheckInStats,
  Commitment,
  DayRange,
  PlanOverview,
  PlanSummary,
  RepairPlan,
  WritingStep,
} from '../../contract/plans.contract'
import { zoneResolver, type Clock, type TimeZoneSource } from '../ports'
import type { Db } from '../vault/encrypted-database'
import { analyzeApologyParts } from './apology-parts'
import { createAmendStore } from './amend-store'
import { checkInStats, weeklySeries } from './check-in-stats'
import { createCommitmentStore, type CommitmentRecord } from './commitment-store'
import { expectationsFor } from './expectations'
import { CATEGORY_LABELS, LANGUAGE_CATEGORIES, checkApologyLanguage } from './language-check'
import { addDays, compareDays, daysBetween, mondayOf, todayIn } from './local-days'
import { createPlanEntries } from './plan-entries'
import { createPlanReminders } from './plan-reminders'
import { createPlanStore } from './plan-store'
import { MAX_SCHEDULE_RANGE_DAYS, dueDays, type EarlierCadence } from './schedule'
import { COMPASSION_CATEGORIES, stepProgress } from './step-progress'

/** The check-in recorder offers the due days of this many days, today included. */
export const RECENT_DAYS = 14

/** The chart shows at most this many weeks, the most recent. */
export const CHART_WEEKS = 26

/** How far ahead the next due day is looked for: past any monthly cadence, even across a short pause. */
const NEXT_DUE_WITHIN_DAYS = 62

/** The oldest day a figure looks back to: schedules refuse longer windows (see schedule.ts). */
function earliestCounted(startOn: string, today: string): string {
  const floor = addDays(today, -(MAX_SCHEDULE_RANGE_DAYS - 2))
  return compareDays(startOn, floor) < 0 ? floor : startOn
}

/**
 * The days a commitment's figures count, up to today: the days it was due under the cadence
 * that applied on each (a cadence change rewrites no past day), and every day with a recorded
 * check-in, whatever the cadence or start says now (issue 23: a record is never hidden).
 */
function countedDaysUntil(
  commitment: CommitmentRecord,
  schedule: { pauses: readonly DayRange[]; earlierCadences: readonly EarlierCadence[] },
  checkIns: readonly CheckIn[],
  today: string,
): string[] {
  const from = earliestCounted(commitment.startOn, today)
  const due = compareDays(today, from) < 0 ? [] : dueDays({ ...commitment, ...schedule, from, to: today })
  const floor = addDays(today, -(MAX_SCHEDULE_RANGE_DAYS - 2))
  const recorded = checkIns.map((checkIn) => checkIn.onDate).filter((day) => day <= today && day >= floor)
  return [...new Set([...due, ...recorded])].sort()
}

/**
 * Adds the figures of several commitments. The kept rate is over all judged days; the streaks
 * are the best single commitment's, since "days in a row" has no meaning across cadences.
 */
function combinedStats(all: readonly CheckInStats[]): CheckInStats {
  const sum = (pick: (stats: CheckInStats) => number) => all.reduce((total, stats) => total + pick(stats), 0)
  const kept = sum((s) => s.kept)
  const missed = sum((s) => s.missed)
  return {
    due: sum((s) => s.due),
    kept,
    missed,
    notApplicable: sum((s) => s.notApplicable),
    unrecorded: sum((s) => s.unrecorded),
    keptRate: kept + missed === 0 ? null : kept / (kept + missed),
    currentStreak: Math.max(0, ...all.map((s) => s.currentStreak)),
    longestStreak: Math.max(0, ...all.map((s) => s.longestStreak)),
  }
}

function buildPlans(db: Db, clock: Clock, zone: () => string) {
  const today = () => todayIn(clock.now(), zone())
  const store = createPlanStore(db, clock, today)
  const amends = createAmendStore(db, clock)
  const commitments = createCommitmentStore(db, clock, today)
  const entries = createPlanEntries(db)

  const scheduleOf = (record: CommitmentRecord, pauses: readonly DayRange[]) => ({
    pauses,
    earlierCadences: commitments.earlierCadences(record.id),
  })

  function withStats(record: CommitmentRecord, pauses: readonly DayRange[], checkIns: readonly CheckIn[]): Commitment {
    const day = today()
    const due = countedDaysUntil(record, scheduleOf(record, pauses), checkIns, day)
    const stats = checkInStats({ dueDays: due, checkIns, today: day })
    const recentFrom = addDays(day, -(RECENT_DAYS - 1))
    const recentDueDays = due.filter((dueDay) => dueDay >= recentFrom).reverse()
    const ahead = dueDays({ ...record, pauses, from: addDays(day, 1), to: addDays(day, NEXT_DUE_WITHIN_DAYS) })
    return { ...record, stats, recentDueDays, nextDueOn: ahead[0] ?? null }
  }

  /** The due days its figures count as not recorded, newest first: each can still be recorded. */
  function unrecordedDays(commitmentId: number): string[] {
    const record = commitments.get(commitmentId)
    const checkIns = commitments.checkIns(commitmentId)
    const recorded = new Set(checkIns.map((checkIn) => checkIn.onDate))
    return countedDaysUntil(record, scheduleOf(record, store.pausesOf(record.planId)), checkIns, today())
      .filter((day) => !recorded.has(day))
      .reverse()
  }

  function checkInsByCommitment(planId: number): Map<number, CheckIn[]> {
    const grouped = new Map<number, CheckIn[]>()
    for (const checkIn of commitments.checkInsOfPlan(planId)) {
      const list = grouped.get(checkIn.commitmentId) ?? []
      list.push(checkIn)
      grouped.set(checkIn.commitmentId, list)
    }
    return grouped
  }

  function progressOf(plan: RepairPlan, checkInsRecorded: number) {
    return stepProgress({
      breach: plan.breach,
      ownership: plan.ownership,
      compassion: plan.compassion,
      theirNeeds: plan.theirNeeds,
      dismissed: plan.dismissed,
      amends: amends.list(plan.id),
      commitments: commitments.list(plan.id),
      checkInsRecorded,
      today: today(),
      settledSteps: plan.settledSteps,
    })
  }

  function overview(id: number): PlanOverview {
    const plan = store.get(id)
    const day = today()
    const pauses = store.pausesOf(id)
    const checkIns = checkInsByCommitment(id)
    const records = commitments.list(id)
    const withFigures = records.map((record) => withStats(record, pauses, checkIns.get(record.id) ?? []))
    const firstStart = records.map((record) => record.startOn).sort()[0] ?? day
    const chartFrom = [earliestCounted(firstStart, day), addDays(mondayOf(day), -7 * (CHART_WEEKS - 1))].sort()[1]!
    const weeks =
      records.length === 0 || compareDays(day, chartFrom) < 0
        ? []
        : weeklySeries({
            commitments: records.map((record) => ({
              dueDays: countedDaysUntil(record, scheduleOf(record, pauses), checkIns.get(record.id) ?? [], day),
              checkIns: checkIns.get(record.id) ?? [],
            })),
            from: chartFrom,
            to: day,
            today: day,
          })
    return {
      plan,
      steps: progressOf(
        plan,
        [...checkIns.values()].reduce((n, list) => n + list.length, 0),
      ),
      expectations: expectationsFor(plan.breach),
      daysSinceBreach: daysBetween(plan.breach.occurredOn, day),
      today: day,
      amends: amends.list(id),
      commitments: withFigures,
      stats: combinedStats(withFigures.map((commitment) => commitment.stats)),
      weeks,
      entries: entries.list(id),
    }
  }

  function list(): PlanSummary[] {
    return store.list().map((plan) => ({
      id: plan.id,
      title: plan.title,
      personId: plan.personId,
      personName: plan.personName,
      status: plan.status,
      occurredOn: plan.breach.occurredOn,
      stepsComplete: progressOf(plan, commitments.checkInsOfPlan(plan.id).length).filter((step) => step.complete)
        .length,
      updatedAt: plan.updatedAt,
    }))
  }

  /** The live check: every finding for ownership, only the compassion categories for compassion. */
  function checkWriting(step: WritingStep, text: string) {
    const wanted: readonly string[] = step === 'ownership' ? Object.keys(CATEGORY_LABELS) : COMPASSION_CATEGORIES
    const all = checkApologyLanguage(text)
    const findings = all
      .filter((finding) => wanted.includes(finding.category))
      .map((finding) => ({ ...finding, label: CATEGORY_LABELS[finding.category] }))
    const lookedFor = LANGUAGE_CATEGORIES.filter((category) => wanted.includes(category))
    return { findings, parts: step === 'ownership' ? analyzeApologyParts(text, all) : [], lookedFor }
  }

  function commitment(id: number): Commitment {
    const record = commitments.get(id)
    return withStats(record, store.pausesOf(record.planId), commitments.checkIns(id))
  }

  return {
    get: store.get,
    list,
    create: store.create,
    update: store.update,
    setStatus: store.setStatus,
    delete: store.delete,
    overview,
    checkWriting,
    amends,
    commitments: {
      get: commitment,
      add: (draft: Parameters<typeof commitments.add>[0]) => commitment(commitments.add(draft).id),
      update: (patch: Parameters<typeof commitments.update>[0]) => commitment(commitments.update(patch).id),
      delete: commitments.delete,
      recordCheckIn: commitments.recordCheckIn,
      clearCheckIn: commitments.clearCheckIn,
      checkIns: (commitmentId: number) => {
        commitments.get(commitmentId)
        return commitments.checkIns(commitmentId)
      },
      unrecordedDays,
    },
    entries,
    reminders: createPlanReminders(db, clock, zone, store),
    today,
  }
}

export type Plans = ReturnType<typeof buildPlans>

/** Prepared statements belong to one connection, so the plans are built once per open database. */
const built = new WeakMap<Db, { plans: Plans; zone: { source: () => string } }>()

/**
 * The plans of an open database. The zone is asked on every use, and the latest caller's source
 * is the one asked: a zone captured when the plans were first built would stay behind after a
 * flight (issue 23).
 */
export function plansOf(db: Db, clock: Clock, timeZone: TimeZoneSource): Plans {
  let entry = built.get(db)
  if (!entry) {
    const zone = { source: zoneResolver(timeZone) }
    entry = { plans: buildPlans(db, clock, () => zone.source()), zone }
    built.set(db, entry)
  } else entry.zone.source = zoneResolver(timeZone)
  return entry.plans
}
