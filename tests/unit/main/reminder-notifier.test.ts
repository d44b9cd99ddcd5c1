import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Reminder } from '../../../electron/contract'
import type { ReminderSchedule, UpcomingReminder } from '../../../electron/core'
import {
  REMINDER_POLL_MS,
  createLockedReminders,
  lockedNoticeFor,
  noticeFor,
  startReminderNotifier,
  type DesktopNotice,
} from '../../../electron/main/reminder-notifier'

const PLAN_TITLE = 'Repairing things with Marisol'
const BEHAVIOUR = 'Tell Marisol where I am going before I go out'
const AMEND = 'Pay back the money I took from the jar'

function checkIn(day: string, commitmentId = 3): Reminder {
  return {
    key: `check-in:${commitmentId}:${day}`,
    kind: 'check-in',
    planId: 1,
    title: PLAN_TITLE,
    commitmentId,
    text: BEHAVIOUR,
    onDate: day,
    overdue: false,
  }
}

const ASSESSMENT_TITLE = 'Trust with Marisol after the money'

function trustCheck(day: string, assessmentId = 4): Reminder {
  return {
    key: `trust-check:${assessmentId}:${day}`,
    kind: 'trust-check',
    assessmentId,
    title: ASSESSMENT_TITLE,
    text: 'Five short ratings of how things have been lately',
    onDate: day,
    overdue: false,
  }
}

function amend(day: string, amendId = 7): Reminder {
  return {
    key: `amend:${amendId}:${day}`,
    kind: 'amend',
    planId: 1,
    title: PLAN_TITLE,
    amendId,
    text: AMEND,
    onDate: day,
    overdue: true,
  }
}

describe('noticeFor: one desktop notification for what fell due together', () => {
  it('shows nothing when nothing is due', () => {
    expect(noticeFor([])).toBeNull()
  })

  it.each<[string, Reminder[], string]>([
    ['one check-in', [checkIn('2026-03-02')], '1 check-in to record. Open Mend to see it.'],
    ['two check-ins', [checkIn('2026-03-02'), checkIn('2026-03-03')], '2 check-ins to record. Open Mend to see them.'],
    ['one amend', [amend('2026-03-03')], '1 amend due. Open Mend to see it.'],
    [
      'three amends',
      [amend('2026-03-01', 1), amend('2026-03-02', 2), amend('2026-03-03', 3)],
      '3 amends due. Open Mend to see them.',
    ],
    [
      'a check-in and an amend',
      [amend('2026-03-03'), checkIn('2026-03-02')],
      '1 check-in to record and 1 amend due. Open Mend to see them.',
    ],
    [
      'several of each',
      [checkIn('2026-03-01'), checkIn('2026-03-02'), amend('2026-03-01', 1), amend('2026-03-02', 2)],
      '2 check-ins to record and 2 amends due. Open Mend to see them.',
    ],
    ['one trust check', [trustCheck('2026-03-02')], 'A check-in for your trust assessment. Open Mend to see it.'],
    [
      'two trust checks',
      [trustCheck('2026-03-02', 1), trustCheck('2026-03-03', 2)],
      '2 check-ins for your trust assessments. Open Mend to see them.',
    ],
    [
      'one of each kind',
      [trustCheck('2026-03-02'), amend('2026-03-03'), checkIn('2026-03-02')],
      '1 check-in to record, 1 amend due and a check-in for your trust assessment. Open Mend to see them.',
    ],
  ])('counts %s', (_label, reminders, body) => {
    expect(noticeFor(reminders)).toEqual({ title: 'Mend', body })
  })

  it('never quotes a plan title, a behaviour, an amend or a name: anyone near the screen can read it', () => {
    const reminders = [checkIn('2026-03-02'), amend('2026-03-03'), trustCheck('2026-03-02')]
    const notice = noticeFor(reminders)!
    const shown = `${notice.title}\n${notice.body}`
    for (const secret of [PLAN_TITLE, ASSESSMENT_TITLE, BEHAVIOUR, AMEND, 'Marisol', 'money', 'jar', 'Repairing']) {
      expect(shown).not.toContain(secret)
    }
    expect(shown).not.toMatch(/2026-03-0\d/)
  })
})

