/**
 * Calendar days as `YYYY-MM-DD` strings (a person's local date, no time, no zone) and the
 * bridge between them and instants in an IANA time zone. Day arithmetic runs on UTC day
 * numbers, where every day is 24 hours long, so a daylight-saving change can never make a
 * day vanish or repeat. Only `Intl` knows the zones; there is no date library.
 */

const DAY_MS = 86_400_000
const DAY_FORM = /^(\d{4})-(\d{2})-(\d{2})$/
const TIME_FORM = /^([01]\d|2[0-3]):([0-5]\d)$/

/** Days since 1970-01-01. */
function dayNumber(day: string): number {
  const m = DAY_FORM.exec(day)
  if (!m) throw new RangeError(`Not a calendar day (YYYY-MM-DD): ${day}`)
  const year = Number(m[1])
  const month = Number(m[2])
  const date = Number(m[3])
  if (month < 1 || month > 12 || date < 1 || date > daysInMonth(year, month)) {
    throw new RangeError(`Not a calendar day (YYYY-MM-DD): ${day}`)
  }
  return utcMs(year, month, date) / DAY_MS
}

function fromDayNumber(n: number): string {
  const d = new Date(n * DAY_MS)
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0')
}

/** Date.UTC reads years 0-99 as 1900-1999; setUTCFullYear does not. */
function utcMs(year: number, month: number, date: number, hour = 0, minute = 0, second = 0): number {
  const d = new Date(Date.UTC(2000, month - 1, date, hour, minute, second))
  d.setUTCFullYear(year, month - 1, date)
  return d.getTime()
}

function minutesOf(time: string): { hour: number; minute: number } {
  const m = TIME_FORM.exec(time)
  if (!m) throw new RangeError(`Not a time of day (HH:MM): ${time}`)
  return { hour: Number(m[1]), minute: Number(m[2]) }
}

export function isLocalDate(value: string): boolean {
  try {
    dayNumber(value)
    return true
  } catch {
    return false
  }
}

export function addDays(day: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`Whole days only: ${n}`)
  return fromDayNumber(dayNumber(day) + n)
}

/** `to - from` in whole days: negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from)
}

/** 0 = Sunday ... 6 = Saturday, as JavaScript's getDay and the Weekday contract. */
export function weekdayOf(day: string): number {
  // 1970-01-01 was a Thursday (4).
  return (((dayNumber(day) + 4) % 7) + 7) % 7
}

export function daysInMonth(year: number, month1to12: number): number {
  if (!Number.isInteger(month1to12) || month1to12 < 1 || month1to12 > 12) {
    throw new RangeError(`Not a month (1-12): ${month1to12}`)
  }
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month1to12 - 1] ?? 31
}

/** The Monday that starts the (ISO) week holding `day`. */
export function mondayOf(day: string): string {
  return addDays(day, -((weekdayOf(day) + 6) % 7))
}

export function compareDays(a: string, b: string): number {
  return Math.sign(daysBetween(b, a))
}

// --- Instants and zones -------------------------------------------------------------------

const formatters = new Map<string, Intl.DateTimeFormat>()

/** Throws RangeError for a zone Intl does not know, which is what a caller should see. */
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone)
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
    formatters.set(timeZone, f)
  }
  return f
}

interface WallClock {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
}

function wallClockAt(instantMs: number, timeZone: string): WallClock {
  if (!Number.isFinite(instantMs)) throw new RangeError(`Not an instant: ${instantMs}`)
  const fields: Record<string, string> = {}
  for (const part of formatterFor(timeZone).formatToParts(instantMs)) fields[part.type] = part.value
  return {
    year: Number(fields.year),
    month: Number(fields.month),
    day: Number(fields.day),
    // Some ICU versions still say 24 for midnight despite h23.
    hour: Number(fields.hour) % 24,
    minute: Number(fields.minute),
    second: Number(fields.second),
  }
}

/** How far the zone's wall clock is ahead of UTC at that instant, in ms. */
function offsetAt(instantMs: number, timeZone: string): number {
  const w = wallClockAt(instantMs, timeZone)
  const wallAsUtc = utcMs(w.year, w.month, w.day, w.hour, w.minute, w.second)
  return wallAsUtc - Math.floor(instantMs / 1000) * 1000
}

/** The calendar day a clock in `timeZone` shows at that instant. */
export function todayIn(instantMs: number, timeZone: string): string {
  return localTimeOf(instantMs, timeZone).day
}

export function localTimeOf(instantMs: number, timeZone: string): { day: string; time: string } {
  const w = wallClockAt(instantMs, timeZone)
  return {
    day: `${pad(w.year, 4)}-${pad(w.month, 2)}-${pad(w.day, 2)}`,
    time: `${pad(w.hour, 2)}:${pad(w.minute, 2)}`,
  }
}

/**
 * Every instant at which the wall clock in `timeZone` shows `day` `time`, earliest first:
 * one normally, two in the hour a clock falls back, none in a spring-forward gap.
 */
export function zonedInstants(day: string, time: string, timeZone: string): number[] {
  const { hour, minute } = minutesOf(time)
  const wallAsUtc = dayNumber(day) * DAY_MS + (hour * 60 + minute) * 60_000
  // Real offsets lie within ±14 h, so a day either side of the wall time is safely before and
  // after any change that could touch it; each offset is right if it maps back to itself.
  const before = offsetAt(wallAsUtc - DAY_MS, timeZone)
  const after = offsetAt(wallAsUtc + DAY_MS, timeZone)
  const found = new Set<number>()
  for (const offset of [before, after]) {
    const candidate = wallAsUtc - offset
    if (offsetAt(candidate, timeZone) === offset) found.add(candidate)
  }
  return [...found].sort((a, b) => a - b)
}

/**
 * The instant the wall clock in `timeZone` shows `day` `time`. When the clock falls back and
 * shows that time twice, the earlier; when it springs forward over it, the instant it would
 * have been under the old offset, which the clock shows as the same time moved on by the gap
 * (02:30 on a one-hour spring-forward night is 03:30), so a reminder set there is late, never
 * lost or early.
 */
export function zonedInstant(day: string, time: string, timeZone: string): number {
  const found = zonedInstants(day, time, timeZone)
  const first = found[0]
  if (first !== undefined) return first
  const { hour, minute } = minutesOf(time)
  const wallAsUtc = dayNumber(day) * DAY_MS + (hour * 60 + minute) * 60_000
  return wallAsUtc - offsetAt(wallAsUtc - DAY_MS, timeZone)
}
