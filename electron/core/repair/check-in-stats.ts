import type { CheckInOutcome } from '../../contract/plan-values'
import { addDays, compareDays, mondayOf } from './local-days'
import { assertWindow } from './schedule'

/**
 * How a commitment has been kept, from its due days and check-ins. Only due days up to today
 * count: a day still to come cannot have been kept or missed. Only the days passed in count;
 * plans.ts passes every day with a recorded check-in among them, so a record always counts,
 * whatever the cadence or start date say now.
 */

export interface RecordedCheckIn {
  onDate: string
  outcome: CheckInOutcome
}

export interface CheckInCounts {
  /** Due days up to and including today. */
  due: number
  kept: number
  missed: number
  notApplicable: number
  /** Due days up to and including today with no check-in yet. */
  unrecorded: number
}

export interface CheckInStats extends CheckInCounts {
  /**
   * kept / (kept + missed), or null when there is neither. Not-applicable days (the chance
   * never came) and unrecorded ones (we do not know) are left out rather than counted as
   * misses, so the rate says how often the person did it when it was theirs to do.
   */
  keptRate: number | null
  /** Kept due days in a row, ending at the latest due day up to today. */
  currentStreak: number
  longestStreak: number
}

/** One outcome per day; when a day was recorded twice the later record in the list wins. */
function outcomesByDay(checkIns: readonly RecordedCheckIn[]): Map<string, CheckInOutcome> {
  return new Map(checkIns.map((c) => [c.onDate, c.outcome]))
}

/** The distinct due days up to today, earliest first. */
function pastDueDays(dueDays: readonly string[], today: string): string[] {
  return [...new Set(dueDays)].filter((d) => compareDays(d, today) <= 0).sort(compareDays)
}

function emptyCounts(): CheckInCounts {
  return { due: 0, kept: 0, missed: 0, notApplicable: 0, unrecorded: 0 }
}

function count(counts: CheckInCounts, outcome: CheckInOutcome | undefined): void {
  counts.due++
  if (outcome === 'kept') counts.kept++
  else if (outcome === 'missed') counts.missed++
  else if (outcome === 'not-applicable') counts.notApplicable++
  else counts.unrecorded++
}

export function checkInStats(input: {
  dueDays: readonly string[]
  checkIns: readonly RecordedCheckIn[]
  today: string
}): CheckInStats {
  const outcomes = outcomesByDay(input.checkIns)
  const counts = emptyCounts()
  let run = 0
  let longestStreak = 0
  for (const day of pastDueDays(input.dueDays, input.today)) {
    const outcome = outcomes.get(day)
    count(counts, outcome)
    if (outcome === 'kept') {
      run++
      longestStreak = Math.max(longestStreak, run)
    } else if (outcome === 'missed') {
      run = 0
    } else if (outcome === undefined && day !== input.today) {
      // An earlier day nobody recorded is not known to be kept; today still has time.
      run = 0
    }
    // Not applicable: the chance never came, so the streak neither grows nor breaks.
  }
  const judged = counts.kept + counts.missed
  return {
    ...counts,
    keptRate: judged === 0 ? null : counts.kept / judged,
    currentStreak: run,
    longestStreak,
  }
}

export interface WeekCounts extends CheckInCounts {
  /** The Monday that starts the week. */
  weekStart: string
}

/**
 * Counts per Monday-to-Sunday week for every week that overlaps `[from, to]`, earliest first,
 * summed over the commitments. Only due days inside `[from, to]` and up to today count, so a
 * week cut by the window's edge shows just its days in the window, and weeks still to come
 * show zeros rather than disappearing from the chart.
 */
export function weeklySeries(input: {
  commitments: readonly { dueDays: readonly string[]; checkIns: readonly RecordedCheckIn[] }[]
  from: string
  to: string
  today: string
}): WeekCounts[] {
  assertWindow(input.from, input.to)
  if (compareDays(input.to, input.from) < 0) return []
  const weeks = new Map<string, WeekCounts>()
  for (let monday = mondayOf(input.from); compareDays(monday, input.to) <= 0; monday = addDays(monday, 7)) {
    weeks.set(monday, { weekStart: monday, ...emptyCounts() })
  }
  const last = compareDays(input.today, input.to) < 0 ? input.today : input.to
  for (const commitment of input.commitments) {
    const outcomes = outcomesByDay(commitment.checkIns)
    for (const day of pastDueDays(commitment.dueDays, last)) {
      const week = compareDays(day, input.from) >= 0 ? weeks.get(mondayOf(day)) : undefined
      if (week) count(week, outcomes.get(day))
    }
  }
  return [...weeks.values()]
}
