import { describe, expect, it } from 'vitest'
import { describeCadence, dueDays, fallsOn, formatDay } from '../../../../../src/components/plans/steps/due-days'

// 2026-11-24 is a Tuesday.
const TODAY = '2026-11-24'

describe('recent due days of a commitment', () => {
  it('a daily commitment is due every day of the last two weeks, newest first', () => {
    const days = dueDays({ cadence: { kind: 'daily' }, startOn: '2026-01-01', endOn: null }, TODAY)
    expect(days).toHaveLength(14)
    expect(days[0]).toBe(TODAY)
    expect(days.at(-1)).toBe('2026-11-11')
  })

  it('never before the start nor after the end', () => {
    expect(dueDays({ cadence: { kind: 'daily' }, startOn: '2026-11-22', endOn: null }, TODAY)).toEqual([
      '2026-11-24',
      '2026-11-23',
      '2026-11-22',
    ])
    expect(dueDays({ cadence: { kind: 'daily' }, startOn: '2026-11-20', endOn: '2026-11-21' }, TODAY)).toEqual([
      '2026-11-21',
      '2026-11-20',
    ])
  })

  it('weekly and chosen weekdays fall on their days', () => {
    expect(dueDays({ cadence: { kind: 'weekly', weekday: 2 }, startOn: '2026-01-01', endOn: null }, TODAY)).toEqual([
      '2026-11-24',
      '2026-11-17',
    ])
    const monWedFri = dueDays(
      { cadence: { kind: 'days', weekdays: [1, 3, 5] }, startOn: '2026-11-16', endOn: null },
      TODAY,
    )
    expect(monWedFri).toEqual(['2026-11-23', '2026-11-20', '2026-11-18', '2026-11-16'])
  })

  it('a monthly 31st falls on the last day of shorter months', () => {
    const cadence = { kind: 'monthly' as const, dayOfMonth: 31 }
    expect(fallsOn(cadence, '2026-04-30')).toBe(true)
    expect(fallsOn(cadence, '2027-02-28')).toBe(true)
    expect(fallsOn(cadence, '2028-02-28')).toBe(false)
    expect(fallsOn(cadence, '2028-02-29')).toBe(true)
    expect(fallsOn(cadence, '2026-05-30')).toBe(false)
  })

  it('counts calendar days across a daylight-saving change without skipping one', () => {
    const days = dueDays({ cadence: { kind: 'daily' }, startOn: '2026-03-01', endOn: null }, '2026-04-02')
    expect(days).toContain('2026-03-29')
    expect(days).toContain('2026-03-30')
    expect(new Set(days).size).toBe(14)
  })
})

it('says a cadence in plain words', () => {
  expect(describeCadence({ kind: 'daily' })).toBe('Every day')
  expect(describeCadence({ kind: 'weekly', weekday: 0 })).toBe('Every Sunday')
  expect(describeCadence({ kind: 'days', weekdays: [5, 1, 3] })).toBe('Mon, Wed and Fri')
  expect(describeCadence({ kind: 'monthly', dayOfMonth: 1 })).toBe('Monthly on the 1st')
  expect(describeCadence({ kind: 'monthly', dayOfMonth: 12 })).toBe('Monthly on the 12th')
  expect(describeCadence({ kind: 'monthly', dayOfMonth: 22 })).toBe('Monthly on the 22nd')
})

it('names today and yesterday', () => {
  expect(formatDay(TODAY, TODAY)).toBe('Today')
  expect(formatDay('2026-11-23', TODAY)).toBe('Yesterday')
  expect(formatDay('2026-11-20', TODAY)).toMatch(/20/)
})
