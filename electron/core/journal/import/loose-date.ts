import { wallDateTime } from './import-helpers'
import { MONTH_NAMES } from './time-format'

/*
 * When a bracketed date is not in the journal's timeformat, jrnl reads it with dateutil
 * (jrnl/time.py, `parse(..., bracketed=True)`): text of six characters or fewer is never a date
 * (it is a footnote like `[1]`), a date alone is midnight, a missing day is the 1st, a missing
 * year is this year, and numbers with slashes are month first. This reads the shapes people
 * write; anything else is not a date, so its line stays in the body, as jrnl keeps it.
 */

const TIME = /(?:^|\s|T)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(?:\s*([ap])\.?m\.?)?(?=\s|$)/i
const HOUR_ONLY = /(?:^|\s)(\d{1,2})\s*([ap])\.?m\.?(?=\s|$)/i
const WEEKDAY = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|urday|sday)?\.?$/i

type Reading = string | 'impossible' | null

interface Clock {
  hour: number
  minute: number
}

/** The time part, taken out of the text; null when it is not a time. */
function takeTime(text: string): { rest: string; clock: Clock | 'impossible' } | { rest: string; clock: null } {
  const match = TIME.exec(text) ?? HOUR_ONLY.exec(text)
  if (!match) return { rest: text, clock: null }
  const rest = `${text.slice(0, match.index)} ${text.slice(match.index + match[0].length)}`
  const meridiem = match.length > 3 ? match[4] : match[2]
  let hour = Number(match[1])
  const minute = match.length > 3 ? Number(match[2]) : 0
  if (meridiem) {
    if (hour < 1 || hour > 12) return { rest, clock: 'impossible' }
    hour = (hour % 12) + (meridiem.toLowerCase() === 'p' ? 12 : 0)
  }
  if (hour > 23 || minute > 59) return { rest, clock: 'impossible' }
  return { rest, clock: { hour, minute } }
}

function monthNamed(word: string): number {
  const folded = word.toLowerCase().replace(/\.$/, '')
  if (folded.length < 3) return 0
  return MONTH_NAMES.findIndex((name) => name.startsWith(folded) || (folded.length > 3 && folded.startsWith(name))) + 1
}

interface DayParts {
  year: number | null
  month: number | null
  day: number | null
}

/** `2024-03-05`, `2024/3/5`, `2024.03`, `03/05/2024`: like dateutil, month first unless the first is over 12. */
function numericDate(token: string): DayParts | 'impossible' | null {
  const yearFirst = /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?$/.exec(token)
  if (yearFirst) {
    return { year: Number(yearFirst[1]), month: Number(yearFirst[2]), day: yearFirst[3] ? Number(yearFirst[3]) : 1 }
  }
  const yearLast = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})$/.exec(token)
  if (!yearLast) return null
  const [, first = '', , second = '', yearText = ''] = yearLast
  const year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText)
  // dateutil reads `a/b/c` and `a.b.c` month first; a first number over 12 can only be a day.
  const dayFirst = Number(first) > 12
  return dayFirst
    ? { year, month: Number(second), day: Number(first) }
    : { year, month: Number(first), day: Number(second) }
}

function readDay(words: string[]): DayParts | 'impossible' | null {
  const parts: DayParts = { year: null, month: null, day: null }
  for (const word of words) {
    if (WEEKDAY.test(word)) continue
    const named = monthNamed(word)
    if (named > 0 && parts.month === null) {
      parts.month = named
      continue
    }
    const numeric = numericDate(word)
    if (numeric === 'impossible') return numeric
    if (numeric) {
      if (parts.year !== null || parts.month !== null) return null
      Object.assign(parts, numeric)
      continue
    }
    const number = /^(\d{1,4})(?:st|nd|rd|th)?$/i.exec(word)
    if (!number?.[1]) return null
    const value = Number(number[1])
    if (number[1].length === 4 && parts.year === null) parts.year = value
    else if (number[1].length <= 2 && parts.day === null) parts.day = value
    else return null
  }
  if (parts.month === null) return null
  return parts
}

/**
 * jrnl's reading of a bracketed date it could not read with the timeformat, or null when the
 * text is no date (then the line stays in the body). `impossible`: a date that does not exist.
 */
export function readLooseDate(text: string, currentYear: number): Reading {
  const trimmed = text.trim()
  if (trimmed.length <= 6) return null
  const { rest, clock } = takeTime(trimmed)
  const words = rest
    .replace(/,/g, ' ')
    .split(/\s+/)
    .filter((word) => word !== '' && !/^(?:at|on|the|of)$/i.test(word))
  if (words.length === 0) return null
  const day = readDay(words)
  if (day === null) return null
  if (day === 'impossible' || clock === 'impossible') return 'impossible'
  const hour = clock?.hour ?? 0
  const minute = clock?.minute ?? 0
  return wallDateTime(day.year ?? currentYear, day.month ?? 1, day.day ?? 1, hour, minute) ?? 'impossible'
}
