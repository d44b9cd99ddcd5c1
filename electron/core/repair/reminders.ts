import type { QuietHours } from '../../contract/plan-values'
import { addDays, compareDays, localTimeOf, todayIn, zonedInstant, zonedInstants } from './local-days'

/**
 * Which reminders are due at a given instant, and which of them to show as notifications.
 * Pure: the caller passes the clock, the zone and what has been recorded or sent already, and
 * keys reminders so it can remember what it sent.
 */

/** Amends are reminded at this local time on the day they are due. */
export const AMEND_REMINDER_TIME = '09:00'

/** A trust assessment's periodic check is reminded at this local time on the day it falls due. */
export const TRUST_CHECK_REMINDER_TIME = '09:00'

/**
 * A check-in left unrecorded for longer than this stops being reminded: after a week the
 * honest answer is fuzzy, and a pile of old nags helps nobody. Amends stay until settled.
 */
export const CHECK_IN_LOOKBACK_DAYS = 7

export interface ReminderCommitment {
  id: number
  planId: number
  /** Local wall-clock time, HH:MM. */
  reminderTime: string
  /** Due days the caller worked out for a window covering at least the lookback. */
  dueDays: readonly string[]
  /** Days that already have a check-in. */
  recordedDays: ReadonlySet<string>
}

export interface ReminderAmend {
  id: number
  planId: number
  dueOn: string | null
  status: 'planned' | 'done' | 'declined'
}

export interface ReminderTrustCheck {
  assessmentId: number
  /** The day the next check falls due (check-schedule.ts); it stays due until a check is taken. */
  dueOn: string
}

export interface Reminder {
  /**
   * Stable across calls, for remembering what was sent: `check-in:<commitmentId>:<day>`,
   * `amend:<amendId>:<dueOn>` or `trust-check:<assessmentId>:<dueOn>`. An amend or check moved to
   * a new day gets a new key, so it is reminded again on that day.
   */
  key: string
  kind: 'check-in' | 'amend' | 'trust-check'
  planId?: number
  assessmentId?: number
  commitmentId?: number
  amendId?: number
  onDate: string
  dueAt: number
  /** Due on a day before today (local). */
  overdue: boolean
}

function byDueAtThenKey(a: Reminder, b: Reminder): number {
  return a.dueAt - b.dueAt || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
}

/**
 * Every reminder due by `now`: check-ins not yet recorded whose day is at most
 * CHECK_IN_LOOKBACK_DAYS old, planned amends with a due day, and trust checks, each once its
 * local time on that day has come. Sorted by when they fell due, then key.
 */
export function dueReminders(input: {
  now: number
  timeZone: string
  commitments: readonly ReminderCommitment[]
  amends: readonly ReminderAmend[]
  trustChecks?: readonly ReminderTrustCheck[]
}): Reminder[] {
  const { now, timeZone } = input
  const today = todayIn(now, timeZone)
  const oldest = addDays(today, -CHECK_IN_LOOKBACK_DAYS)
  const reminders: Reminder[] = []

  for (const c of input.commitments) {
    for (const day of new Set(c.dueDays)) {
      if (compareDays(day, oldest) < 0 || compareDays(day, today) > 0 || c.recordedDays.has(day)) continue
      const dueAt = zonedInstant(day, c.reminderTime, timeZone)
      if (dueAt > now) continue
      reminders.push({
        key: `check-in:${c.id}:${day}`,
        kind: 'check-in',
        planId: c.planId,
        commitmentId: c.id,
        onDate: day,
        dueAt,
        overdue: day !== today,
      })
    }
  }

  for (const a of input.amends) {
    if (a.status !== 'planned' || a.dueOn === null || compareDays(a.dueOn, today) > 0) continue
    const dueAt = zonedInstant(a.dueOn, AMEND_REMINDER_TIME, timeZone)
    if (dueAt > now) continue
    reminders.push({
      key: `amend:${a.id}:${a.dueOn}`,
      kind: 'amend',
      planId: a.planId,
      amendId: a.id,
      onDate: a.dueOn,
      dueAt,
      overdue: a.dueOn !== today,
    })
  }

  // Like an amend, a check stays due until it is taken: it is a few minutes' work, whenever it comes.
  for (const c of input.trustChecks ?? []) {
    if (compareDays(c.dueOn, today) > 0) continue
    const dueAt = zonedInstant(c.dueOn, TRUST_CHECK_REMINDER_TIME, timeZone)
    if (dueAt > now) continue
    reminders.push({
      key: `trust-check:${c.assessmentId}:${c.dueOn}`,
      kind: 'trust-check',
      assessmentId: c.assessmentId,
      onDate: c.dueOn,
      dueAt,
      overdue: c.dueOn !== today,
    })
  }

  return reminders.sort(byDueAtThenKey)
}

/**
 * Whether the wall clock in `timeZone` is inside the quiet hours: from `start` (inclusive) to
 * `end` (exclusive), across midnight when `end` is earlier. Equal start and end mean none.
 */
export function isQuietTime(now: number, timeZone: string, quiet: QuietHours | null): boolean {
  if (!quiet || quiet.start === quiet.end) return false
  const { time } = localTimeOf(now, timeZone)
  return quiet.start < quiet.end ? time >= quiet.start && time < quiet.end : time >= quiet.start || time < quiet.end
}

/**
 * The reminders to notify now: none in quiet hours, otherwise those not sent before. Since
 * dueReminders keeps returning a reminder until it is recorded, one that fell due in quiet
 * hours is sent on the first call after they end.
 */
export function notificationsToSend(input: {
  reminders: readonly Reminder[]
  alreadySent: ReadonlySet<string>
  now: number
  timeZone: string
  quietHours: QuietHours | null
}): Reminder[] {
  if (isQuietTime(input.now, input.timeZone, input.quietHours)) return []
  return input.reminders.filter((r) => !input.alreadySent.has(r.key))
}

/** When the quiet hours `now` is in end, or null when it is not in quiet hours. */
export function quietHoursEnd(now: number, timeZone: string, quiet: QuietHours | null): number | null {
  if (!quiet || !isQuietTime(now, timeZone, quiet)) return null
  const { day, time } = localTimeOf(now, timeZone)
  const endDay = quiet.start > quiet.end && time >= quiet.start ? addDays(day, 1) : day
  // In the hour a clock falls back the end time can come twice and the first may be past;
  // the quiet hours end at the next one.
  const next = zonedInstants(endDay, quiet.end, timeZone).find((t) => t > now)
  if (next !== undefined) return next
  // The end time falls in a spring-forward gap: the clock jumps from before it to after it,
  // and the quiet hours end at the jump, which lies between now and the shifted end time.
  return firstMinuteAwake(now, zonedInstant(endDay, quiet.end, timeZone), timeZone, quiet)
}

/**
 * Binary search for the first instant after `quietAt` that is not quiet, up to `awakeAt`.
 * Clock changes fall on whole minutes, so searching minute steps back from `awakeAt` is exact.
 */
function firstMinuteAwake(quietAt: number, awakeAt: number, timeZone: string, quiet: QuietHours): number {
  let lo = quietAt
  let hi = awakeAt
  while (hi - lo > 60_000) {
    const mid = hi - Math.ceil((hi - lo) / 120_000) * 60_000
    if (isQuietTime(mid, timeZone, quiet)) lo = mid
    else hi = mid
  }
  return hi
}