/** A hand-driven interval: `tick()` runs what setInterval was given, as the interval elapsing would. */
function manualInterval() {
  const state = {
    run: null as null | (() => void),
    ms: 0,
    cleared: [] as unknown[],
    handle: Symbol('interval'),
  }
  return {
    state,
    timers: {
      setInterval(run: () => void, ms: number) {
        state.run = run
        state.ms = ms
        return state.handle
      },
      clearInterval(handle: unknown) {
        state.cleared.push(handle)
        if (handle === state.handle) state.run = null
      },
    },
    tick() {
      state.run?.()
    },
  }
}

describe('startReminderNotifier', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('checks at once, then every interval, and shows what take() returns', () => {
    const interval = manualInterval()
    const shown: DesktopNotice[] = []
    const due: Reminder[][] = [[checkIn('2026-03-02')], [], [amend('2026-03-03'), amend('2026-03-04', 8)]]
    let takes = 0
    const stop = startReminderNotifier({
      take: () => due[takes++] ?? [],
      show: (notice) => shown.push(notice),
      timers: interval.timers,
      intervalMs: 5_000,
    })
    expect(interval.state.ms).toBe(5_000)
    expect(takes).toBe(1)
    expect(shown).toEqual([{ title: 'Mend', body: '1 check-in to record. Open Mend to see it.' }])

    interval.tick()
    expect(takes).toBe(2)
    expect(shown).toHaveLength(1)

    interval.tick()
    expect(takes).toBe(3)
    expect(shown.at(-1)).toEqual({ title: 'Mend', body: '2 amends due. Open Mend to see them.' })

    stop()
    expect(interval.state.cleared).toEqual([interval.state.handle])
  })

  it('takes an answer that comes later (from the core in its worker thread)', async () => {
    const interval = manualInterval()
    const shown: DesktopNotice[] = []
    startReminderNotifier({
      take: async () => [checkIn('2026-03-02')],
      show: (notice) => shown.push(notice),
      timers: interval.timers,
    })
    await expect.poll(() => shown).toEqual([{ title: 'Mend', body: '1 check-in to record. Open Mend to see it.' }])
  })

  it('shows nothing while take() finds nothing due', () => {
    const interval = manualInterval()
    const show = vi.fn()
    const take = vi.fn((): Reminder[] => [])
    startReminderNotifier({ take, show, timers: interval.timers })
    for (let i = 0; i < 5; i += 1) interval.tick()
    expect(take).toHaveBeenCalledTimes(6)
    expect(show).not.toHaveBeenCalled()
  })

  it('polls once a minute on the real timer functions, and stop() ends it', () => {
    vi.useFakeTimers()
    const take = vi.fn((): Reminder[] => [checkIn('2026-03-02')])
    const show = vi.fn()
    const stop = startReminderNotifier({ take, show })
    expect(REMINDER_POLL_MS).toBe(60_000)
    expect(take).toHaveBeenCalledTimes(1)

    vi.advanceTimersByTime(59_999)
    expect(take).toHaveBeenCalledTimes(1)
    vi.advanceTimersByTime(1)
    expect(take).toHaveBeenCalledTimes(2)
    vi.advanceTimersByTime(3 * 60_000)
    expect(take).toHaveBeenCalledTimes(5)
    expect(show).toHaveBeenCalledTimes(5)

    stop()
    vi.advanceTimersByTime(10 * 60_000)
    expect(take).toHaveBeenCalledTimes(5)
    expect(vi.getTimerCount()).toBe(0)
  })
})

