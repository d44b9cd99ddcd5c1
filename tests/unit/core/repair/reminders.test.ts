import { describe, expect, it } from 'vitest'
import { addDays } from '../../../../electron/core/repair/local-days'
import {
  AMEND_REMINDER_TIME,
  CHECK_IN_LOOKBACK_DAYS,
  TRUST_CHECK_REMINDER_TIME,
  dueReminders,
  isQuietTime,
  notificationsToSend,
  quietHoursEnd,
  type ReminderAmend,
  type ReminderCommitment,
} from '../../../../electron/core/repair/reminders'
import { dueDays } from '../../../../electron/core/repair/schedule'

const BERLIN = 'Europe/Berlin'
const at = (isoString: string): number => Date.parse(isoString)
const iso = (ms: number): string => new Date(ms).toISOString()

/** A daily commitment from `startOn`, due days worked out for the lookback window as a caller would. */
function daily(
  startOn: string,
  today: string,
  opts: { id?: number; reminderTime?: string; recorded?: string[] } = {},
): ReminderCommitment {
  return {
    id: opts.id ?? 12,
    planId: 3,
    reminderTime: opts.reminderTime ?? '20:00',
    dueDays: dueDays({
      cadence: { kind: 'daily' },
      startOn,
      from: addDays(today, -CHECK_IN_LOOKBACK_DAYS - 3),
      to: addDays(today, 3),
    }),
    recordedDays: new Set(opts.recorded ?? []),
  }
}

function amend(id: number, dueOn: string | null, status: ReminderAmend['status'] = 'planned'): ReminderAmend {
  return { id, planId: 3, dueOn, status }
}

const remind = (now: number, commitments: ReminderCommitment[], amends: ReminderAmend[] = [], timeZone = BERLIN) =>
  dueReminders({ now, timeZone, commitments, amends })

