import type { QuietHours } from '../../contract/plan-values'
import { addDays, compareDays, todayIn, zonedInstant } from './local-days'
import { CHECK_IN_LOOKBACK_DAYS, isQuietTime } from './reminders'

/**
 * What a locked Mend may still raise (issue 23, point 3). While the journal is open, core hands
 * its host the times of the next reminders: a day and a time on the person's own calendar, a
 * kind, and the key core remembers it by. No title, behaviour, amend or name: the host keeps
 * this in memory only, never on disk, and raises the same neutral notice for any of them. Days
 * and times rather than instants, so a reminder follows the person across a zone change that
 * happens while Mend is locked.
 */

export interface UpcomingReminder {
  /** Core's key (`check-in:<id>:<day>` and so on): an id and a day, nothing the person wrote. */
  key: string
  kind: 'check-in' | 'amend' | 'trust-check'
  /** The calendar day it falls due, `YYYY-MM-DD`. */
  day: string
  /** The local time it falls due that day, `HH:MM`. */
  time: string
}

export interface ReminderSchedule {
  quietHours: QuietHours | null
  /** Due or coming, not yet notified; empty when reminders are turned off. */
  reminders: UpcomingReminder[]
}

/** How far ahead the schedule reaches: a Mend left locked longer reminds again once opened. */
export const SCHEDULE_DAYS_AHEAD = 14

/** More than any real set of plans needs over SCHEDULE_DAYS_AHEAD; a bound on main's memory. */
export const SCHEDULE_MAX_REMINDERS = 2000

export const emptySchedule = (quietHours: QuietHours | null = null): ReminderSchedule => ({
  quietHours,
  reminders: [],
})

/**
 * The reminders of `schedule` to raise now, in `timeZone` (the person's zone at this moment):
 * those whose local time has come and that were not raised yet, none during quiet hours (they
 * wait until the hours end, as an unlocked Mend's do), and no check-in older than the lookback.
 * Pure; the caller remembers what it raised.
 */
export function lockedRemindersDue(
  schedule: ReminderSchedule,
  raised: ReadonlySet<string>,
  now: number,
  timeZone: string,
): UpcomingReminder[] {
  if (isQuietTime(now, timeZone, schedule.quietHours)) return []
  const oldest = addDays(todayIn(now, timeZone), -CHECK_IN_LOOKBACK_DAYS)
  return schedule.reminders.filter(
    (reminder) =>
      !raised.has(reminder.key) &&
      !(reminder.kind === 'check-in' && compareDays(reminder.day, oldest) < 0) &&
      zonedInstant(reminder.day, reminder.time, timeZone) <= now,
  )
}
