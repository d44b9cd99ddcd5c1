import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AmendAction, Commitment, RepairPlan, TrustAssessment } from '../../electron/contract'
import type { UpcomingReminder } from '../../electron/core'
import { localTimeOf, zonedInstant } from '../../electron/core/repair/local-days'
import { isQuietTime } from '../../electron/core/repair/reminders'
import { createLockedReminders, startReminderNotifier } from '../../electron/main/reminder-notifier'
import { appAt, value, type AppAt } from '../helpers/app-at'
import { hashFolder } from '../helpers/vault-files'

/**
 * Issue 23: a month of Mend as a person lives it. March 2026, a fake clock moving in five-minute
 * steps (every time below is on that grid, so "on time" means at the very step it falls due).
 * Quiet hours from 22:00 to 07:00. The person opens Mend at 07:45 and locks it at 08:15; on even
 * days also from 19:50 to 20:30. On the 14th at 12:00 Berlin time they fly to New York and stay.
 * Commitments, an amend and assessments are made, changed, deleted and made again.
 *
 * Main's reminder notifier runs as in the app: while open it takes what core says is due; while
 * locked it raises the neutral notice from the times core handed it, in the zone the person is
 * in. Every reminder that falls due must be raised exactly once, at the step it falls due where
 * the person is (or when quiet hours end), whether Mend is open or locked; nothing is written to
 * the vault while it is locked.
 */

const BERLIN = 'Europe/Berlin'
const NEW_YORK = 'America/New_York'
const QUIET = { start: '22:00', end: '07:00' }
const STEP = 5 * 60_000
const FLIGHT = Date.parse('2026-03-14T12:00:00+01:00')
const FIRST = Date.parse('2026-03-01T00:00:00+01:00')
const LAST = Date.parse('2026-03-31T23:55:00-04:00')

const zoneAt = (instant: number) => (instant < FLIGHT ? BERLIN : NEW_YORK)
const dayOf = (n: number) => `2026-03-${String(n).padStart(2, '0')}`

/** The instant the person's own clock shows `time` on day `n`, wherever they are then. */
function local(n: number, time: string): number {
  const inBerlin = zonedInstant(dayOf(n), time, BERLIN)
  return inBerlin < FLIGHT ? inBerlin : zonedInstant(dayOf(n), time, NEW_YORK)
}

/** Something that can fall due, as the test knows it: when it exists, and when it stops being due. */
interface Expected {
  key: string
  day: string
  time: string
  from: number
  /** Deleted, recorded, done or taken at this instant: not due from then on. */
  until: number
}

/** Where the person's clock has reached `day time` and it is not quiet: when it is raised. */
function expectedRaise(item: Expected): number | null {
  for (let t = Math.max(item.from, FIRST); t <= LAST && t < item.until; t += STEP) {
    const { day, time } = localTimeOf(t, zoneAt(t))
    if (`${day}T${time}` >= `${item.day}T${item.time}` && !isQuietTime(t, zoneAt(t), QUIET)) return t
  }
  return null
}

type Action = (app: AppAt) => Promise<void>

