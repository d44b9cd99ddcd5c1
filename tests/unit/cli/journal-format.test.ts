import { describe, expect, it } from 'vitest'
import type { EntrySummary } from '../../../electron/contract'
import { DAY_ONLY_TIME, parseEntryDate } from '../../../electron/cli/journal/entry-date'
import { listLine, markedSnippet } from '../../../electron/cli/journal/format'

function summary(change: Partial<EntrySummary>): EntrySummary {
  return {
    id: 1,
    kind: 'journal',
    title: '',
    excerpt: '',
    entryDate: '2024-03-05T09:00',
    mood: null,
    starred: false,
    tags: [],
    personIds: [],
    trashedAt: null,
    ...change,
  }
}

describe('cli journal: --date', () => {
  it('reads a day, a day and time with T, and a day and time with a space, as local wall-clock time', () => {
    expect(parseEntryDate('2024-03-05')).toBe(`2024-03-05T${DAY_ONLY_TIME}`)
    expect(parseEntryDate('2024-03-05T21:15')).toBe('2024-03-05T21:15')
    expect(parseEntryDate('2024-03-05 21:15')).toBe('2024-03-05T21:15')
    expect(parseEntryDate(' 2024-02-29 ')).toBe('2024-02-29T09:00')
  })

  it('refuses other forms and days or times that do not exist', () => {
    for (const text of [
      '',
      'yesterday',
      '2024-3-5',
      '05/03/2024',
      '2024-03-05T9:15',
      '2024-03-05T21:15:00',
      '2024-03-05T21:15Z',
      '2023-02-29',
      '2024-13-01',
      '2024-03-05 24:00',
      '2024-03-05 12:60',
      '0000-01-01',
    ]) {
      expect(parseEntryDate(text), text).toBeNull()
    }
  })
})

describe('cli journal: text output', () => {
  it('lists date, title, tags on one line; the excerpt stands in for a missing title', () => {
    expect(listLine(summary({ title: 'River walk', tags: ['calm', 'walk'] }))).toBe(
      '2024-03-05 09:00  River walk  #calm #walk',
    )
    expect(listLine(summary({ excerpt: 'Walked by\nthe river.' }))).toBe('2024-03-05 09:00  Walked by the river.')
    expect(listLine(summary({}))).toBe('2024-03-05 09:00  (empty entry)')
  })

  it('marks search hits like **word** in plain text, on one line', () => {
    expect(
      markedSnippet([
        { text: '…walked by the ', hit: false },
        { text: 'river', hit: true },
        { text: ' and\nthe ', hit: false },
        { text: 'rivers', hit: true },
      ]),
    ).toBe('…walked by the **river** and the **rivers**')
  })
})
