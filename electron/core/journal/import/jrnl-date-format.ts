import { unreadable } from './import-helpers'
import { compileTimeFormat, type TimeFormat } from './time-format'

/** jrnl's default timeformat. */
export const JRNL_DEFAULT_FORMAT = '%Y-%m-%d %H:%M'

/** The timeformats people set in jrnl's config, tried in turn when the file does not say. */
export const COMMON_JRNL_FORMATS = [
  JRNL_DEFAULT_FORMAT,
  '%Y-%m-%d %H:%M:%S',
  '%Y-%m-%d %I:%M %p',
  '%Y-%m-%d %I:%M:%S %p',
  '%Y-%m-%dT%H:%M',
  '%Y-%m-%dT%H:%M:%S',
  '%Y/%m/%d %H:%M',
  '%Y/%m/%d',
  '%Y.%m.%d %H:%M',
  '%d.%m.%Y %H:%M',
  '%d.%m.%Y',
  '%d/%m/%Y %H:%M',
  '%m/%d/%Y %H:%M',
  '%m/%d/%Y %I:%M %p',
  '%d/%m/%Y %I:%M %p',
  '%d-%m-%Y %H:%M',
  '%m-%d-%Y %H:%M',
  '%d/%m/%y %H:%M',
  '%m/%d/%y %I:%M %p',
  '%a %b %d %Y %I:%M %p',
  '%a %b %d %Y %H:%M',
  '%a, %d %b %Y %H:%M',
  '%b %d %Y %H:%M',
  '%b %d, %Y %I:%M %p',
  '%B %d, %Y %I:%M %p',
  '%B %d, %Y %H:%M',
  '%A, %B %d, %Y %I:%M %p',
  '%d %B %Y %H:%M',
  '%d %b %Y %H:%M',
]

const compiled = new Map<string, TimeFormat>()

function compiledFormat(format: string): TimeFormat {
  let found = compiled.get(format)
  if (!found) {
    found = compileTimeFormat(format)
    compiled.set(format, found)
  }
  return found
}

/** Where the format used came from, for the preview: the person can check the dates read right. */
export type DateFormatSource = 'option' | 'jrnl-config' | 'detected' | 'default'

export interface ChosenFormat {
  format: TimeFormat
  source: DateFormatSource
}

const WAY_OUT =
  'Give the format your jrnl config names as timeformat (the import screen\'s "Date format" field, or mend import --date-format), or export the journal with jrnl --format json and import that.'

/**
 * The timeformat this journal was written in: the one given, else the one (of the common ones)
 * that reads the most of its bracketed dates. Two formats that read as many but disagree on a
 * date (`%d/%m` and `%m/%d` when no day is past the 12th) are a question only the person can
 * answer, so the import stops and says how to answer it.
 */
export function chooseDateFormat(stamps: readonly string[], given?: ChosenFormat): ChosenFormat {
  const sample = stamps.slice(0, 2000)
  // A format the person typed is theirs to choose; one from a jrnl config may belong to another journal.
  const fits = given && sample.some((stamp) => typeof given.format.read(stamp) === 'string')
  if (given && (given.source !== 'jrnl-config' || fits)) return given
  let best: { format: TimeFormat; readings: Array<string | null> }[] = []
  let bestCount = 0
  for (const format of COMMON_JRNL_FORMATS.map(compiledFormat)) {
    const readings = sample.map((stamp) => {
      const reading = format.read(stamp)
      return reading === 'impossible' ? null : reading
    })
    const count = readings.filter((reading) => reading !== null).length
    if (count === 0 || count < bestCount) continue
    if (count > bestCount) best = []
    bestCount = count
    best.push({ format, readings })
  }
  const first = best[0]
  if (!first) return { format: compiledFormat(JRNL_DEFAULT_FORMAT), source: 'default' }
  const rival = best.find((other) => other.readings.some((reading, index) => reading !== first.readings[index]))
  if (rival) {
    throw unreadable(
      `The dates in this journal can be read two ways (${first.format.format} or ${rival.format.format}), and they give different days. ${WAY_OUT}`,
    )
  }
  return { format: first.format, source: 'detected' }
}

/** The person's own format, checked before any file is read. */
export function givenDateFormat(format: string | undefined, source: DateFormatSource): ChosenFormat | undefined {
  if (format === undefined || format.trim() === '') return undefined
  return { format: compiledFormat(format.trim()), source }
}

export function noDatesMessage(format: string): string {
  return `None of the bracketed lines in this file hold a date Mend can read as ${format} (like [2024-01-31 09:00] in jrnl's default). ${WAY_OUT}`
}
