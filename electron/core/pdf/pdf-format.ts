import type { Cadence } from '../../contract/plan-values'

/**
 * Dates and plan values in the words a printed page uses. The PDF is written in English, like
 * the app; days print as "5 March 2026" so no reader confuses day and month.
 */

const LONG = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
const SHORT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' })
const WITH_WEEKDAY = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
})
const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' })

/** A local calendar day `YYYY-MM-DD` (read as UTC, so no time zone moves it). */
function utcDate(day: string): Date {
  return new Date(`${day.slice(0, 10)}T00:00:00Z`)
}

export function longDay(day: string): string {
  return LONG.format(utcDate(day))
}

export function shortDay(day: string): string {
  return SHORT.format(utcDate(day))
}

export function dayWithWeekday(day: string): string {
  return WITH_WEEKDAY.format(utcDate(day))
}

/** `YYYY-MM` as "November 2026". */
export function monthTitle(month: string): string {
  return MONTH.format(utcDate(`${month}-01`))
}

/** An entry's wall-clock date and time, `YYYY-MM-DDTHH:MM`, as "Thu 5 Mar 2026, 09:30". */
export function entryMoment(localDateTime: string): string {
  return `${dayWithWeekday(localDateTime)}, ${localDateTime.slice(11, 16)}`
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
const WEEKDAYS_SHORT = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']

function ordinal(n: number): string {
  const tens = n % 100
  if (tens >= 11 && tens <= 13) return `${n}th`
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`
}

/** As the app says it: "Every day", "Every Tuesday", "Mon, Wed and Fri", "Monthly on the 15th". */
export function cadenceText(cadence: Cadence): string {
  switch (cadence.kind) {
    case 'daily':
      return 'Every day'
    case 'weekly':
      return `Every ${WEEKDAYS[cadence.weekday] ?? ''}`
    case 'days': {
      const names = [...cadence.weekdays].sort((a, b) => a - b).map((day) => WEEKDAYS_SHORT[day] ?? '')
      if (names.length === 7) return 'Every day'
      return names.length === 1 ? `Every ${names[0]}` : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`
    }
    case 'monthly':
      return `Monthly on the ${ordinal(cadence.dayOfMonth)}`
  }
}

export function percent(rate: number | null): string {
  return rate === null ? '–' : `${Math.round(rate * 100)}%`
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`
}