describe('a simulated month: every due reminder raised once, on time where the person is, open or locked', () => {
  let app: AppAt
  const raised: Array<{ key: string; at: number; locked: boolean }> = []
  const expected: Expected[] = []
  const shown: string[] = []
  let writtenWhileLocked = 0

  beforeAll(async () => {
    // The app's own wiring (electron/main/main-process.ts), with the test's clock and zone: core hands
    // main the reminder times, main holds them in memory.
    const held = createLockedReminders()
    app = appAt(new Date(FIRST).toISOString(), BERLIN, { onReminderSchedule: (schedule) => held.update(schedule) })
    await app.create()
    value(await app.call('settings.update', { quietHours: QUIET }))
    const recordingHeld = {
      ...held,
      takeDue(now: number, timeZone: string): UpcomingReminder[] {
        const due = held.takeDue(now, timeZone)
        for (const reminder of due) raised.push({ key: reminder.key, at: now, locked: true })
        return due
      },
    }
    const ticks: Array<() => void> = []
    startReminderNotifier({
      take: () => {
        const due = app.api.takeDueNotifications()
        for (const reminder of due) raised.push({ key: reminder.key, at: app.state.now, locked: false })
        return due
      },
      show: (notice) => shown.push(notice.body),
      timers: { setInterval: (run) => ticks.push(run), clearInterval: () => {} },
      whileLocked: {
        isLocked: () => !app.api.vault.isUnlocked,
        reminders: recordingHeld,
        confirmRaised: (keys) => app.api.markRemindersSent(keys),
        timeZone: () => app.state.zone,
        now: () => app.state.now,
      },
    })

    // --- What the person does, day by day -------------------------------------------------
    const plan = { id: 0, personId: 0 }
    const ids: Record<string, number> = {}
    const actions = new Map<number, Action[]>()
    const at = (instant: number, action: Action) => actions.set(instant, [...(actions.get(instant) ?? []), action])
    const recordedC1 = new Set<string>()

    at(local(1, '07:50'), async () => {
      plan.personId = value<{ id: number }>(await app.call('people.create', { name: 'Lena' })).id
      plan.id = value<RepairPlan>(
        await app.call('plans.create', {
          personId: plan.personId,
          breach: {
            whatHappened: 'I kept a debt from her.',
            occurredOn: '2026-02-26',
            severity: 3,
            kind: 'integrity',
            involvedDeception: true,
          },
        }),
      ).id
      ids.c1 = await commitment(plan.id, { kind: 'daily' }, dayOf(1), '20:00')
      ids.a = value<TrustAssessment>(
        await app.call('assessments.create', {
          personId: plan.personId,
          breach: {
            whatHappened: 'She read my diary.',
            occurredOn: '2026-02-20',
            severity: 2,
            kind: 'care',
            involvedDeception: false,
          },
          checkEveryDays: 7,
        }),
      ).id
      ids.a1 = await amend(plan.id, dayOf(10))
    })
    // A commitment made on the 5th and deleted on the 9th; another made that day, reminded at
    // 22:30 (inside the quiet hours, so it comes at 07:00).
    at(local(5, '07:50'), async () => {
      ids.c3 = await commitment(plan.id, { kind: 'daily' }, dayOf(5), '21:00')
    })
    at(local(9, '07:50'), async () => {
      value(await app.call('plans.deleteCommitment', { id: ids.c3 }))
      ids.c4 = await commitment(plan.id, { kind: 'daily' }, dayOf(9), '22:30')
      expect(ids.c4).not.toBe(ids.c3)
    })
    at(local(10, '19:55'), async () => {
      value(await app.call('plans.updateAmend', { id: ids.a1, status: 'done' }))
    })
    // The trust check, taken the evening after it falls due.
    for (const day of [2, 10, 18, 26]) {
      at(local(day, '19:55'), async () => {
        const ratings = { reliability: 3, accountability: 3, honesty: 2, care: 4, respect: 4 }
        value(await app.call('assessments.recordCheck', { assessmentId: ids.a, takenOn: dayOf(day), ratings }))
      })
    }
    // In New York on the 15th: Tuesdays, Thursdays and Saturdays from now on.
    at(local(15, '07:50'), async () => {
      value(await app.call('plans.updateCommitment', { id: ids.c1, cadence: { kind: 'days', weekdays: [2, 4, 6] } }))
    })
    // An assessment and an amend deleted and made again.
    at(local(20, '07:50'), async () => {
      ids.b = value<TrustAssessment>(
        await app.call('assessments.create', {
          personId: plan.personId,
          breach: {
            whatHappened: 'He forgot my birthday.',
            occurredOn: '2026-03-19',
            severity: 1,
            kind: 'care',
            involvedDeception: false,
          },
        }),
      ).id
      ids.a2 = await amend(plan.id, dayOf(22))
    })
    at(local(21, '07:50'), async () => {
      value(await app.call('assessments.delete', { id: ids.b }))
      value(await app.call('plans.deleteAmend', { id: ids.a2 }))
      ids.b2 = value<TrustAssessment>(
        await app.call('assessments.create', {
          personId: plan.personId,
          breach: {
            whatHappened: 'He forgot my birthday.',
            occurredOn: '2026-03-19',
            severity: 1,
            kind: 'care',
            involvedDeception: false,
          },
        }),
      ).id
      ids.a3 = await amend(plan.id, dayOf(22))
      expect(ids.b2).not.toBe(ids.b)
      expect(ids.a3).not.toBe(ids.a2)
    })
    // Check-ins for the first commitment: on days divisible by six in the evening before its
    // reminder; every other due day the next morning, after it.
    const c1Due = (n: number) => n < 15 || [2, 4, 6].includes(new Date(`${dayOf(n)}T12:00:00Z`).getUTCDay())
    for (let n = 1; n <= 31; n++) {
      if (n % 6 === 0) {
        at(local(n, '19:50'), async () => {
          value(await app.call('plans.recordCheckIn', { commitmentId: ids.c1, onDate: dayOf(n), outcome: 'kept' }))
          recordedC1.add(dayOf(n))
        })
      } else if (n < 31 && c1Due(n)) {
        at(local(n + 1, '07:50'), async () => {
          value(await app.call('plans.recordCheckIn', { commitmentId: ids.c1, onDate: dayOf(n), outcome: 'missed' }))
        })
      }
    }
    // Open in the morning, and on even days in the evening.
    for (let n = 1; n <= 31; n++) {
      at(local(n, '07:45'), unlock)
      at(local(n, '08:15'), lock)
      if (n % 2 === 0) {
        at(local(n, '19:50'), unlock)
        at(local(n, '20:30'), lock)
      }
    }

    // --- Living the month ------------------------------------------------------------------
    let lockedHash: string | null = null
    async function unlock() {
      if (lockedHash !== null && JSON.stringify(hashFolder(app.api.vault.paths.directory)) !== lockedHash)
        writtenWhileLocked++
      await app.unlock()
    }
    async function lock() {
      await app.lock()
      lockedHash = JSON.stringify(hashFolder(app.api.vault.paths.directory))
    }
    await lock()
    for (let t = FIRST; t <= LAST; t += STEP) {
      app.state.now = t
      app.state.zone = zoneAt(t)
      // Actions before the first unlock of the day wait for it (the vault is locked overnight).
      const todo = actions.get(t) ?? []
      for (const action of todo.filter((a) => a === unlock)) await action(app)
      for (const action of todo.filter((a) => a !== unlock && a !== lock)) await action(app)
      for (const tick of ticks) tick()
      for (const action of todo.filter((a) => a === lock)) await action(app)
    }

    // --- What should have been raised ------------------------------------------------------
    const recordedAt = (n: number) => (n % 6 === 0 ? local(n, '19:50') : n < 31 ? local(n + 1, '07:50') : Infinity)
    for (let n = 1; n <= 31; n++) {
      if (c1Due(n)) {
        expected.push({
          key: `check-in:${ids.c1}:${dayOf(n)}`,
          day: dayOf(n),
          time: '20:00',
          from: local(1, '07:50'),
          until: recordedAt(n),
        })
      }
      if (n >= 5 && n <= 8) {
        expected.push({
          key: `check-in:${ids.c3}:${dayOf(n)}`,
          day: dayOf(n),
          time: '21:00',
          from: local(5, '07:50'),
          until: local(9, '07:50'),
        })
      }
      if (n >= 9) {
        expected.push({
          key: `check-in:${ids.c4}:${dayOf(n)}`,
          day: dayOf(n),
          time: '22:30',
          from: local(9, '07:50'),
          until: Infinity,
        })
      }
    }
    expected.push({
      key: `amend:${ids.a1}:${dayOf(10)}`,
      day: dayOf(10),
      time: '09:00',
      from: local(1, '07:50'),
      until: local(10, '19:55'),
    })
    expected.push({
      key: `amend:${ids.a2}:${dayOf(22)}`,
      day: dayOf(22),
      time: '09:00',
      from: local(20, '07:50'),
      until: local(21, '07:50'),
    })
    expected.push({
      key: `amend:${ids.a3}:${dayOf(22)}`,
      day: dayOf(22),
      time: '09:00',
      from: local(21, '07:50'),
      until: Infinity,
    })
    for (const [due, taken] of [
      [1, 2],
      [9, 10],
      [17, 18],
      [25, 26],
    ] as const) {
      expected.push({
        key: `trust-check:${ids.a}:${dayOf(due)}`,
        day: dayOf(due),
        time: '09:00',
        from: local(1, '07:50'),
        until: local(taken, '19:55'),
      })
    }
    expected.push({
      key: `trust-check:${ids.b}:${dayOf(20)}`,
      day: dayOf(20),
      time: '09:00',
      from: local(20, '07:50'),
      until: local(21, '07:50'),
    })
    expected.push({
      key: `trust-check:${ids.b2}:${dayOf(21)}`,
      day: dayOf(21),
      time: '09:00',
      from: local(21, '07:50'),
      until: Infinity,
    })
    expect(recordedC1.size).toBeGreaterThan(0)

    async function commitment(planId: number, cadence: unknown, startOn: string, reminderTime: string) {
      return value<Commitment>(
        await app.call('plans.addCommitment', {
          planId,
          behaviour: 'Tell her about every payment',
          cadence,
          startOn,
          reminderTime,
        }),
      ).id
    }
    async function amend(planId: number, dueOn: string) {
      return value<AmendAction>(
        await app.call('plans.addAmend', { planId, description: 'Pay back the first half', horizon: 'now', dueOn }),
      ).id
    }
  }, 240_000)
  afterAll(() => app.close())

  it('raises every due reminder exactly once, at the step it falls due where the person is', () => {
    const keys = raised.map((r) => r.key)
    expect(
      keys.filter((key, i) => keys.indexOf(key) !== i),
      'raised twice',
    ).toEqual([])
    const want = new Map(
      expected.flatMap((item) => {
        const when = expectedRaise(item)
        return when === null ? [] : [[item.key, when] as const]
      }),
    )
    const got = new Map(raised.map((r) => [r.key, r.at]))
    const show = (map: Map<string, number>) =>
      [...map]
        .map(([key, t]) => `${key} @ ${localTimeOf(t, zoneAt(t)).day} ${localTimeOf(t, zoneAt(t)).time} ${zoneAt(t)}`)
        .sort()
    expect(show(got)).toEqual(show(want))
    expect(want.size).toBeGreaterThan(40)
  })

  it('raised them both while open and while locked, before and after the flight, quiet hours included', () => {
    const lockedAfterFlight = raised.filter((r) => r.locked && r.at > FLIGHT)
    expect(raised.filter((r) => !r.locked).length).toBeGreaterThan(5)
    expect(lockedAfterFlight.length).toBeGreaterThan(10)
    // The 22:30 reminders waited for the end of the quiet hours, in New York too.
    const late = raised.filter((r) => r.key.startsWith('check-in:') && localTimeOf(r.at, zoneAt(r.at)).time === '07:00')
    expect(late.length).toBeGreaterThan(15)
    expect(shown).toContain('A check-in is due. Open Mend to record it.')
    for (const body of shown) expect(body).not.toMatch(/Lena|payment|debt|diary|birthday|Pay back/)
  })

  it('wrote nothing to the vault while it was locked', () => {
    expect(writtenWhileLocked).toBe(0)
  })
})
