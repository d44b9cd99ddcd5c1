import { describe, expect, it } from 'vitest'
import { parseJrnlJson, parseJrnlText } from '../../../../../electron/core/journal/import'
import { expectMendErrorSync } from '../../../../helpers/vault-files'
import { fixtureText } from './fixtures'

describe('parseJrnlJson', () => {
  const exported = parseJrnlJson(fixtureText('jrnl-json/journal.json'))

  it('reads the entries of a jrnl JSON export, decoding escaped non-ASCII text', () => {
    expect(exported.format).toBe('jrnl-json')
    expect(exported.skipped).toEqual([])
    expect(exported.entries).toHaveLength(7)
    expect(exported.entries[3]).toMatchObject({
      title: 'Café au lait with Zoë. She laughed again.',
      entryDate: '2024-03-14T07:05',
      starred: false,
    })
    expect(exported.entries[3]?.body).toContain('Αθήνα and the letters from Москва')
    expect(exported.entries[3]?.body).toContain('🌱')
    expect(exported.entries[2]?.starred).toBe(true)
  })

  it('takes tags as written in the text (jrnl lists them in lower case), without the @', () => {
    expect(exported.entries[3]?.tags).toEqual(['Family', 'repair'])
    expect(exported.entries[4]?.tags).toEqual(['Walks'])
  })

  it('gives the same entries and keys as the plain-text journal it was exported from', () => {
    const text = parseJrnlText(fixtureText('jrnl/journal.txt'))
    expect(exported.entries.map((entry) => entry.importKey)).toEqual(text.entries.map((entry) => entry.importKey))
    expect(exported.entries).toEqual(text.entries)
  })

  it('gives the same keys when read twice', () => {
    const again = parseJrnlJson(fixtureText('jrnl-json/journal.json'))
    expect(again.entries.map((entry) => entry.importKey)).toEqual(exported.entries.map((entry) => entry.importKey))
  })

  it('skips each broken entry with a reason and keeps the good ones', () => {
    const parsed = parseJrnlJson(fixtureText('jrnl-json/one-bad-entry.json'))
    expect(parsed.entries.map((entry) => [entry.title, entry.entryDate, entry.tags, entry.starred])).toEqual([
      ['Good morning', '2024-05-01T08:00', ['ok'], false],
      ['Good evening', '2024-05-05T21:00', ['OK'], true],
    ])
    expect(parsed.skipped).toEqual([
      { where: 'entry 2', reason: 'the entry has no date' },
      { where: 'entry 3', reason: 'the date of this entry does not exist on the calendar' },
      { where: 'entry 4', reason: 'the time of the entry is not a time (expected HH:MM)' },
      { where: 'entry 5', reason: 'the title of the entry is not text' },
      { where: 'entry 6', reason: 'the body of the entry is not text' },
      { where: 'entry 7', reason: 'this item is not an entry' },
    ])
  })

  it('reads an export of an empty journal as no entries', () => {
    expect(parseJrnlJson('{"tags": {}, "entries": []}')).toEqual({
      format: 'jrnl-json',
      entries: [],
      skipped: [],
      notes: [],
    })
  })

  it.each([
    ['a truncated file', fixtureText('jrnl-json/truncated.json'), /not valid JSON/],
    ['an empty file', '', /empty/],
    ['JSON without entries', fixtureText('jrnl-json/no-entries.json'), /list of "entries"/],
    ['a JSON list', '[1, 2, 3]', /list of "entries"/],
    ['a Day One export', fixtureText('dayone/Journal.json'), /no "date" field/],
  ])('refuses %s as UNREADABLE_FILE, quoting nothing from it', (_name, text, message) => {
    const error = expectMendErrorSync(() => parseJrnlJson(text), 'UNREADABLE_FILE')
    expect(error.message).toMatch(message)
    expect(error.message).not.toMatch(/sample|Café|Zoë/)
  })
})
