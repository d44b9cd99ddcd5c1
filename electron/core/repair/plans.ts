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
import type { Clock } from '../ports'
import type { Db } from '../vault/encrypted-database'
import { analyzeApologyParts } from './apology-parts'
import { createAmendStore } from './amend-store'
import { checkInStats, weeklySeries } from './check-in-stats'
import { createCommitmentStore, type CommitmentRecord } from './commitment-store'
import { expectationsFor } from './expectations'
import { CATEGORY_LABELS, checkApologyLanguage } from './language-check'
import { addDays, compareDays, daysBetween, mondayOf, todayIn } from './local-days'
import { createPlanEntries } from './plan-entries'
import { createPlanReminders } from './plan-reminders'
import { createPlanStore } from './plan-store'
import { MAX_SCHEDULE_RANGE_DAYS, dueDays } from './schedule'
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

function dueDaysUntil(commitment: CommitmentRecord, pauses: readonly DayRange[], today: string): string[] {
  const from = earliestCounted(commitment.startOn, today)
  if (compareDays(today, from) < 0) return []
  return dueDays({ ...commitment, pauses, from, to: today })
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

function buildPlans(db: Db, clock: Clock, timeZone: string) {
  const today = () => todayIn(clock.now(), timeZone)
  const store = createPlanStore(db, clock, today)
  const amends = createAmendStore(db, clock)
  const commitments = createCommitmentStore(db, clock, today)
  const entries = createPlanEntries(db)

  function withStats(record: CommitmentRecord, pauses: readonly DayRange[], checkIns: readonly CheckIn[]): Commitment {
    const day = today()
    const due = dueDaysUntil(record, pauses, day)
    const stats = checkInStats({ dueDays: due, checkIns, today: day })
    const recentFrom = addDays(day, -(RECENT_DAYS - 1))
    const recentDueDays = due.filter((dueDay) => dueDay >= recentFrom).reverse()
    const ahead = dueDays({ ...record, pauses, from: addDays(day, 1), to: addDays(day, NEXT_DUE_WITHIN_DAYS) })
    return { ...record, stats, recentDueDays, nextDueOn: ahead[0] ?? null }
  }

  /** The due days its figures count as not recorded, newest first: each can still be recorded. */
  function unrecordedDays(commitmentId: number): string[] {
    const record = commitments.get(commitmentId)
    const recorded = new Set(commitments.checkIns(commitmentId).map((checkIn) => checkIn.onDate))
    return dueDaysUntil(record, store.pausesOf(record.planId), today())
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
              dueDays: dueDaysUntil(record, pauses, day),
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
    const findings = checkApologyLanguage(text)
      .filter((finding) => wanted.includes(finding.category))
      .map((finding) => ({ ...finding, label: CATEGORY_LABELS[finding.category] }))
    return { findings, parts: step === 'ownership' ? analyzeApologyParts(text) : [] }
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
    reminders: createPlanReminders(db, clock, timeZone, store),
    today,
  }
}

export type Plans = ReturnType<typeof buildPlans>

/** Prepared statements belong to one connection, so the plans are built once per open database. */
const built = new WeakMap<Db, Plans>()

export function plansOf(db: Db, clock: Clock, timeZone: string): Plans {
  let plans = built.get(db)
  if (!plans) {
    plans = buildPlans(db, clock, timeZone)
    built.set(db, plans)
  }
  return plans
}
