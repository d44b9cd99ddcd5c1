import { expect, it } from 'vitest'
import { describeCadence, formatDay } from '../../../../../src/components/plans/steps/due-days'

// 2026-11-24 is a Tuesday.
const TODAY = '2026-11-24'

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
