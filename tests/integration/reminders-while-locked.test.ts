import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Commitment, Reminder, RepairPlan } from '../../electron/contract'
import type { ReminderSchedule } from '../../electron/core'
import { createLockedReminders, startReminderNotifier, type DesktopNotice } from '../../electron/main/reminder-notifier'
import { fakeTimers } from '../helpers/fake-timers'
import { appAt, value, type AppAt } from '../helpers/app-at'

/**
 * Issue 23, point 3: with the default five-minute auto-lock, a 20:00 check-in reminder used to
 * show only if Mend happened to be open at 20:00. Core now hands main the times of the next
 * reminders (no words), main keeps them in memory and raises a neutral notice while locked; once
 * open, the details show as always and nothing is raised twice.
 */

const BEHAVIOUR = 'Tell Jonas where I am before I go out'

describe('reminders while locked', () => {
  let app: AppAt
  const schedules: ReminderSchedule[] = []
  let timers = fakeTimers()
  let held = createLockedReminders()
  const shown: DesktopNotice[] = []
  let tick: () => void = () => {}

  beforeEach(async () => {
    schedules.length = 0
    shown.length = 0
    timers = fakeTimers()
    held = createLockedReminders()
    app = appAt('2026-03-02T19:40:00+01:00', 'Europe/Berlin', {
      timers,
      onReminderSchedule: (schedule) => {
        schedules.push(schedule)
        held.update(schedule)
      },
    })
    await app.create()
    const personId = value<{ id: number }>(await app.call('people.create', { name: 'Jonas' })).id
    const plan = value<RepairPlan>(
      await app.call('plans.create', {
        personId,
        breach: {
          whatHappened: 'I went out and lied about it.',
          occurredOn: '2026-02-27',
          severity: 3,
          kind: 'integrity',
          involvedDeception: true,
        },
      }),
    )
    value<Commitment>(
      await app.call('plans.addCommitment', {
        planId: plan.id,
        behaviour: BEHAVIOUR,
        cadence: { kind: 'daily' },
        startOn: '2026-03-02',
        reminderTime: '20:00',
      }),
    )
    startReminderNotifier({
      take: () => app.api.takeDueNotifications(),
      show: (notice) => shown.push(notice),
      timers: { setInterval: (run) => (tick = run), clearInterval: () => {} },
      whileLocked: {
        isLocked: () => !app.api.vault.isUnlocked,
        reminders: held,
        confirmRaised: (keys) => app.api.markRemindersSent(keys),
        timeZone: () => app.state.zone,
        now: () => app.state.now,
      },
    })
  })
  afterEach(() => {
    app.close()
    expect(app.logged).toEqual([])
  })

  it('raises the 20:00 check-in while auto-locked, and not again once open', async () => {
    // Five quiet minutes: the auto-lock hands main the schedule on its way out.
    const locked = new Promise<void>((resolve) =>
      app.api.events.subscribe((event) => event.type === 'vault.locked' && event.reason === 'idle' && resolve()),
    )
    timers.advance(5 * 60_000)
    await locked
    expect(app.api.vault.isUnlocked).toBe(false)
    expect(schedules.at(-1)?.reminders.map((r) => `${r.kind} ${r.day} ${r.time}`)).toContain(
      'check-in 2026-03-02 20:00',
    )

    app.at('2026-03-02T19:59:00+01:00')
    tick()
    expect(shown).toEqual([])
    app.at('2026-03-02T20:00:00+01:00')
    tick()
    expect(shown).toEqual([{ title: 'Mend', body: 'A check-in is due. Open Mend to record it.' }])
    app.at('2026-03-02T20:30:00+01:00')
    tick()
    expect(shown).toHaveLength(1)

    await app.unlock()
    tick()
    expect(shown).toHaveLength(1)
    // The details show as today's, on the home screen.
    const due = value<Reminder[]>(await app.call('plans.listReminders', {}))
    expect(due.map((r) => `${r.kind} ${r.onDate} ${r.text}`)).toEqual([`check-in 2026-03-02 ${BEHAVIOUR}`])
  })

  it('hands main times and kinds only: no title, behaviour or name', async () => {
    await app.lock()
    const schedule = JSON.stringify(schedules.at(-1))
    expect(schedule).toMatch(/check-in/)
    for (const secret of [BEHAVIOUR, 'Jonas', 'lied', 'Repairing']) expect(schedule).not.toContain(secret)
    for (const reminder of schedules.at(-1)!.reminders) {
      expect(Object.keys(reminder).sort()).toEqual(['day', 'key', 'kind', 'time'])
      expect(reminder.key).toMatch(/^(check-in|amend|trust-check):\d+:\d{4}-\d{2}-\d{2}$/)
    }
  })

  it('hands main an empty schedule when reminders are turned off, and none while locked', async () => {
    value(await app.call('settings.update', { remindersEnabled: false }))
    await app.lock()
    expect(schedules.at(-1)?.reminders).toEqual([])
    expect(app.api.reminderSchedule()).toBeNull()
    app.at('2026-03-02T20:00:00+01:00')
    tick()
    expect(shown).toEqual([])
  })
})
