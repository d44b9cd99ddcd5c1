import { readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseJrnlJson, parseJrnlText } from '../../../../../electron/core/journal/import'
import { givenDateFormat } from '../../../../../electron/core/journal/import/jrnl-date-format'
import { expectMendErrorSync } from '../../../../helpers/vault-files'
import { fixtureText } from './fixtures'

/** Each journal in tests/fixtures/import/jrnl-formats was written in one timeformat (see its README). */
const FORMATS: Record<string, string> = {
  default: '%Y-%m-%d %H:%M',
  dotted: '%d.%m.%Y %H:%M',
  'us-12-hour': '%m/%d/%Y %I:%M %p',
  'slashed-day-only': '%Y/%m/%d',
  'weekday-names': '%a %b %d %Y %I:%M %p',
  seconds: '%Y-%m-%d %H:%M:%S',
  'day-first-slashes': '%d/%m/%Y %H:%M',
  'month-names': '%B %d, %Y %I:%M %p',
  'iso-t': '%Y-%m-%dT%H:%M',
  'short-month': '%d %b %Y %H:%M',
  'iso-12-hour': '%Y-%m-%d %I:%M %p',
}

describe('jrnl journals in every common timeformat', () => {
  it('covers every journal in the fixture folder', () => {
    const names = readdirSync('tests/fixtures/import/jrnl-formats')
      .filter((name) => name.endsWith('.txt') && name !== 'edge-cases.txt')
      .map((name) => name.slice(0, -4))
    expect(names.sort()).toEqual(Object.keys(FORMATS).sort())
  })

  for (const [name, format] of Object.entries(FORMATS)) {
    describe(name, () => {
      const text = fixtureText(`jrnl-formats/${name}.txt`)
      const json = parseJrnlJson(fixtureText(`jrnl-formats/${name}.json`))
      const detected = parseJrnlText(text)

      it(`finds the format ${format} in the file itself`, () => {
        expect(detected.dateFormat).toEqual({ format, source: 'detected' })
      })

      it('reads every entry as jrnl exports it, so text then JSON adds nothing', () => {
        const jsonKeys = json.entries.map((entry) => entry.importKey)
        const textKeys = detected.entries.map((entry) => entry.importKey)
        // Every entry jrnl can read is the same entry; Mend keeps two more (see below).
        expect(textKeys.filter((key) => jsonKeys.includes(key))).toHaveLength(jsonKeys.length)
        expect(detected.entries.slice(1, 6).map((entry) => [entry.entryDate, entry.title, entry.starred])).toEqual(
          json.entries.map((entry) => [entry.entryDate, entry.title, entry.starred]),
        )
      })

      it('stars "Title*" and "Title *", and takes the first body line as a missing title', () => {
        const titles = detected.entries.map((entry) => entry.title)
        expect(titles).toContain('Evening call')
        expect(titles).toContain('The first body line becomes the title.')
        expect(detected.entries.find((entry) => entry.title === 'Spring')?.starred).toBe(true)
      })

      it('keeps a footnote and a bracket without a space in the body, as jrnl does', () => {
        const spring = detected.entries.find((entry) => entry.title === 'Spring')
        expect(spring?.body).toContain('[1] the first of many')
        expect(spring?.body.endsWith('[2021-01-01]')).toBe(true)
      })

      it('keeps the text above the first entry and an impossible date as entries of their own, and says so', () => {
        expect(detected.skipped).toEqual([])
        expect(detected.entries[0]?.body).toBe('Notes from before I kept this journal.')
        const last = detected.entries.at(-1)
        expect(last?.title).toBe('Not on any calendar')
        expect(last?.body).toBe('This text must not vanish into the entry before it.')
        expect(last?.entryDate).toBe(detected.entries.at(-2)?.entryDate)
        expect(detected.notes?.map((note) => note.where)).toEqual(['line 1', 'line 22'])
        expect(detected.notes?.[1]?.reason).toMatch(/does not exist on the calendar; the entry was kept/)
      })

      it('reads the same with the format given', () => {
        const given = parseJrnlText(text, { dateFormat: givenDateFormat(format, 'option') })
        expect(given.entries).toEqual(detected.entries)
        expect(given.dateFormat).toEqual({ format, source: 'option' })
      })
    })
  }
})

describe('jrnl edge cases in the default format', () => {
  const parsed = parseJrnlText(fixtureText('jrnl-formats/edge-cases.txt'))
  const json = parseJrnlJson(fixtureText('jrnl-formats/edge-cases.json'))

  it('reads a date alone as midnight and a missing day as the 1st, like jrnl', () => {
    expect(parsed.entries.map((entry) => entry.entryDate)).toEqual([
      '2021-05-01T00:00',
      '2021-07-01T14:23',
      '2021-08-02T10:00',
      '2021-08-03T10:00',
      '2021-08-03T10:00',
    ])
  })

  it('gives the entries jrnl reads the same keys as its JSON export', () => {
    expect(parsed.entries.slice(0, 4).map((entry) => entry.importKey)).toEqual(
      json.entries.map((entry) => entry.importKey),
    )
    expect(parsed.entries[3]).toMatchObject({ title: 'Bold title', starred: true })
  })

  it('keeps month 13 as its own entry and names its line', () => {
    expect(parsed.entries[4]?.title).toBe('Month thirteen')
    expect(parsed.notes).toEqual([{ where: 'line 14', reason: expect.stringMatching(/does not exist/) as string }])
  })
})

describe('choosing the date format', () => {
  it('refuses dates that read two ways and names the way out', () => {
    const text = '[01/02/2021 10:00] One\nText.\n\n[03/04/2021 11:00] Two\nMore.\n'
    const error = expectMendErrorSync(() => parseJrnlText(text), 'UNREADABLE_FILE')
    expect(error.message).toMatch(/%d\/%m\/%Y %H:%M or %m\/%d\/%Y %H:%M/)
    expect(error.message).toMatch(/--date-format/)
    expect(error.message).toMatch(/jrnl --format json/)
    const given = parseJrnlText(text, { dateFormat: givenDateFormat('%d/%m/%Y %H:%M', 'option') })
    expect(given.entries.map((entry) => entry.entryDate)).toEqual(['2021-02-01T10:00', '2021-04-03T11:00'])
  })

  it('says so when no bracket holds a date it can read, and names the way out', () => {
    const error = expectMendErrorSync(
      () => parseJrnlText('[ashasd7zdskhz7asdkjasd] Entry subject\nText.\n'),
      'UNREADABLE_FILE',
    )
    expect(error.message).toMatch(/--date-format|jrnl --format json/)
  })

  it('refuses a format it cannot read in words', () => {
    const error = expectMendErrorSync(() => givenDateFormat('%Q-%d', 'option'), 'UNREADABLE_FILE')
    expect(error.message).toMatch(/%Q/)
  })

  it('ignores a jrnl config format that reads none of the dates, and finds the right one', () => {
    const text = fixtureText('jrnl-formats/dotted.txt')
    const parsed = parseJrnlText(text, { dateFormat: givenDateFormat('%Y-%m-%d %H:%M', 'jrnl-config') })
    expect(parsed.dateFormat).toEqual({ format: '%d.%m.%Y %H:%M', source: 'detected' })
  })
})
