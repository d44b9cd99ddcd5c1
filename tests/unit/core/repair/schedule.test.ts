import { describe, expect, it } from 'vitest'
import type { Cadence } from '../../../../electron/contract/plan-values'
import {
  MAX_SCHEDULE_RANGE_DAYS,
  cadenceFallsOn,
  dueDays,
  isDueOn,
  isPausedOn,
} from '../../../../electron/core/repair/schedule'
import { addDays, weekdayOf } from '../../../../electron/core/repair/local-days'

const daily: Cadence = { kind: 'daily' }

describe('dueDays', () => {
  it('is every day for a daily commitment, inclusive at both ends', () => {
    expect(dueDays({ cadence: daily, startOn: '2026-01-01', from: '2026-03-27', to: '2026-03-31' })).toEqual([
      '2026-03-27',
      '2026-03-28',
      '2026-03-29',
      '2026-03-30',
      '2026-03-31',
    ])
  })

  it('starts no earlier than startOn and ends no later than endOn', () => {
    expect(
      dueDays({ cadence: daily, startOn: '2026-03-30', endOn: '2026-04-02', from: '2026-03-01', to: '2026-04-30' }),
    ).toEqual(['2026-03-30', '2026-03-31', '2026-04-01', '2026-04-02'])
    expect(dueDays({ cadence: daily, startOn: '2026-05-01', from: '2026-03-01', to: '2026-04-30' })).toEqual([])
    expect(
      dueDays({ cadence: daily, startOn: '2026-01-01', endOn: '2026-02-28', from: '2026-03-01', to: '2026-03-31' }),
    ).toEqual([])
    // A null end runs on like an absent one.
    expect(
      dueDays({ cadence: daily, startOn: '2026-01-01', endOn: null, from: '2026-12-31', to: '2027-01-01' }),
    ).toEqual(['2026-12-31', '2027-01-01'])
  })

  it('lands weekly on its weekday across month and year boundaries', () => {
    const fridays = dueDays({
      cadence: { kind: 'weekly', weekday: 5 },
      startOn: '2026-01-01',
      from: '2026-12-01',
      to: '2027-01-31',
    })
    expect(fridays).toEqual([
      '2026-12-04',
      '2026-12-11',
      '2026-12-18',
      '2026-12-25',
      '2027-01-01',
      '2027-01-08',
      '2027-01-15',
      '2027-01-22',
      '2027-01-29',
    ])
  })

  it('lands on each chosen weekday for a days cadence, whatever order they were chosen in', () => {
    const days = dueDays({
      cadence: { kind: 'days', weekdays: [5, 1, 3] },
      startOn: '2026-01-01',
      from: '2026-03-28',
      to: '2026-04-05',
    })
    expect(days).toEqual(['2026-03-30', '2026-04-01', '2026-04-03'])
    expect(days.map(weekdayOf)).toEqual([1, 3, 5])
  })

  it('puts a monthly 31st on the last day of shorter months through a year', () => {
    const days = dueDays({
      cadence: { kind: 'monthly', dayOfMonth: 31 },
      startOn: '2026-01-01',
      from: '2026-01-01',
      to: '2026-12-31',
    })
    expect(days).toEqual([
      '2026-01-31',
      '2026-02-28',
      '2026-03-31',
      '2026-04-30',
      '2026-05-31',
      '2026-06-30',
      '2026-07-31',
      '2026-08-31',
      '2026-09-30',
      '2026-10-31',
      '2026-11-30',
      '2026-12-31',
    ])
  })

  it('puts a monthly 29th or 30th on 29 February in a leap year, and 28 February otherwise', () => {
    const feb = (dayOfMonth: number, year: number): string[] =>
      dueDays({
        cadence: { kind: 'monthly', dayOfMonth },
        startOn: '2020-01-01',
        from: `${year}-02-01`,
        to: `${year}-03-31`,
      })
    expect(feb(30, 2028)).toEqual(['2028-02-29', '2028-03-30'])
    expect(feb(29, 2028)).toEqual(['2028-02-29', '2028-03-29'])
    expect(feb(29, 2027)).toEqual(['2027-02-28', '2027-03-29'])
    expect(feb(28, 2028)).toEqual(['2028-02-28', '2028-03-28'])
  })

  it('is due once a month, never twice, for an ordinary day of the month', () => {
    const days = dueDays({
      cadence: { kind: 'monthly', dayOfMonth: 1 },
      startOn: '2026-01-15',
      from: '2026-01-01',
      to: '2026-04-30',
    })
    expect(days).toEqual(['2026-02-01', '2026-03-01', '2026-04-01'])
  })

  it('skips the days of a closed pause, counting both its ends', () => {
    const days = dueDays({
      cadence: daily,
      startOn: '2026-01-01',
      pauses: [{ from: '2026-03-03', to: '2026-03-05' }],
      from: '2026-03-01',
      to: '2026-03-07',
    })
    expect(days).toEqual(['2026-03-01', '2026-03-02', '2026-03-06', '2026-03-07'])
  })

  it('skips everything from the start of a pause that has not ended', () => {
    const days = dueDays({
      cadence: daily,
      startOn: '2026-01-01',
      pauses: [
        { from: '2026-03-02', to: '2026-03-02' },
        { from: '2026-03-05', to: null },
      ],
      from: '2026-03-01',
      to: '2027-03-01',
    })
    expect(days).toEqual(['2026-03-01', '2026-03-03', '2026-03-04'])
  })

  it('is due again on the day after a pause ends, on its cadence', () => {
    const days = dueDays({
      cadence: { kind: 'weekly', weekday: 1 },
      startOn: '2026-01-01',
      pauses: [{ from: '2026-03-09', to: '2026-03-22' }],
      from: '2026-03-01',
      to: '2026-03-31',
    })
    expect(days).toEqual(['2026-03-02', '2026-03-23', '2026-03-30'])
  })

  it('gives nothing for an empty window and refuses one of more than ten years', () => {
    expect(dueDays({ cadence: daily, startOn: '2026-01-01', from: '2026-03-02', to: '2026-03-01' })).toEqual([])
    const from = '2020-01-01'
    const longest = addDays(from, MAX_SCHEDULE_RANGE_DAYS - 1)
    expect(dueDays({ cadence: daily, startOn: from, from, to: longest })).toHaveLength(MAX_SCHEDULE_RANGE_DAYS)
    expect(() => dueDays({ cadence: daily, startOn: from, from, to: addDays(longest, 1) })).toThrow(RangeError)
  })

  it('refuses malformed days', () => {
    expect(() => dueDays({ cadence: daily, startOn: '2026-1-1', from: '2026-01-01', to: '2026-01-02' })).toThrow(
      RangeError,
    )
    expect(() => dueDays({ cadence: daily, startOn: '2026-01-01', from: '2026-02-30', to: '2026-03-02' })).toThrow(
      RangeError,
    )
  })

  it('is DST-proof: each day appears once through both clock changes', () => {
    const days = dueDays({ cadence: daily, startOn: '2026-01-01', from: '2026-01-01', to: '2026-12-31' })
    expect(days).toHaveLength(365)
    expect(new Set(days).size).toBe(365)
    expect(days).toContain('2026-03-29')
    expect(days).toContain('2026-10-25')
  })
})

describe('isDueOn and friends', () => {
  const schedule = {
    cadence: { kind: 'days', weekdays: [0, 6] } as Cadence,
    startOn: '2026-03-01',
    endOn: '2026-06-30',
    pauses: [{ from: '2026-04-01', to: '2026-04-30' }],
  }

  it('agrees with dueDays day by day', () => {
    const listed = new Set(dueDays({ ...schedule, from: '2026-02-01', to: '2026-07-31' }))
    for (let day = '2026-02-01'; day <= '2026-07-31'; day = addDays(day, 1)) {
      expect(isDueOn(schedule, day)).toBe(listed.has(day))
    }
    expect(listed.size).toBeGreaterThan(0)
  })

  it('answers the cadence and pause questions separately', () => {
    expect(cadenceFallsOn(schedule.cadence, '2026-04-04')).toBe(true)
    expect(isPausedOn(schedule.pauses, '2026-04-04')).toBe(true)
    expect(isDueOn(schedule, '2026-04-04')).toBe(false)
    expect(isDueOn(schedule, '2026-05-02')).toBe(true)
    expect(isDueOn(schedule, '2026-07-04')).toBe(false)
    expect(isPausedOn([], '2026-04-04')).toBe(false)
  })
})
