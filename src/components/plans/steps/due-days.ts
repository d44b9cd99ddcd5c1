import type { Cadence } from '../../../../electron/contract'
import { messages } from '../../../messages'

/**
 * Calendar days and cadences in words, for the plan's screens. Which days a commitment is due
 * comes from core (Commitment.recentDueDays), which knows the pauses; days here are `YYYY-MM-DD`,
 * counted in UTC so no daylight-saving change can skip or repeat one.
 */
export const RECENT_DAYS = 14

const text = messages.plans.dueDays
const WEEKDAY_NAMES = text.weekdays
const WEEKDAY_SHORT = text.weekdaysShort

function toUtc(day: string): Date {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(year, month - 1, date))
}

function fromUtc(date: Date): string {
  return date.toISOString().slice(0, 10)
}

export function addDays(day: string, count: number): string {
  const date = toUtc(day)
  date.setUTCDate(date.getUTCDate() + count)
  return fromUtc(date)
}

/** 0 = Sunday ... 6 = Saturday, as the contract's Weekday. */
export function weekdayOf(day: string): number {
  return toUtc(day).getUTCDay()
}

function ordinal(n: number): string {
  const tens = n % 100
  return text.ordinal(n, tens >= 11 && tens <= 13 ? 0 : n % 10)
}

/** The cadence in plain words: "Every day", "Every Tuesday", "Mon, Wed and Fri", "Monthly on the 15th". */
export function describeCadence(cadence: Cadence): string {
  switch (cadence.kind) {
    case 'daily':
      return text.everyDay
    case 'weekly':
      return text.every(WEEKDAY_NAMES[cadence.weekday] ?? '')
    case 'days': {
      const names = [...cadence.weekdays].sort((a, b) => a - b).map((d) => WEEKDAY_SHORT[d] ?? '')
      if (names.length === 7) return text.everyDay
      return names.length === 1 ? text.every(names[0] ?? '') : text.list(names.slice(0, -1), names.at(-1) ?? '')
    }
    case 'monthly':
      return text.monthlyOn(ordinal(cadence.dayOfMonth))
  }
}

export { WEEKDAY_NAMES, WEEKDAY_SHORT }

/** A calendar day in the person's locale, with "Today", "Yesterday" and "Tomorrow" where they read better. */
export function formatDay(day: string, today: string): string {
  if (day === today) return text.today
  if (day === addDays(today, -1)) return text.yesterday
  if (day === addDays(today, 1)) return text.tomorrow
  return new Intl.DateTimeFormat(undefined, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(toUtc(day))
}

/** The same, inside a sentence ("due today", "since yesterday"). */
export function formatDayInline(day: string, today: string): string {
  if (day === today) return text.todayInline
  if (day === addDays(today, -1)) return text.yesterdayInline
  if (day === addDays(today, 1)) return text.tomorrowInline
  return formatDay(day, today)
}
