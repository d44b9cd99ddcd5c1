import { describe, expect, it } from 'vitest'
import {
  addDays,
  compareDays,
  daysBetween,
  daysInMonth,
  isLocalDate,
  localTimeOf,
  mondayOf,
  todayIn,
  weekdayOf,
  zonedInstant,
  zonedInstants,
} from '../../../../electron/core/repair/local-days'

const iso = (ms: number): string => new Date(ms).toISOString()
const at = (isoString: string): number => Date.parse(isoString)

describe('calendar days', () => {
  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01')
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31')
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29')
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01')
    expect(addDays('2026-03-01', 365)).toBe('2027-03-01')
    expect(addDays('2026-05-05', 0)).toBe('2026-05-05')
  })

  it('ignores daylight saving: the day a clock springs forward is still one day long', () => {
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29')
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30')
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2)
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2)
  })

  it('counts days between, negative when the second is earlier', () => {
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365)
    expect(daysBetween('2028-01-01', '2029-01-01')).toBe(366)
    expect(daysBetween('2026-04-10', '2026-04-03')).toBe(-7)
    expect(daysBetween('2026-04-10', '2026-04-10')).toBe(0)
  })

  it('gives weekdays as getDay does (0 = Sunday)', () => {
    expect(weekdayOf('2026-03-29')).toBe(0)
    expect(weekdayOf('2026-03-30')).toBe(1)
    expect(weekdayOf('2026-01-01')).toBe(4)
    expect(weekdayOf('2028-02-29')).toBe(2)
    expect(weekdayOf('1969-12-31')).toBe(3)
  })

  it('knows month lengths, including century leap rules', () => {
    expect(daysInMonth(2026, 2)).toBe(28)
    expect(daysInMonth(2028, 2)).toBe(29)
    expect(daysInMonth(2100, 2)).toBe(28)
    expect(daysInMonth(2000, 2)).toBe(29)
    expect(daysInMonth(2026, 4)).toBe(30)
    expect(daysInMonth(2026, 12)).toBe(31)
    expect(() => daysInMonth(2026, 13)).toThrow(RangeError)
  })

  it('finds the Monday starting the week, across a year boundary', () => {
    expect(mondayOf('2026-03-30')).toBe('2026-03-30')
    expect(mondayOf('2026-03-29')).toBe('2026-03-23')
    expect(mondayOf('2026-04-01')).toBe('2026-03-30')
    expect(mondayOf('2027-01-01')).toBe('2026-12-28')
  })

  it('compares days', () => {
    expect(compareDays('2026-01-01', '2026-01-02')).toBe(-1)
    expect(compareDays('2026-01-02', '2026-01-01')).toBe(1)
    expect(compareDays('2026-01-02', '2026-01-02')).toBe(0)
    expect(['2026-02-01', '2025-12-31', '2026-01-15'].sort(compareDays)).toEqual([
      '2025-12-31',
      '2026-01-15',
      '2026-02-01',
    ])
  })

  it('refuses what is not a real calendar day', () => {
    for (const bad of ['2026-02-29', '2026-13-01', '2026-04-31', '2026-4-1', '26-04-01', '', '2026-04-01T00:00']) {
      expect(isLocalDate(bad)).toBe(false)
      expect(() => addDays(bad, 1)).toThrow(RangeError)
    }
    expect(isLocalDate('2028-02-29')).toBe(true)
    expect(() => addDays('2026-01-01', 0.5)).toThrow(RangeError)
  })
})

