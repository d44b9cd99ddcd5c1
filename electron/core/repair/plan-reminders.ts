import type { QuietHours, Reminder } from '../../contract/plans.contract'
import type { Clock } from '../ports'
import type { Db } from '../vault/encrypted-database'
import { createTrustCheckSchedule, type TrustCheckDue } from '../assessment/check-schedule'
import { isoNow } from '../journal/journal-text'
import { createAmendStore } from './amend-store'
import { createCommitmentStore } from './commitment-store'
import { addDays, todayIn } from './local-days'
import type { PlanStore } from './plan-store'
import {
  AMEND_REMINDER_TIME,
  CHECK_IN_LOOKBACK_DAYS,
  TRUST_CHECK_REMINDER_TIME,
  dueReminders,
  notificationsToSend,
  type Reminder as DueReminder,
} from './reminders'
import { SCHEDULE_DAYS_AHEAD, SCHEDULE_MAX_REMINDERS, type UpcomingReminder } from './reminder-schedule'
import { dueDays } from './schedule'

/**
 * Sent keys older than this are forgotten once their reminder is no longer due: a check-in is
 * long past the lookback by then. An amend stays due until settled, so its key is kept while it
 * is, or a long-overdue amend would be notified again every SENT_KEPT_DAYS.
 */
const SENT_KEPT_DAYS = 90

/** What a trust-check reminder says: the home screen is behind the lock, but it still quotes nothing. */
export const TRUST_CHECK_TEXT = 'Five short ratings of how things have been lately'

/**
 * What is due across active plans and active trust assessments, for the home screen and for the
 * desktop notifications main raises. Paused, completed and archived ones remind of nothing.
 */
