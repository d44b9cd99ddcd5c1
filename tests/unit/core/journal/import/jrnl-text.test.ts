import { describe, expect, it } from 'vitest'
import { parseJrnlText } from '../../../../../electron/core/journal/import'
import { expectMendErrorSync } from '../../../../helpers/vault-files'
import { fixtureText } from './fixtures'

describe('parseJrnlText', () => {
  const journal = parseJrnlText(fixtureText('jrnl/journal.txt'))

  it('reads every dated entry with its title, body and wall-clock date', () => {
    expect(journal.format).toBe('jrnl')
    expect(journal.skipped).toEqual([])
    expect(journal.entries.map((entry) => [entry.entryDate, entry.title])).toEqual([
      ['2020-06-28T18:22', 'This is the first sample entry'],
      ['2020-07-01T20:00', 'This is the second sample entry'],
      ['2020-07-02T09:00', 'This is the third sample entry, and is starred'],
      ['2024-03-14T07:05', 'Café au lait with Zoë. She laughed again.'],
      ['2024-03-15T21:40', 'Late walk @Walks'],
      ['2024-03-16T20:15', 'Evening call with Dad'],
      ['2024-03-17T00:00', 'A day without a time'],
    ])
    expect(journal.entries[0]?.body).toBe('This is the sample body text of the first sample entry.')
  })

  it('keeps the body whole: paragraphs, lists, non-dates in brackets, e-mail addresses', () => {
    expect(journal.entries[3]?.body).toBe(
      [
        'Talked about the move to Αθήνα and the letters from Москва.',
        'Nothing fixed yet, but the door is open. 🌱 @Family @repair',
        '',
        '- [x] apologised for missing the concert',
        '- [ ] plan the visit @family',
        '[not a date] this bracketed line belongs to the body',
        'Write to me at zoe@example.com when you can.',
      ].join('\n'),
    )
    expect(journal.entries[4]?.body).toBe('Cold but clear.')
  })

  it('takes tags without the @, once per spelling, as first written; an e-mail address is no tag', () => {
    expect(journal.entries.map((entry) => entry.tags)).toEqual([
      [],
      ['tag'],
      [],
      ['Family', 'repair'],
      ['Walks'],
      [],
      [],
    ])
  })

  it('reads the trailing * as a star and takes it off the title', () => {
    expect(journal.entries.map((entry) => entry.starred)).toEqual([false, false, true, false, false, false, false])
  })

  it('gives stable keys: the same file read twice, or with Windows line endings, has the same keys', () => {
    const again = parseJrnlText(fixtureText('jrnl/journal.txt'))
    const windows = parseJrnlText(fixtureText('jrnl/journal.txt').replace(/\n/g, '\r\n'))
    const keys = journal.entries.map((entry) => entry.importKey)
    expect(new Set(keys).size).toBe(7)
    expect(keys.every((key) => /^jrnl:[0-9a-f]{64}$/.test(key))).toBe(true)
    expect(again.entries.map((entry) => entry.importKey)).toEqual(keys)
    expect(windows.entries).toEqual(journal.entries)
  })

  it('keeps entries whose date does not exist and text before the first entry, naming only lines', () => {
    const parsed = parseJrnlText(fixtureText('jrnl/bad-date.txt'))
    expect(parsed.entries.map((entry) => [entry.title, entry.entryDate])).toEqual([
      ['', '2024-01-10T09:00'],
      ['A good morning', '2024-01-10T09:00'],
      ['An impossible day', '2024-01-10T09:00'],
      ['Another impossible day', '2024-01-10T09:00'],
      ["Thirteen o'clock in the afternoon", '2024-01-10T09:00'],
      ['Still here', '2024-01-12T10:00'],
    ])
    expect(parsed.entries[0]?.body).toBe('Notes I typed before using jrnl.')
    expect(parsed.skipped).toEqual([])
    expect(parsed.notes?.map((note) => note.where)).toEqual(['line 1', 'line 6', 'line 9', 'line 11'])
    expect(JSON.stringify(parsed.notes)).not.toMatch(/impossible|diary|Notes I typed/i)
  })

  it('refuses a file that has no jrnl entry at all', () => {
    for (const text of [fixtureText('jrnl/not-jrnl.txt'), '', '  \n\n', '[2024-01-02 10:00]\nNo space.\n']) {
      const error = expectMendErrorSync(() => parseJrnlText(text), 'UNREADABLE_FILE')
      expect(error.message).toContain('[2024-01-31 09:00]')
      expect(error.message).not.toContain('diary')
    }
  })

  it('says so when the journal is still encrypted by jrnl', () => {
    const error = expectMendErrorSync(
      () => parseJrnlText('gAAAAABlZXhhbXBsZS10b2tlbi1ub3QtcmVhbA==\n'),
      'UNREADABLE_FILE',
    )
    expect(error.message).toMatch(/encrypted/)
  })

  it('splits a first line too long for a title at its first sentence, losing no text', () => {
    const long = `Today was long. ${'We walked and talked and walked again. '.repeat(10).trim()}`
    const [entry] = parseJrnlText(`[2024-01-01 10:00] ${long}\nSecond line.\n`).entries
    expect(entry?.title).toBe('Today was long.')
    expect(entry?.body).toBe(`${long.slice('Today was long. '.length)}\nSecond line.`)
  })

  it('skips an entry with no text; a bracket without a space after it starts no entry, as in jrnl', () => {
    const parsed = parseJrnlText('[2024-01-01 10:00] \n\n[2024-01-03 10:00] \n\n[2024-01-02 10:00]\nOnly a body.\n')
    expect(parsed.entries.map((entry) => [entry.title, entry.body])).toEqual([['[2024-01-02 10:00]', 'Only a body.']])
    expect(parsed.skipped).toEqual([{ where: 'line 1', reason: 'the entry has no text' }])
  })

  it('says so for a journal encrypted by jrnl 3 or 4 (JRNLv3)', () => {
    const error = expectMendErrorSync(() => parseJrnlText('JRNLv3\u0000\u0030eyJzYWx0IjoiQldr'), 'UNREADABLE_FILE')
    expect(error.message).toMatch(/encrypted: decrypt it with jrnl first/)
  })

  it('keeps one copy of an entry written twice in the same file', () => {
    const twice = '[2024-01-01 10:00] Same\nText.\n\n[2024-01-01 10:00] Same\nText.\n'
    const parsed = parseJrnlText(twice)
    expect(parsed.entries).toHaveLength(1)
    expect(parsed.skipped).toEqual([{ where: 'line 4', reason: 'the same entry as line 1' }])
  })

  it('reads a 20,000-entry journal', () => {
    const lines: string[] = []
    for (let index = 0; index < 20_000; index += 1) {
      const day = String((index % 28) + 1).padStart(2, '0')
      lines.push(`[2023-02-${day} 10:${String(index % 60).padStart(2, '0')}] Entry ${index} @tag${index % 7}`)
      lines.push(`Body of entry ${index}.`, 'A second line.', '')
    }
    const parsed = parseJrnlText(lines.join('\n'))
    expect(parsed.entries).toHaveLength(20_000)
    expect(parsed.skipped).toEqual([])
    expect(parsed.entries[19_999]?.tags).toEqual(['tag0'])
  })
})
