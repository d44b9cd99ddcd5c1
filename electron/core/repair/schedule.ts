import type { Cadence, DayRange } from '../../contract/plan-values'
import { addDays, compareDays, daysBetween, daysInMonth, weekdayOf } from './local-days'

/**
 * When a commitment is due: its cadence, from the day it starts to the day it ends (if it
 * does), except while it is paused. All days are local calendar days (`YYYY-MM-DD`). A cadence
 * changed on a day applies from that day on; the days before keep the cadence they had.
 */

/** A cadence the commitment had before: it applied to the days before `untilDay`. */
export interface EarlierCadence {
  untilDay: string
  cadence: Cadence
}

export interface CommitmentSchedule {
  /** The cadence now, for days from the last change on (all days when it never changed). */
  cadence: Cadence
  /** Cadences it had before, by `untilDay` ascending; each covers the days after the one before. */
  earlierCadences?: readonly EarlierCadence[]
  startOn: string
  /** The last day it may be due; null or absent while it runs on. */
  endOn?: string | null
  pauses?: readonly DayRange[]
}

/**
 * About ten years. Every caller asks for a window it shows or reminds about; anything longer
 * is a bug (an unset `from`, a year typed wrong) better caught than looped through.
 */
export const MAX_SCHEDULE_RANGE_DAYS = 3700

/** Whether the cadence alone lands on `day`, ignoring start, end and pauses. */
export function cadenceFallsOn(cadence: Cadence, day: string): boolean {
  switch (cadence.kind) {
    case 'daily':
      return true
    case 'weekly':
      return weekdayOf(day) === cadence.weekday
    case 'days':
      return cadence.weekdays.includes(weekdayOf(day))
    case 'monthly': {
      const year = Number(day.slice(0, 4))
      const month = Number(day.slice(5, 7))
      const date = Number(day.slice(8, 10))
      return date === Math.min(cadence.dayOfMonth, daysInMonth(year, month))
    }
  }
}

/** Pause days count inclusively at both ends; a pause with no end runs on forever. */
export function isPausedOn(pauses: readonly DayRange[], day: string): boolean {
  return pauses.some((p) => compareDays(day, p.from) >= 0 && (p.to === null || compareDays(day, p.to) <= 0))
}

/** The cadence that applied on `day`: the first earlier one whose span holds it, else the current one. */
export function cadenceOn(schedule: CommitmentSchedule, day: string): Cadence {
  const earlier = schedule.earlierCadences?.find((entry) => compareDays(day, entry.untilDay) < 0)
  return earlier?.cadence ?? schedule.cadence
}

export function isDueOn(schedule: CommitmentSchedule, day: string): boolean {
  if (compareDays(day, schedule.startOn) < 0) return false
  if (schedule.endOn && compareDays(day, schedule.endOn) > 0) return false
  if (isPausedOn(schedule.pauses ?? [], day)) return false
  return cadenceFallsOn(cadenceOn(schedule, day), day)
}

/** Throws RangeError for a window of more than MAX_SCHEDULE_RANGE_DAYS days (inclusive). */
export function assertWindow(from: string, to: string): void {
  const days = daysBetween(from, to) + 1
  if (days > MAX_SCHEDULE_RANGE_DAYS) {
    throw new RangeError(`Refusing a window of ${days} days (at most ${MAX_SCHEDULE_RANGE_DAYS}).`)
  }
}

/**
 * The days in `[from, to]` (inclusive) on which the commitment is due, earliest first. An
 * empty window (`to` before `from`) has none.
 */
export function dueDays(input: CommitmentSchedule & { from: string; to: string }): string[] {
  assertWindow(input.from, input.to)
  let first = compareDays(input.startOn, input.from) > 0 ? input.startOn : input.from
  const last = input.endOn && compareDays(input.endOn, input.to) < 0 ? input.endOn : input.to
  const days: string[] = []
  for (; compareDays(first, last) <= 0; first = addDays(first, 1)) {
    if (isDueOn(input, first)) days.push(first)
  }
  return days
}