describe('dueReminders: check-ins', () => {
  it('gives nothing before the reminder time and the reminder from that exact minute', () => {
    const c = daily('2026-03-29', '2026-03-29')
    // 20:00 in Berlin on the day summer time starts is 18:00 UTC.
    expect(remind(at('2026-03-29T17:59:59.999Z'), [c])).toEqual([])
    expect(remind(at('2026-03-29T18:00:00Z'), [c])).toEqual([
      {
        key: 'check-in:12:2026-03-29',
        kind: 'check-in',
        planId: 3,
        commitmentId: 12,
        onDate: '2026-03-29',
        dueAt: at('2026-03-29T18:00:00Z'),
        overdue: false,
      },
    ])
  })

  it('puts a daily 20:00 reminder at the right UTC time either side of each clock change', () => {
    const dueAtOn = (day: string, timeZone: string): string => {
      const [r] = remind(at(`${addDays(day, 1)}T12:00:00Z`), [daily(day, day)], [], timeZone)
      return r ? iso(r.dueAt) : 'none'
    }
    expect(dueAtOn('2026-03-28', BERLIN)).toBe('2026-03-28T19:00:00.000Z')
    expect(dueAtOn('2026-03-29', BERLIN)).toBe('2026-03-29T18:00:00.000Z')
    expect(dueAtOn('2026-10-24', BERLIN)).toBe('2026-10-24T18:00:00.000Z')
    expect(dueAtOn('2026-10-25', BERLIN)).toBe('2026-10-25T19:00:00.000Z')
    expect(dueAtOn('2026-03-08', 'America/New_York')).toBe('2026-03-09T00:00:00.000Z')
    expect(dueAtOn('2026-11-01', 'America/New_York')).toBe('2026-11-02T01:00:00.000Z')
    expect(dueAtOn('2026-03-29', 'Asia/Tokyo')).toBe('2026-03-29T11:00:00.000Z')
  })

  it('reminds at 03:30 for a 02:30 reminder on the night the clock skips 02:00-03:00', () => {
    const c = daily('2026-03-29', '2026-03-29', { reminderTime: '02:30' })
    expect(remind(at('2026-03-29T01:29:00Z'), [c])).toEqual([])
    expect(remind(at('2026-03-29T01:30:00Z'), [c]).map((r) => iso(r.dueAt))).toEqual(['2026-03-29T01:30:00.000Z'])
    const ny = daily('2026-03-08', '2026-03-08', { reminderTime: '02:30' })
    expect(remind(at('2026-03-08T07:29:00Z'), [ny], [], 'America/New_York')).toEqual([])
    expect(remind(at('2026-03-08T07:30:00Z'), [ny], [], 'America/New_York')).toHaveLength(1)
  })

  it('reminds at the first 02:30 when the clock shows it twice, under one key', () => {
    const c = daily('2026-10-25', '2026-10-25', { reminderTime: '02:30' })
    const first = remind(at('2026-10-25T00:30:00Z'), [c])
    const second = remind(at('2026-10-25T01:30:00Z'), [c])
    expect(first.map((r) => iso(r.dueAt))).toEqual(['2026-10-25T00:30:00.000Z'])
    expect(second).toEqual(first)
  })

  it('drops days with a check-in and marks earlier days overdue', () => {
    const c = daily('2026-03-20', '2026-03-25', { recorded: ['2026-03-21', '2026-03-23', '2026-03-25'] })
    const reminders = remind(at('2026-03-25T21:00:00Z'), [c])
    expect(reminders.map((r) => [r.onDate, r.overdue])).toEqual([
      ['2026-03-20', true],
      ['2026-03-22', true],
      ['2026-03-24', true],
    ])
  })

  it(`stops reminding an unrecorded check-in more than ${CHECK_IN_LOOKBACK_DAYS} days old`, () => {
    const c = daily('2026-01-01', '2026-03-25')
    const days = remind(at('2026-03-25T12:00:00Z'), [c]).map((r) => r.onDate)
    // Today's 20:00 has not come; the oldest still reminded is exactly seven days back.
    expect(days).toEqual([
      '2026-03-18',
      '2026-03-19',
      '2026-03-20',
      '2026-03-21',
      '2026-03-22',
      '2026-03-23',
      '2026-03-24',
    ])
  })

  it('uses the local day: after midnight in Berlin, yesterday evening is overdue', () => {
    const c = daily('2026-03-29', '2026-03-30')
    const [r] = remind(at('2026-03-29T22:30:00Z'), [c])
    expect(r).toMatchObject({ onDate: '2026-03-29', overdue: true })
  })

  it("does not remind tomorrow's check-in until its minute comes", () => {
    const c: ReminderCommitment = { ...daily('2026-03-25', '2026-03-25'), reminderTime: '00:00' }
    expect(remind(at('2026-03-25T23:59:00Z'), [c], [], 'UTC').map((r) => r.onDate)).toEqual(['2026-03-25'])
    expect(remind(at('2026-03-26T00:00:00Z'), [c], [], 'UTC').map((r) => r.onDate)).toEqual([
      '2026-03-25',
      '2026-03-26',
    ])
  })
})

describe('dueReminders: amends', () => {
  const now = at('2026-04-01T07:00:00Z') // 09:00 in Berlin

  it(`reminds a planned amend at ${AMEND_REMINDER_TIME} local on its day`, () => {
    expect(remind(now - 1, [], [amend(7, '2026-04-01')])).toEqual([])
    expect(remind(now, [], [amend(7, '2026-04-01')])).toEqual([
      {
        key: 'amend:7:2026-04-01',
        kind: 'amend',
        planId: 3,
        amendId: 7,
        onDate: '2026-04-01',
        dueAt: now,
        overdue: false,
      },
    ])
  })

  it('keeps reminding an overdue planned amend, however old, and never done, declined or undated ones', () => {
    const amends = [
      amend(1, '2026-01-10'),
      amend(2, '2026-03-31', 'done'),
      amend(3, '2026-03-31', 'declined'),
      amend(4, null),
      amend(5, '2026-04-02'),
    ]
    expect(remind(now, [], amends).map((r) => [r.key, r.overdue])).toEqual([['amend:1:2026-01-10', true]])
  })

  it('sorts everything by when it fell due, then by key', () => {
    const c = daily('2026-03-31', '2026-04-01', { reminderTime: '09:00' })
    const c2 = daily('2026-03-31', '2026-04-01', { id: 2, reminderTime: '08:00' })
    const keys = remind(now, [c, c2], [amend(9, '2026-03-31'), amend(8, '2026-04-01')]).map((r) => r.key)
    expect(keys).toEqual([
      'check-in:2:2026-03-31',
      'amend:9:2026-03-31',
      'check-in:12:2026-03-31',
      'check-in:2:2026-04-01',
      'amend:8:2026-04-01',
      'check-in:12:2026-04-01',
    ])
  })
})

