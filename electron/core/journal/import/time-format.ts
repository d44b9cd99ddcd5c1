import { unreadable, wallDateTime } from './import-helpers'

/*
 * jrnl's `timeformat` is a Python strptime format (`%Y-%m-%d %H:%M` by default). This reads a
 * date the way Python's strptime does (jrnl.journals.Journal._parse): the whole text must match,
 * numbers may have one or two digits, names are English and case-insensitive, a space in the
 * format matches any run of spaces, a missing year is 1900 and a missing day the 1st.
 */

export const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]
const WEEKDAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']

/** Python's own patterns: they check ranges, so `13` is no month and `2024-13-01` no `%Y-%m-%d`. */
const STRICT: Record<string, string> = {
  Y: '(\\d{4})',
  y: '(\\d\\d)',
  m: '(1[0-2]|0[1-9]|[1-9])',
  d: '(3[01]|[12]\\d|0[1-9]|[1-9]| [1-9])',
  e: '(3[01]|[12]\\d|0[1-9]|[1-9]| [1-9])',
  H: '(2[0-3]|[0-1]\\d|\\d)',
  I: '(1[0-2]|0[1-9]|[1-9])',
  M: '([0-5]\\d|\\d)',
  S: '(6[0-1]|[0-5]\\d|\\d)',
  f: '(\\d{1,6})',
  j: '(36[0-6]|3[0-5]\\d|[12]\\d\\d|0[1-9]\\d|00[1-9]|[1-9]\\d|0[1-9]|[1-9])',
  p: '(am|pm|a\\.m\\.|p\\.m\\.)',
  b: `(${MONTH_NAMES.map((name) => name.slice(0, 3)).join('|')})`,
  h: `(${MONTH_NAMES.map((name) => name.slice(0, 3)).join('|')})`,
  B: `(${MONTH_NAMES.join('|')})`,
  a: `(${WEEKDAY_NAMES.map((name) => name.slice(0, 3)).join('|')})`,
  A: `(${WEEKDAY_NAMES.join('|')})`,
  z: '([+-]\\d\\d:?[0-5]\\d|z)',
  Z: '([a-z]{1,6})',
}

/**
 * The same fields without their ranges: text this matches but STRICT does not has the shape of a
 * date in this format with an impossible value (month 13, hour 25). Such an entry is kept and named.
 */
const SHAPE: Record<string, string> = {
  ...STRICT,
  m: '(\\d{1,2})',
  d: '( ?\\d{1,2})',
  e: '( ?\\d{1,2})',
  H: '(\\d{1,2})',
  I: '(\\d{1,2})',
  M: '(\\d{1,2})',
  S: '(\\d{1,2})',
  p: '([ap]\\.?m\\.?)',
}

export interface TimeFormat {
  /** The format as written, e.g. `%d.%m.%Y %H:%M`. */
  format: string
  /**
   * `YYYY-MM-DDTHH:MM`; `impossible` when the text has this format's shape but no such moment
   * exists (Feb 30, month 13, 13 PM); null when it is not written in this format.
   */
  read(text: string): string | 'impossible' | null
}

function escapeLiteral(char: string): string {
  return /\s/.test(char) ? '\\s+' : char.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}

function compilePattern(format: string, table: Record<string, string>): { pattern: RegExp; fields: string[] } {
  const fields: string[] = []
  let source = ''
  for (let index = 0; index < format.length; index += 1) {
    const char = format.charAt(index)
    if (char !== '%') {
      // Python folds a run of spaces in the format into one `\s+`.
      if (/\s/.test(char) && /\s/.test(format.charAt(index - 1))) continue
      source += escapeLiteral(char)
      continue
    }
    let directive = format.charAt(index + 1)
    index += 1
    // `%-d` (no padding) is strftime's, not strptime's: jrnl then reads the date another way,
    // which for these numbers gives the same result.
    if (directive === '-' || directive === '#') {
      directive = format.charAt(index + 1)
      index += 1
    }
    if (directive === '%') {
      source += '%'
      continue
    }
    const piece = table[directive]
    if (piece === undefined) {
      throw unreadable(
        `The date format "${format}" uses %${directive}, which Mend does not read. Use %Y %m %d %H %M %S %I %p %b %B %a %A %y.`,
      )
    }
    fields.push(directive)
    source += piece
  }
  return { pattern: new RegExp(`^${source}$`, 'i'), fields }
}

function monthFromName(name: string): number {
  const folded = name.toLowerCase()
  return MONTH_NAMES.findIndex((month) => month.startsWith(folded.slice(0, 3))) + 1
}

/** Python's two-digit year: 69-99 are 1969-1999, 00-68 are 2000-2068. */
function fullYear(twoDigits: number): number {
  return twoDigits < 69 ? 2000 + twoDigits : 1900 + twoDigits
}

function assemble(fields: string[], values: string[]): string | 'impossible' {
  let year = 1900
  let month = 1
  let day = 1
  let hour = 0
  let minute = 0
  let twelveHour: number | null = null
  let afternoon: boolean | null = null
  let dayOfYear: number | null = null
  fields.forEach((field, index) => {
    const value = (values[index] ?? '').trim()
    const number = Number(value)
    if (field === 'Y') year = number
    else if (field === 'y') year = fullYear(number)
    else if (field === 'm') month = number
    else if (field === 'd' || field === 'e') day = number
    else if (field === 'H') hour = number
    else if (field === 'I') twelveHour = number
    else if (field === 'M') minute = number
    else if (field === 'j') dayOfYear = number
    else if (field === 'p') afternoon = value.toLowerCase().startsWith('p')
    else if (field === 'b' || field === 'h' || field === 'B') month = monthFromName(value)
  })
  if (twelveHour !== null) {
    if (twelveHour < 1 || twelveHour > 12) return 'impossible'
    hour = (twelveHour % 12) + (afternoon === true ? 12 : 0)
  } else if (afternoon !== null && hour > 12) {
    return 'impossible' // "13:00 PM"
  }
  if (dayOfYear !== null) {
    const probe = new Date(0)
    probe.setUTCFullYear(year, 0, dayOfYear)
    if (probe.getUTCFullYear() !== year) return 'impossible'
    month = probe.getUTCMonth() + 1
    day = probe.getUTCDate()
  }
  return wallDateTime(year, month, day, hour, minute) ?? 'impossible'
}

/** Reads a strptime format once; refuses, in words, a directive it cannot honour. */
export function compileTimeFormat(format: string): TimeFormat {
  if (format.trim() === '' || !format.includes('%')) {
    throw unreadable(`"${format}" is not a date format: write it as jrnl's timeformat, like %Y-%m-%d %H:%M.`)
  }
  const strict = compilePattern(format, STRICT)
  const shape = compilePattern(format, SHAPE).pattern
  return {
    format,
    read(text) {
      const trimmed = text.trim()
      const match = strict.pattern.exec(trimmed)
      if (match) return assemble(strict.fields, match.slice(1))
      return shape.test(trimmed) ? 'impossible' : null
    },
  }
}