describe('a notification the system refuses', () => {
  it('is reported and the notifier keeps going', () => {
    const errors: unknown[] = []
    let ticks: (() => void) | null = null
    let shown = 0
    const stop = startReminderNotifier({
      take: () => [checkIn('2026-03-03')],
      show: () => {
        shown++
        throw new Error('no notification daemon')
      },
      onError: (error) => errors.push(error),
      timers: { setInterval: (run) => (ticks = run), clearInterval: () => {} },
    })
    ticks!()
    expect(shown).toBe(2)
    expect(errors).toHaveLength(2)
    stop()
  })
})

describe('while locked (issue 23, point 3)', () => {
  const upcoming = (kind: UpcomingReminder['kind'], day: string, time: string, id = 1): UpcomingReminder => ({
    key: `${kind}:${id}:${day}`,
    kind,
    day,
    time,
  })

  it.each<[string, UpcomingReminder[], string]>([
    ['one check-in', [upcoming('check-in', '2026-03-02', '20:00')], 'A check-in is due. Open Mend to record it.'],
    [
      'two check-ins',
      [upcoming('check-in', '2026-03-02', '20:00', 1), upcoming('check-in', '2026-03-02', '20:00', 2)],
      '2 check-ins are due. Open Mend to record them.',
    ],
    ['one amend', [upcoming('amend', '2026-03-02', '09:00')], 'An amend is due. Open Mend to see it.'],
    [
      'a check-in and a trust check',
      [upcoming('check-in', '2026-03-02', '09:00'), upcoming('trust-check', '2026-03-02', '09:00')],
      'A check-in and a trust check are due. Open Mend to see them.',
    ],
  ])('says only that %s is due', (_label, reminders, body) => {
    expect(lockedNoticeFor(reminders)).toEqual({ title: 'Mend', body })
  })

  it('raises the neutral notice from the held times while locked, in the zone the person is in, once each', () => {
    const interval = manualInterval()
    const shown: DesktopNotice[] = []
    const confirmed: string[][] = []
    const held = createLockedReminders()
    const schedule: ReminderSchedule = {
      quietHours: { start: '22:00', end: '07:00' },
      reminders: [upcoming('check-in', '2026-03-03', '21:00', 4)],
    }
    held.update(schedule)
    const state = { locked: true, now: Date.parse('2026-03-03T20:59:00+01:00'), zone: 'Europe/Berlin' }
    const take = vi.fn((): Reminder[] => [])
    startReminderNotifier({
      take,
      show: (notice) => shown.push(notice),
      timers: interval.timers,
      whileLocked: {
        isLocked: () => state.locked,
        reminders: held,
        confirmRaised: (keys) => confirmed.push([...keys]),
        timeZone: () => state.zone,
        now: () => state.now,
      },
    })
    expect(shown).toEqual([])
    // The person flew to New York at 20:59 Berlin time: it is 14:59 there, nothing is due yet.
    state.zone = 'America/New_York'
    state.now = Date.parse('2026-03-03T21:30:00+01:00')
    interval.tick()
    expect(shown).toEqual([])
    state.now = Date.parse('2026-03-03T21:00:00-05:00')
    interval.tick()
    expect(shown).toEqual([{ title: 'Mend', body: 'A check-in is due. Open Mend to record it.' }])
    interval.tick()
    expect(shown).toHaveLength(1)
    expect(take).not.toHaveBeenCalled()

    // Unlocked: core is told what was raised, then asked what is due, as always.
    state.locked = false
    interval.tick()
    expect(confirmed).toEqual([['check-in:4:2026-03-03']])
    expect(take).toHaveBeenCalledTimes(1)
    interval.tick()
    expect(confirmed).toHaveLength(1)
  })

  it('raises nothing while locked before core ever reported a schedule', () => {
    const interval = manualInterval()
    const show = vi.fn()
    startReminderNotifier({
      take: () => [],
      show,
      timers: interval.timers,
      whileLocked: {
        isLocked: () => true,
        reminders: createLockedReminders(),
        confirmRaised: () => {},
        timeZone: () => 'Europe/Berlin',
        now: () => Date.parse('2026-03-03T21:00:00+01:00'),
      },
    })
    interval.tick()
    expect(show).not.toHaveBeenCalled()
  })
})