export function createPlanReminders(db: Db, clock: Clock, zone: () => string, plans: PlanStore) {
  const today = () => todayIn(clock.now(), zone())
  const amends = createAmendStore(db, clock)
  const commitments = createCommitmentStore(db, clock, today)
  const sentKeys = db.prepare<[], { key: string }>('SELECT key FROM reminders_sent')
  const markOne = db.prepare<[string, string]>('INSERT OR IGNORE INTO reminders_sent (key, sent_at) VALUES (?, ?)')
  const sentBefore = db.prepare<[string], { key: string }>('SELECT key FROM reminders_sent WHERE sent_at < ?')
  const forget = db.prepare<[string]>('DELETE FROM reminders_sent WHERE key = ?')
  const trustChecks = createTrustCheckSchedule(db, zone)

  /** The checks due and their titles, read once per call so the two never disagree. */
  function checksDue(): Map<number, TrustCheckDue> {
    return new Map(trustChecks.due().map((check) => [check.assessmentId, check]))
  }

  function due(now: number, timeZone: string, checks: ReadonlyMap<number, TrustCheckDue>): DueReminder[] {
    const day = todayIn(now, timeZone)
    const from = addDays(day, -CHECK_IN_LOOKBACK_DAYS)
    const active = plans.list().filter((plan) => plan.status === 'active')
    return dueReminders({
      now,
      timeZone,
      commitments: active.flatMap((plan) => {
        const pauses = plans.pausesOf(plan.id)
        return commitments.list(plan.id).map((commitment) => ({
          id: commitment.id,
          planId: plan.id,
          reminderTime: commitment.reminderTime,
          dueDays: dueDays({
            ...commitment,
            pauses,
            earlierCadences: commitments.earlierCadences(commitment.id),
            from,
            to: day,
          }),
          recordedDays: new Set(
            commitments
              .checkIns(commitment.id)
              .filter((checkIn) => checkIn.onDate >= from)
              .map((checkIn) => checkIn.onDate),
          ),
        }))
      }),
      amends: active.flatMap((plan) => amends.list(plan.id)),
      trustChecks: [...checks.values()],
    })
  }

  /** Joins what is due with the words to show (the title, and the behaviour, amend or check). */
  function describe(reminders: readonly DueReminder[], checks: ReadonlyMap<number, TrustCheckDue>): Reminder[] {
    return reminders.map((reminder) => {
      const common = { key: reminder.key, kind: reminder.kind, onDate: reminder.onDate, overdue: reminder.overdue }
      if (reminder.kind === 'trust-check') {
        const assessmentId = reminder.assessmentId!
        return { ...common, assessmentId, title: checks.get(assessmentId)?.title ?? '', text: TRUST_CHECK_TEXT }
      }
      const plan = plans.get(reminder.planId!)
      const text =
        reminder.kind === 'check-in'
          ? commitments.get(reminder.commitmentId!).behaviour
          : amends.get(reminder.amendId!).description
      return {
        ...common,
        planId: plan.id,
        title: plan.title,
        ...(reminder.commitmentId === undefined ? {} : { commitmentId: reminder.commitmentId }),
        ...(reminder.amendId === undefined ? {} : { amendId: reminder.amendId }),
        text,
      }
    })
  }

  /**
   * The reminders to notify now (outside quiet hours, not notified before), marked as sent in
   * the same step so a crash or a second window never repeats one.
   */
  function takeNotifications(quietHours: QuietHours | null): Reminder[] {
    const now = clock.now()
    const timeZone = zone()
    const alreadySent = new Set(sentKeys.all().map((row) => row.key))
    const checks = checksDue()
    const dueNow = due(now, timeZone, checks)
    const toSend = notificationsToSend({ reminders: dueNow, alreadySent, now, timeZone, quietHours })
    if (toSend.length === 0) return []
    const stillDue = new Set(dueNow.map((reminder) => reminder.key))
    db.transaction(() => {
      for (const reminder of toSend) markOne.run(reminder.key, isoNow(now))
      for (const { key } of sentBefore.all(isoNow(now - SENT_KEPT_DAYS * 86_400_000))) {
        if (!stillDue.has(key)) forget.run(key)
      }
    })()
    return describe(toSend, checks)
  }

  function list(): Reminder[] {
    const checks = checksDue()
    return describe(due(clock.now(), zone(), checks), checks)
  }

  /**
   * The reminders due or coming over the next SCHEDULE_DAYS_AHEAD days that were not notified
   * yet, as times only (reminder-schedule.ts): what a locked Mend may still raise.
   */
  function upcoming(): UpcomingReminder[] {
    const day = todayIn(clock.now(), zone())
    const from = addDays(day, -CHECK_IN_LOOKBACK_DAYS)
    const to = addDays(day, SCHEDULE_DAYS_AHEAD)
    const sent = new Set(sentKeys.all().map((row) => row.key))
    const found: UpcomingReminder[] = []
    for (const plan of plans.list().filter((candidate) => candidate.status === 'active')) {
      const pauses = plans.pausesOf(plan.id)
      for (const commitment of commitments.list(plan.id)) {
        const recorded = new Set(commitments.checkIns(commitment.id).map((checkIn) => checkIn.onDate))
        const days = dueDays({
          ...commitment,
          pauses,
          earlierCadences: commitments.earlierCadences(commitment.id),
          from,
          to,
        })
        for (const dueDay of days) {
          if (!recorded.has(dueDay)) {
            found.push({
              key: `check-in:${commitment.id}:${dueDay}`,
              kind: 'check-in',
              day: dueDay,
              time: commitment.reminderTime,
            })
          }
        }
      }
      for (const amend of amends.list(plan.id)) {
        if (amend.status !== 'planned' || amend.dueOn === null || amend.dueOn > to) continue
        found.push({
          key: `amend:${amend.id}:${amend.dueOn}`,
          kind: 'amend',
          day: amend.dueOn,
          time: AMEND_REMINDER_TIME,
        })
      }
    }
    for (const check of trustChecks.due()) {
      if (check.dueOn > to) continue
      const key = `trust-check:${check.assessmentId}:${check.dueOn}`
      found.push({ key, kind: 'trust-check', day: check.dueOn, time: TRUST_CHECK_REMINDER_TIME })
    }
    return found
      .filter((reminder) => !sent.has(reminder.key))
      .sort((a, b) => (a.day + a.time < b.day + b.time ? -1 : a.day + a.time > b.day + b.time ? 1 : 0))
      .slice(0, SCHEDULE_MAX_REMINDERS)
  }

  /** Keys a locked Mend raised, recorded once it is open again so they are not raised twice. */
  function markSent(keys: readonly string[]): void {
    const wellFormed = keys.filter((key) => /^(check-in|amend|trust-check):\d+:\d{4}-\d{2}-\d{2}$/.test(key))
    if (wellFormed.length === 0) return
    const now = isoNow(clock.now())
    db.transaction(() => {
      for (const key of wellFormed) markOne.run(key, now)
    })()
  }

  return { list, takeNotifications, upcoming, markSent }
}