describe('dueReminders: trust checks', () => {
  const now = at('2026-04-01T07:00:00Z') // 09:00 in Berlin
  const checks = (...list: Array<[number, string]>) => list.map(([assessmentId, dueOn]) => ({ assessmentId, dueOn }))
  const remindChecks = (instant: number, trustChecks: ReturnType<typeof checks>) =>
    dueReminders({ now: instant, timeZone: BERLIN, commitments: [], amends: [], trustChecks })

  it(`reminds a periodic check at ${TRUST_CHECK_REMINDER_TIME} local on the day it falls due`, () => {
    expect(remindChecks(now - 1, checks([4, '2026-04-01']))).toEqual([])
    expect(remindChecks(now, checks([4, '2026-04-01']))).toEqual([
      {
        key: 'trust-check:4:2026-04-01',
        kind: 'trust-check',
        assessmentId: 4,
        onDate: '2026-04-01',
        dueAt: now,
        overdue: false,
      },
    ])
  })

  it('keeps reminding a check until it is taken, however old, and never one not yet due', () => {
    const due = remindChecks(now, checks([1, '2026-01-10'], [2, '2026-04-02'], [3, '2026-03-31']))
    expect(due.map((r) => [r.key, r.overdue])).toEqual([
      ['trust-check:1:2026-01-10', true],
      ['trust-check:3:2026-03-31', true],
    ])
  })

  it('sorts checks among amends and check-ins by when they fell due', () => {
    const keys = dueReminders({
      now,
      timeZone: BERLIN,
      commitments: [daily('2026-04-01', '2026-04-01', { reminderTime: '08:00' })],
      amends: [amend(9, '2026-04-01')],
      trustChecks: checks([5, '2026-04-01']),
    }).map((r) => r.key)
    expect(keys).toEqual(['check-in:12:2026-04-01', 'amend:9:2026-04-01', 'trust-check:5:2026-04-01'])
  })
})

describe('quiet hours', () => {
  const night = { start: '22:00', end: '07:00' }

  it('crosses midnight, start inclusive and end exclusive', () => {
    const quietAt = (utc: string): boolean => isQuietTime(at(utc), BERLIN, night)
    // Berlin is UTC+2 in June.
    expect(quietAt('2026-06-10T19:59:00Z')).toBe(false)
    expect(quietAt('2026-06-10T20:00:00Z')).toBe(true)
    expect(quietAt('2026-06-10T22:00:00Z')).toBe(true)
    expect(quietAt('2026-06-11T04:59:00Z')).toBe(true)
    expect(quietAt('2026-06-11T05:00:00Z')).toBe(false)
  })

  it('works within a day, and not at all when start equals end or none are set', () => {
    const lunch = { start: '12:00', end: '13:00' }
    expect(isQuietTime(at('2026-06-10T09:59:00Z'), BERLIN, lunch)).toBe(false)
    expect(isQuietTime(at('2026-06-10T10:00:00Z'), BERLIN, lunch)).toBe(true)
    expect(isQuietTime(at('2026-06-10T11:00:00Z'), BERLIN, lunch)).toBe(false)
    expect(isQuietTime(at('2026-06-10T10:00:00Z'), BERLIN, { start: '12:00', end: '12:00' })).toBe(false)
    expect(isQuietTime(at('2026-06-10T22:00:00Z'), BERLIN, null)).toBe(false)
  })

  it('says when the quiet hours end, through a night the clock springs forward', () => {
    expect(quietHoursEnd(at('2026-03-28T22:00:00Z'), BERLIN, night)).toBe(at('2026-03-29T05:00:00Z'))
    expect(quietHoursEnd(at('2026-03-29T02:00:00Z'), BERLIN, night)).toBe(at('2026-03-29T05:00:00Z'))
    expect(quietHoursEnd(at('2026-03-29T12:00:00Z'), BERLIN, night)).toBeNull()
    expect(quietHoursEnd(at('2026-03-29T12:00:00Z'), BERLIN, null)).toBeNull()
  })

  it('ends quiet hours at the jump when their end falls in the spring-forward gap', () => {
    const untilHalfTwo = { start: '22:00', end: '02:30' }
    const end = quietHoursEnd(at('2026-03-29T00:30:00Z'), BERLIN, untilHalfTwo)
    expect(iso(end ?? 0)).toBe('2026-03-29T01:00:00.000Z')
    expect(isQuietTime(at('2026-03-29T00:59:00Z'), BERLIN, untilHalfTwo)).toBe(true)
    expect(isQuietTime(at('2026-03-29T01:00:00Z'), BERLIN, untilHalfTwo)).toBe(false)
  })

  it('ends at the next end time when the clock falls back and repeats it', () => {
    const early = { start: '01:00', end: '02:30' }
    // 02:10 summer time, then 02:10 again in winter time an hour later: both are quiet.
    expect(quietHoursEnd(at('2026-10-25T00:10:00Z'), BERLIN, early)).toBe(at('2026-10-25T00:30:00Z'))
    expect(isQuietTime(at('2026-10-25T00:45:00Z'), BERLIN, early)).toBe(false)
    expect(quietHoursEnd(at('2026-10-25T01:10:00Z'), BERLIN, early)).toBe(at('2026-10-25T01:30:00Z'))
  })
})