describe('the local day and time at an instant', () => {
  it('gives the calendar day on the wall clock in the zone, not in UTC', () => {
    const instant = at('2026-03-29T22:30:00Z')
    expect(todayIn(instant, 'UTC')).toBe('2026-03-29')
    expect(todayIn(instant, 'Europe/Berlin')).toBe('2026-03-30')
    expect(todayIn(instant, 'America/New_York')).toBe('2026-03-29')
    expect(todayIn(at('2026-03-29T14:59:00Z'), 'Asia/Tokyo')).toBe('2026-03-29')
    expect(todayIn(at('2026-03-29T15:00:00Z'), 'Asia/Tokyo')).toBe('2026-03-30')
  })

  it('shows midnight as 00:00, not 24:00', () => {
    expect(localTimeOf(at('2026-06-30T22:00:00Z'), 'Europe/Berlin')).toEqual({ day: '2026-07-01', time: '00:00' })
  })

  it('follows the clock through a spring-forward and a fall-back', () => {
    expect(localTimeOf(at('2026-03-29T00:59:00Z'), 'Europe/Berlin').time).toBe('01:59')
    expect(localTimeOf(at('2026-03-29T01:00:00Z'), 'Europe/Berlin').time).toBe('03:00')
    expect(localTimeOf(at('2026-10-25T00:30:00Z'), 'Europe/Berlin').time).toBe('02:30')
    expect(localTimeOf(at('2026-10-25T01:30:00Z'), 'Europe/Berlin').time).toBe('02:30')
  })

  it('rejects an unknown zone', () => {
    expect(() => todayIn(0, 'Mars/Olympus_Mons')).toThrow(RangeError)
  })
})

