import { describe, expect, it } from 'vitest'
import { parseDayOneJson } from '../../../../../electron/core/journal/import'
import { splitDayOneTitle, unescapeDayOneMarkdown } from '../../../../../electron/core/journal/import/dayone-json'
import { expectMendErrorSync } from '../../../../helpers/vault-files'
import { fixtureText } from './fixtures'

/** What this machine's clock showed at an instant: the fallback for a zone Mend does not know. */
function localWallTime(iso: string): string {
  const at = new Date(iso)
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}`
}

describe('parseDayOneJson', () => {
  const parsed = parseDayOneJson(fixtureText('dayone/Journal.json'))
  const byKey = (key: string) => parsed.entries.find((entry) => entry.importKey === key)

  it('reads the usable entries of a Day One export, keyed by their uuid', () => {
    expect(parsed.format).toBe('dayone-json')
    expect(parsed.entries.map((entry) => entry.importKey)).toEqual([
      'dayone:0A1B2C3D4E5F60718293A4B5C6D7E8F9',
      'dayone:B7C8D9E0F1A2B3C4D5E6F708192A3B4C',
      expect.stringMatching(/^dayone:[0-9a-f]{64}$/),
      'dayone:F4F4F4F4F4F4F4F4F4F4F4F4F4F4F4F4',
      'dayone:0606060606060606060606060606060B',
    ])
  })

  it("dates each entry by the wall clock of its own time zone, or this computer's for an unknown zone", () => {
    expect(parsed.entries.map((entry) => entry.entryDate)).toEqual([
      '2024-03-14T07:05', // 06:05 UTC in Paris (winter time)
      '2024-07-02T08:30', // 23:30 UTC the day before, in Tokyo
      localWallTime('2024-01-15T12:00:00Z'), // "Mars/Olympus_Mons"
      '2024-08-10T12:45', // New York, summer time
      '2024-09-01T07:00',
    ])
  })

  it('takes a heading as the title and undoes needless escapes, leaving meaningful ones and code', () => {
    const entry = byKey('dayone:0A1B2C3D4E5F60718293A4B5C6D7E8F9')
    expect(entry?.title).toBe('Café au lait')
    expect(entry?.body).toBe(
      [
        'Zoë laughed again. We talked about Αθήνα (and Москва)!',
        '',
        '\\- a dash, not a list',
        '1\\. a number, not a list',
        'It cost 5$, see C:\\\\Users and \\*stars\\*.',
        '',
        '`keep \\. in code`',
      ].join('\n'),
    )
    expect(entry?.tags).toEqual(['Family', 'repair'])
    expect(entry?.starred).toBe(true)
  })

  it('takes a short first line as the title, and no title from a long paragraph or a list', () => {
    expect(byKey('dayone:B7C8D9E0F1A2B3C4D5E6F708192A3B4C')).toMatchObject({
      title: 'Short first line',
      body: 'And the body continues here 🌊',
      tags: [],
      starred: false,
    })
    expect(parsed.entries[2]?.title).toBe('')
    expect(parsed.entries[2]?.body).toMatch(/^This first paragraph .*\n\nSecond paragraph\.$/)
    expect(byKey('dayone:0606060606060606060606060606060B')).toMatchObject({ title: '', body: '- milk\n- bread' })
  })

  it('drops media links from the text and lists what was not imported', () => {
    expect(byKey('dayone:F4F4F4F4F4F4F4F4F4F4F4F4F4F4F4F4')).toMatchObject({
      title: 'Voice memo from the beach',
      body: 'The waves were loud.',
    })
    expect(JSON.stringify(parsed.entries)).not.toContain('dayone-moment')
  })

  it('skips broken entries with a reason, naming positions only; media go to the notes, not the skipped', () => {
    expect(parsed.skipped).toEqual([
      { where: 'entry 4', reason: 'the entry has no creation date' },
      { where: 'entry 5', reason: 'the creation date of the entry is not a valid date' },
      { where: 'entry 6', reason: 'the entry has only media that could not be imported, no text' },
      { where: 'entry 8', reason: 'the text of the entry is not text' },
      { where: 'entry 9', reason: 'the same entry as entry 1' },
    ])
    expect(parsed.notes).toEqual([
      {
        where: 'entry 1',
        reason: 'the photo 9e107d9d372bb6826bd81d3542a419d6.jpeg was not found in the export, so it was not imported',
      },
      {
        where: 'entry 6',
        reason: 'the photo 0cc175b9c0f1b6a831c399e269772661.png was not found in the export, so it was not imported',
      },
      { where: 'entry 7', reason: '1 video and 1 audio recording were not imported (Mend keeps text and photos)' },
    ])
  })

  it('gives the same keys when read twice, including entries without a uuid', () => {
    const again = parseDayOneJson(fixtureText('dayone/Journal.json'))
    expect(again.entries.map((entry) => entry.importKey)).toEqual(parsed.entries.map((entry) => entry.importKey))
  })

  it.each([
    ['a truncated export', fixtureText('dayone/Journal.json').slice(0, 500), /not valid JSON/],
    ['an empty file', '   ', /empty/],
    ['JSON without entries', '{"metadata": {"version": "1.0"}}', /list of "entries"/],
    ['a jrnl export', fixtureText('jrnl-json/journal.json'), /no "creationDate" field/],
  ])('refuses %s as UNREADABLE_FILE', (_name, text, message) => {
    expect(expectMendErrorSync(() => parseDayOneJson(text), 'UNREADABLE_FILE').message).toMatch(message)
  })
})

describe('Day One text', () => {
  it('keeps escapes that change the Markdown: emphasis, headings, rules, escaped backslashes', () => {
    expect(unescapeDayOneMarkdown('\\# not a heading, \\_x\\_ and a\\\\.b')).toBe(
      '\\# not a heading, \\_x\\_ and a\\\\.b',
    )
    expect(unescapeDayOneMarkdown('Title\n\\=\\=\\=\n\\+ item')).toBe('Title\n\\===\n\\+ item')
    expect(unescapeDayOneMarkdown('```\na\\.b\n```\nc\\.d')).toBe('```\na\\.b\n```\nc.d')
  })

  it('reads a closed heading and a bold first line as titles', () => {
    expect(splitDayOneTitle('## Hello ##\n\nWorld')).toEqual({ title: 'Hello', body: 'World' })
    expect(splitDayOneTitle('**Bold start**\nRest')).toEqual({ title: 'Bold start', body: 'Rest' })
    expect(splitDayOneTitle('#hashtag first\nRest')).toEqual({ title: '#hashtag first', body: 'Rest' })
    expect(splitDayOneTitle('\\#1 \\- the \\*best\\* day\nRest')).toEqual({
      title: '#1 - the *best* day',
      body: 'Rest',
    })
  })
})
