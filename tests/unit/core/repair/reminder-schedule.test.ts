import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  lockedRemindersDue,
  type ReminderSchedule,
  type UpcomingReminder,
} from '../../../../electron/core/repair/reminder-schedule'
import { zonedInstant } from '../../../../electron/core/repair/local-days'

/**
 * Issue 23, point 3: what a locked Mend may still raise. Main keeps, in memory only, the times of
 * the next reminders (a day and a time on the person's own calendar, a kind, an opaque key; never
 * a word of the plan) and asks this pure function on every tick which fell due, in the zone the
 * person is in now.
 */

const checkIn = (day: string, time = '20:00', id = 4): UpcomingReminder => ({
  key: `check-in:${id}:${day}`,
  kind: 'check-in',
  day,
  time,
})

function schedule(reminders: UpcomingReminder[], quietHours: ReminderSchedule['quietHours'] = null): ReminderSchedule {
  return { quietHours, reminders }
}

describe('lockedRemindersDue', () => {
  it('raises a reminder from its local time on, once, and nothing before', () => {
    const plan = schedule([checkIn('2026-03-02'), checkIn('2026-03-03')])
    const at = (instant: string) => Date.parse(instant)
    expect(lockedRemindersDue(plan, new Set(), at('2026-03-02T19:59:59+01:00'), 'Europe/Berlin')).toEqual([])
    const first = lockedRemindersDue(plan, new Set(), at('2026-03-02T20:00:00+01:00'), 'Europe/Berlin')
    expect(first.map((r) => r.key)).toEqual(['check-in:4:2026-03-02'])
    const raised = new Set(first.map((r) => r.key))
    expect(lockedRemindersDue(plan, raised, at('2026-03-02T23:00:00+01:00'), 'Europe/Berlin')).toEqual([])
  })

  it('follows the zone the person is in at the moment of asking', () => {
    const plan = schedule([checkIn('2026-03-03', '21:00')])
    // 21:00 in Berlin has passed, but the person is in New York, where it is 15:00.
    const now = Date.parse('2026-03-03T15:00:00-05:00')
    expect(lockedRemindersDue(plan, new Set(), now, 'America/New_York')).toEqual([])
    expect(lockedRemindersDue(plan, new Set(), now, 'Europe/Berlin').map((r) => r.key)).toEqual([
      'check-in:4:2026-03-03',
    ])
    expect(
      lockedRemindersDue(plan, new Set(), Date.parse('2026-03-03T21:00:00-05:00'), 'America/New_York'),
    ).toHaveLength(1)
  })

  it('holds everything through quiet hours and raises it when they end', () => {
    const plan = schedule([checkIn('2026-03-02', '22:30')], { start: '22:00', end: '07:00' })
    expect(lockedRemindersDue(plan, new Set(), Date.parse('2026-03-02T23:00:00+01:00'), 'Europe/Berlin')).toEqual([])
    expect(lockedRemindersDue(plan, new Set(), Date.parse('2026-03-03T06:59:00+01:00'), 'Europe/Berlin')).toEqual([])
    expect(lockedRemindersDue(plan, new Set(), Date.parse('2026-03-03T07:00:00+01:00'), 'Europe/Berlin')).toHaveLength(
      1,
    )
  })

  it('lets a check-in older than the lookback go, as an unlocked Mend does', () => {
    const plan = schedule([checkIn('2026-03-02')])
    expect(lockedRemindersDue(plan, new Set(), Date.parse('2026-03-09T20:00:00+01:00'), 'Europe/Berlin')).toHaveLength(
      1,
    )
    expect(lockedRemindersDue(plan, new Set(), Date.parse('2026-03-10T20:00:00+01:00'), 'Europe/Berlin')).toEqual([])
  })

  it('raises every reminder exactly once, never early, across a zone change at any moment (property)', () => {
    const zones = ['Europe/Berlin', 'America/New_York', 'Asia/Tokyo', 'Pacific/Auckland', 'America/Los_Angeles']
    const day = fc.integer({ min: 0, max: 6 }).map((n) => `2026-03-${String(2 + n).padStart(2, '0')}`)
    const time = fc
      .tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45))
      .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`)
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(day, time), { minLength: 1, maxLength: 8, selector: ([d]) => d }),
        fc.constantFrom(...zones),
        fc.constantFrom(...zones),
        fc.integer({ min: 0, max: 8 * 24 }),
        ([...items], from, to, switchHour) => {
          const plan = schedule(items.map(([d, t], i) => checkIn(d, t, i + 1)))
          const start = Date.parse('2026-03-01T00:00:00Z')
          const tick = 15 * 60_000
          const raisedAt = new Map<string, number>()
          const zoneAt = (now: number) => (now < start + switchHour * 3_600_000 ? from : to)
          for (let now = start; now <= start + 9 * 86_400_000; now += tick) {
            for (const reminder of lockedRemindersDue(plan, new Set(raisedAt.keys()), now, zoneAt(now))) {
              expect(raisedAt.has(reminder.key)).toBe(false)
              raisedAt.set(reminder.key, now)
              // On time where the person is: due there now, and not yet due there at the tick before.
              expect(now).toBeGreaterThanOrEqual(zonedInstant(reminder.day, reminder.time, zoneAt(now)))
              const before = now - tick
              expect(zonedInstant(reminder.day, reminder.time, zoneAt(before))).toBeGreaterThan(before)
            }
          }
          expect(raisedAt.size).toBe(items.length)
        },
      ),
      { numRuns: 40 },
    )
  })
})