describe('zonedInstant', () => {
  it('maps an ordinary wall time to its instant', () => {
    expect(iso(zonedInstant('2026-01-15', '20:00', 'Europe/Berlin'))).toBe('2026-01-15T19:00:00.000Z')
    expect(iso(zonedInstant('2026-07-15', '20:00', 'Europe/Berlin'))).toBe('2026-07-15T18:00:00.000Z')
    expect(iso(zonedInstant('2026-07-15', '00:00', 'UTC'))).toBe('2026-07-15T00:00:00.000Z')
  })

  it('puts 20:00 on the day of each DST change at the right UTC time', () => {
    // Berlin: before +1, after +2 (spring); before +2, after +1 (autumn).
    expect(iso(zonedInstant('2026-03-28', '20:00', 'Europe/Berlin'))).toBe('2026-03-28T19:00:00.000Z')
    expect(iso(zonedInstant('2026-03-29', '20:00', 'Europe/Berlin'))).toBe('2026-03-29T18:00:00.000Z')
    expect(iso(zonedInstant('2026-10-25', '20:00', 'Europe/Berlin'))).toBe('2026-10-25T19:00:00.000Z')
    // New York: -5 to -4 on 8 March, -4 to -5 on 1 November; 20:00 is after midnight UTC.
    expect(iso(zonedInstant('2026-03-07', '20:00', 'America/New_York'))).toBe('2026-03-08T01:00:00.000Z')
    expect(iso(zonedInstant('2026-03-08', '20:00', 'America/New_York'))).toBe('2026-03-09T00:00:00.000Z')
    expect(iso(zonedInstant('2026-11-01', '20:00', 'America/New_York'))).toBe('2026-11-02T01:00:00.000Z')
  })

  it('moves a wall time in the spring-forward gap on by the gap', () => {
    const berlin = zonedInstant('2026-03-29', '02:30', 'Europe/Berlin')
    expect(iso(berlin)).toBe('2026-03-29T01:30:00.000Z')
    expect(localTimeOf(berlin, 'Europe/Berlin')).toEqual({ day: '2026-03-29', time: '03:30' })
    const newYork = zonedInstant('2026-03-08', '02:30', 'America/New_York')
    expect(iso(newYork)).toBe('2026-03-08T07:30:00.000Z')
    expect(localTimeOf(newYork, 'America/New_York').time).toBe('03:30')
    // The first minute of the gap becomes the first minute after it.
    expect(iso(zonedInstant('2026-03-29', '02:00', 'Europe/Berlin'))).toBe('2026-03-29T01:00:00.000Z')
    expect(zonedInstants('2026-03-29', '02:30', 'Europe/Berlin')).toEqual([])
  })

  it('takes the earlier of a wall time the clock shows twice when falling back', () => {
    expect(iso(zonedInstant('2026-10-25', '02:30', 'Europe/Berlin'))).toBe('2026-10-25T00:30:00.000Z')
    expect(zonedInstants('2026-10-25', '02:30', 'Europe/Berlin').map(iso)).toEqual([
      '2026-10-25T00:30:00.000Z',
      '2026-10-25T01:30:00.000Z',
    ])
    expect(iso(zonedInstant('2026-11-01', '01:30', 'America/New_York'))).toBe('2026-11-01T05:30:00.000Z')
    // The minutes either side of the repeated hour are unambiguous.
    expect(iso(zonedInstant('2026-10-25', '01:59', 'Europe/Berlin'))).toBe('2026-10-24T23:59:00.000Z')
    expect(iso(zonedInstant('2026-10-25', '03:00', 'Europe/Berlin'))).toBe('2026-10-25T02:00:00.000Z')
  })

  it('handles a half-hour DST shift (Lord Howe Island)', () => {
    // +10:30 standard, +11 in summer; clocks go 02:00 -> 02:30 and back 02:00 -> 01:30.
    expect(iso(zonedInstant('2026-10-04', '02:15', 'Australia/Lord_Howe'))).toBe('2026-10-03T15:45:00.000Z')
    expect(localTimeOf(zonedInstant('2026-10-04', '02:15', 'Australia/Lord_Howe'), 'Australia/Lord_Howe').time).toBe(
      '02:45',
    )
    expect(zonedInstants('2026-04-05', '01:45', 'Australia/Lord_Howe').map(iso)).toEqual([
      '2026-04-04T14:45:00.000Z',
      '2026-04-04T15:15:00.000Z',
    ])
  })

  it('handles the southern hemisphere, where summer time spans the new year (Auckland)', () => {
    expect(iso(zonedInstant('2026-01-01', '20:00', 'Pacific/Auckland'))).toBe('2026-01-01T07:00:00.000Z')
    expect(iso(zonedInstant('2026-07-01', '20:00', 'Pacific/Auckland'))).toBe('2026-07-01T08:00:00.000Z')
    expect(iso(zonedInstant('2026-09-27', '02:30', 'Pacific/Auckland'))).toBe('2026-09-26T14:30:00.000Z')
  })

  it('is a fixed offset in a zone without DST (Tokyo)', () => {
    for (const day of ['2026-01-15', '2026-03-29', '2026-07-15', '2026-10-25', '2026-11-01']) {
      expect(iso(zonedInstant(day, '20:00', 'Asia/Tokyo'))).toBe(`${day}T11:00:00.000Z`)
    }
  })

  it('survives a whole day skipped when Samoa crossed the date line', () => {
    // 30 December 2011 never happened in Apia; noon that day is noon on the 31st.
    const noon = zonedInstant('2011-12-30', '12:00', 'Pacific/Apia')
    expect(iso(noon)).toBe('2011-12-30T22:00:00.000Z')
    expect(localTimeOf(noon, 'Pacific/Apia')).toEqual({ day: '2011-12-31', time: '12:00' })
  })

  it('round-trips every hour of a year in New York back to the same wall time', () => {
    let day = '2026-01-01'
    for (let i = 0; i < 365; i++, day = addDays(day, 1)) {
      for (const time of ['00:00', '01:30', '03:00', '12:00', '23:59']) {
        expect(localTimeOf(zonedInstant(day, time, 'America/New_York'), 'America/New_York')).toEqual({ day, time })
      }
    }
  })

  it('refuses a malformed time', () => {
    expect(() => zonedInstant('2026-01-01', '24:00', 'UTC')).toThrow(RangeError)
    expect(() => zonedInstant('2026-01-01', '9:00', 'UTC')).toThrow(RangeError)
  })
})
