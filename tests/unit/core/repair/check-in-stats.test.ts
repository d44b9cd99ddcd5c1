import { describe, expect, it } from 'vitest'
import type { CheckInOutcome } from '../../../../electron/contract/plan-values'
import { checkInStats, weeklySeries, type RecordedCheckIn } from '../../../../electron/core/repair/check-in-stats'
import { dueDays } from '../../../../electron/core/repair/schedule'

/** Check-ins on consecutive days from `start`, one letter each: k kept, m missed, n n/a, . none. */
function recorded(start: string, pattern: string): RecordedCheckIn[] {
  const outcomes: Record<string, CheckInOutcome> = { k: 'kept', m: 'missed', n: 'not-applicable' }
  const base = Date.parse(`${start}T00:00:00Z`)
  return [...pattern].flatMap((letter, i) => {
    const outcome = outcomes[letter]
    const onDate = new Date(base + i * 86_400_000).toISOString().slice(0, 10)
    return outcome ? [{ onDate, outcome }] : []
  })
}

/** Every day of March 2026 from `first` to `last`, as a daily commitment's due days. */
const march = (first: number, last: number): string[] =>
  dueDays({
    cadence: { kind: 'daily' },
    startOn: '2026-01-01',
    from: `2026-03-${String(first).padStart(2, '0')}`,
    to: `2026-03-${String(last).padStart(2, '0')}`,
  })

describe('checkInStats', () => {
  it('counts outcomes over due days up to today and leaves out the future', () => {
    const stats = checkInStats({
      dueDays: march(10, 20),
      checkIns: recorded('2026-03-10', 'kkmn.k.kkkk'),
      today: '2026-03-16',
    })
    expect(stats).toMatchObject({ due: 7, kept: 3, missed: 1, notApplicable: 1, unrecorded: 2 })
  })

  it('rates kept over kept plus missed, leaving out not-applicable and unrecorded days', () => {
    const stats = checkInStats({
      dueDays: march(10, 19),
      checkIns: recorded('2026-03-10', 'kkkmnnn..k'),
      today: '2026-03-19',
    })
    expect(stats.keptRate).toBe(4 / 5)
  })

  it('has no rate when nothing was kept or missed', () => {
    expect(
      checkInStats({ dueDays: march(10, 12), checkIns: recorded('2026-03-10', 'nnn'), today: '2026-03-12' }),
    ).toEqual({
      due: 3,
      kept: 0,
      missed: 0,
      notApplicable: 3,
      unrecorded: 0,
      keptRate: null,
      currentStreak: 0,
      longestStreak: 0,
    })
    expect(checkInStats({ dueDays: march(10, 12), checkIns: [], today: '2026-03-12' }).keptRate).toBeNull()
    expect(checkInStats({ dueDays: [], checkIns: [], today: '2026-03-12' }).due).toBe(0)
    expect(
      checkInStats({ dueDays: march(10, 12), checkIns: recorded('2026-03-10', 'mm'), today: '2026-03-12' }).keptRate,
    ).toBe(0)
  })

  it('ignores check-ins on days that are not due days', () => {
    const mondays = dueDays({
      cadence: { kind: 'weekly', weekday: 1 },
      startOn: '2026-03-01',
      from: '2026-03-01',
      to: '2026-03-31',
    })
    expect(mondays).toEqual(['2026-03-02', '2026-03-09', '2026-03-16', '2026-03-23', '2026-03-30'])
    // Recorded daily before the cadence went weekly: only the Mondays count.
    const stats = checkInStats({
      dueDays: mondays,
      checkIns: recorded('2026-03-01', 'mkmmmmmmkmmmmm'),
      today: '2026-03-14',
    })
    expect(stats).toMatchObject({ due: 2, kept: 2, missed: 0, keptRate: 1, currentStreak: 2 })
  })

  describe('streaks', () => {
    const streaks = (pattern: string, today = '2026-03-20'): [number, number] => {
      const stats = checkInStats({ dueDays: march(10, 20), checkIns: recorded('2026-03-10', pattern), today })
      return [stats.currentStreak, stats.longestStreak]
    }

    it('counts the kept days in a row up to the latest due day', () => {
      expect(streaks('kkkkkkkkkkk')).toEqual([11, 11])
      expect(streaks('kkkkmkkkkkk')).toEqual([6, 6])
      expect(streaks('kkkkkkkkmkk')).toEqual([2, 8])
    })

    it('is broken by a miss on the latest day', () => {
      expect(streaks('kkkkkkkkkkm')).toEqual([0, 10])
    })

    it('steps over not-applicable days without breaking or growing', () => {
      expect(streaks('kkknnnkkknn')).toEqual([6, 6])
      expect(streaks('nnnnnnnnnnn')).toEqual([0, 0])
      expect(streaks('mkn')).toEqual([0, 1])
    })

    it('is not broken by today left unrecorded, but is by an earlier unrecorded day', () => {
      expect(streaks('kkkkkkkkkk.')).toEqual([10, 10])
      expect(streaks('kkkkkkkkk.k')).toEqual([1, 9])
      expect(streaks('kkkkkkkkk..')).toEqual([0, 9])
    })

    it('uses today when it is not a due day: yesterday unrecorded breaks the streak', () => {
      const everyOther = ['2026-03-10', '2026-03-12', '2026-03-14', '2026-03-16']
      const checkIns = recorded('2026-03-10', 'k.k.k')
      expect(checkInStats({ dueDays: everyOther, checkIns, today: '2026-03-15' }).currentStreak).toBe(3)
      expect(checkInStats({ dueDays: everyOther, checkIns, today: '2026-03-17' }).currentStreak).toBe(0)
      expect(checkInStats({ dueDays: everyOther, checkIns, today: '2026-03-16' }).currentStreak).toBe(3)
    })

    it('does not count future kept check-ins', () => {
      expect(streaks('kkkkkkkkkkk', '2026-03-14')).toEqual([5, 5])
    })
  })

  it('lets the later of two records for one day win, and counts a due day listed twice once', () => {
    const stats = checkInStats({
      dueDays: ['2026-03-10', '2026-03-10', '2026-03-11'],
      checkIns: [
        { onDate: '2026-03-10', outcome: 'missed' },
        { onDate: '2026-03-10', outcome: 'kept' },
        { onDate: '2026-03-11', outcome: 'kept' },
      ],
      today: '2026-03-11',
    })
    expect(stats).toMatchObject({ due: 2, kept: 2, missed: 0, currentStreak: 2 })
  })
})