describe('notificationsToSend', () => {
  const night = { start: '22:00', end: '07:00' }
  const c = daily('2026-06-10', '2026-06-10', { reminderTime: '22:30' })

  const send = (now: number, alreadySent: Set<string>) =>
    notificationsToSend({
      reminders: remind(now, [c]),
      alreadySent,
      now,
      timeZone: BERLIN,
      quietHours: night,
    })

  it('holds a reminder that falls due in quiet hours until they end, then sends it', () => {
    const sent = new Set<string>()
    expect(send(at('2026-06-10T20:30:00Z'), sent)).toEqual([])
    expect(send(at('2026-06-11T04:59:00Z'), sent)).toEqual([])
    const morning = send(at('2026-06-11T05:00:00Z'), sent)
    expect(morning.map((r) => [r.key, r.overdue])).toEqual([['check-in:12:2026-06-10', true]])
  })

  it('skips what was already sent', () => {
    const now = at('2026-06-11T06:00:00Z')
    expect(send(now, new Set(['check-in:12:2026-06-10']))).toEqual([])
  })

  it('sends immediately when there are no quiet hours', () => {
    const now = at('2026-06-10T20:30:00Z')
    const reminders = remind(now, [c])
    expect(
      notificationsToSend({ reminders, alreadySent: new Set(), now, timeZone: BERLIN, quietHours: null }),
    ).toHaveLength(1)
  })

  it('sends each reminder exactly once at its minute when polled every minute through a DST night', () => {
    const commitments = [
      daily('2026-03-28', '2026-03-29', { reminderTime: '02:30' }),
      daily('2026-03-28', '2026-03-29', { id: 13 }),
    ]
    const amends = [amend(7, '2026-03-29')]
    const sent = new Set<string>()
    const log: string[] = []
    for (let now = at('2026-03-28T00:00:00Z'); now < at('2026-03-30T00:00:00Z'); now += 60_000) {
      const reminders = dueReminders({ now, timeZone: BERLIN, commitments, amends })
      for (const r of notificationsToSend({ reminders, alreadySent: sent, now, timeZone: BERLIN, quietHours: null })) {
        sent.add(r.key)
        log.push(`${iso(now)} ${r.key}`)
      }
    }
    expect(log).toEqual([
      '2026-03-28T01:30:00.000Z check-in:12:2026-03-28',
      '2026-03-28T19:00:00.000Z check-in:13:2026-03-28',
      '2026-03-29T01:30:00.000Z check-in:12:2026-03-29',
      '2026-03-29T07:00:00.000Z amend:7:2026-03-29',
      '2026-03-29T18:00:00.000Z check-in:13:2026-03-29',
    ])
  })
})