describe('weeklySeries', () => {
  const zero = { due: 0, kept: 0, missed: 0, notApplicable: 0, unrecorded: 0 }

  it('has one bar per Monday week, a bar for each week overlapping the window', () => {
    // 2026-03-25 is a Wednesday; 2026-04-12 a Sunday.
    const series = weeklySeries({ commitments: [], from: '2026-03-25', to: '2026-04-12', today: '2026-04-30' })
    expect(series.map((w) => w.weekStart)).toEqual(['2026-03-23', '2026-03-30', '2026-04-06'])
    expect(series.every((w) => w.due === 0)).toBe(true)
  })

  it('sums commitments per week and counts only days inside the window', () => {
    const dailyDays = march(1, 31)
    const mondays = ['2026-03-02', '2026-03-09', '2026-03-16', '2026-03-23', '2026-03-30']
    const series = weeklySeries({
      commitments: [
        { dueDays: dailyDays, checkIns: recorded('2026-03-01', 'kkkkkkk' + 'kkmmnn.' + 'kkkkkkk' + 'kkkkkkk') },
        { dueDays: mondays, checkIns: recorded('2026-03-02', 'k......m') },
      ],
      from: '2026-03-04',
      to: '2026-03-22',
      today: '2026-03-31',
    })
    expect(series).toEqual([
      // 2–3 March fall before the window: Wednesday to Sunday only, the Monday commitment not at all.
      { weekStart: '2026-03-02', ...zero, due: 5, kept: 5 },
      { weekStart: '2026-03-09', due: 8, kept: 2, missed: 3, notApplicable: 2, unrecorded: 1 },
      { weekStart: '2026-03-16', ...zero, due: 8, kept: 7, unrecorded: 1 },
    ])
  })

  it('leaves due days after today out, and shows weeks to come as empty', () => {
    const series = weeklySeries({
      commitments: [{ dueDays: march(23, 31), checkIns: recorded('2026-03-23', 'kkk') }],
      from: '2026-03-23',
      to: '2026-04-05',
      today: '2026-03-26',
    })
    expect(series).toEqual([
      { weekStart: '2026-03-23', ...zero, due: 4, kept: 3, unrecorded: 1 },
      { weekStart: '2026-03-30', ...zero },
    ])
  })

  it('crosses a year boundary with a week that starts in December', () => {
    const series = weeklySeries({
      commitments: [{ dueDays: ['2026-12-30', '2027-01-01', '2027-01-04'], checkIns: [] }],
      from: '2026-12-28',
      to: '2027-01-10',
      today: '2027-01-10',
    })
    expect(series.map((w) => [w.weekStart, w.due])).toEqual([
      ['2026-12-28', 2],
      ['2027-01-04', 1],
    ])
  })

  it('gives nothing for an empty window and refuses a huge one', () => {
    expect(weeklySeries({ commitments: [], from: '2026-03-02', to: '2026-03-01', today: '2026-03-01' })).toEqual([])
    expect(() => weeklySeries({ commitments: [], from: '2000-01-01', to: '2030-01-01', today: '2026-01-01' })).toThrow(
      RangeError,
    )
  })
})
