import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { EntryDraft } from '../../../../electron/contract'
import { openTempJournal, type TempJournal } from '../../../helpers/journal-vault'

const DAY = 86_400_000

describe('the timeline on a real encrypted vault', () => {
  let t: TempJournal
  beforeEach(async () => {
    // 2026-11-24 12:00 UTC; the test machine's own time zone decides the local day, as for a person.
    t = await openTempJournal(Date.parse('2026-11-24T12:00:00'))
  })
  afterEach(() => t.close())

  /** Many entries in one transaction (one fsync), as an import would. */
  function createMany(drafts: readonly EntryDraft[]): number[] {
    return t.db().transaction(() => drafts.map((draft) => t.journal.entries.create(draft).id))()
  }

  it('outlines the months newest first, with counts that add up to the total', () => {
    createMany([
      { entryDate: '2024-01-31T23:59' },
      { entryDate: '2024-01-01T00:00' },
      { entryDate: '2025-12-15T10:00' },
      { entryDate: '2023-06-10T10:00' },
      { entryDate: '2025-12-01T10:00' },
      { entryDate: '2025-12-31T10:00' },
    ])
    const trashed = t.journal.entries.create({ entryDate: '2022-02-02T02:02' })
    t.journal.trash.move(trashed.id)
    expect(t.journal.timeline.outline()).toEqual({
      total: 6,
      months: [
        { month: '2025-12', count: 3 },
        { month: '2024-01', count: 2 },
        { month: '2023-06', count: 1 },
      ],
    })
  })

  it('is empty for a new journal', () => {
    expect(t.journal.timeline.outline()).toEqual({ total: 0, months: [] })
    expect(t.journal.timeline.list(0, 50)).toEqual([])
    expect(t.journal.timeline.onThisDay(t.clock.now())).toEqual([])
  })

  it('pages through ~1,000 entries newest first, ties by newest id, with no duplicate and no gap', () => {
    const base = Date.UTC(2023, 0, 1)
    const drafts = Array.from({ length: 1003 }, (_, i) => {
      // Only 300 different dates, several entries at the same minute: the order needs its tie-break.
      const d = new Date(base + (i % 300) * DAY + (i % 7) * 3_600_000)
      const entryDate = d.toISOString().slice(0, 16)
      return { title: `entry ${i}`, entryDate }
    })
    const ids = createMany(drafts)
    const expected = ids
      .map((id, i) => ({ id, entryDate: drafts[i]!.entryDate }))
      .sort((a, b) => (a.entryDate === b.entryDate ? b.id - a.id : a.entryDate < b.entryDate ? 1 : -1))
      .map((e) => e.id)

    const paged: number[] = []
    for (const limit of [1, 37, 100]) {
      paged.length = 0
      for (let offset = 0; ; offset += limit) {
        const page = t.journal.timeline.list(offset, limit)
        paged.push(...page.map((e) => e.id))
        if (page.length < limit) break
      }
      expect(paged).toEqual(expected)
    }
    expect(new Set(paged).size).toBe(1003)
    expect(t.journal.timeline.outline().total).toBe(1003)
    expect(t.journal.timeline.list(1003, 10)).toEqual([])
  })

  it('gives list rows an excerpt of plain text: Markdown removed, one line, about 200 characters at most', () => {
    const markdown = [
      '# What happened',
      '',
      '**I broke** a _promise_ to [Sam](https://example.org) ![photo](p.png)',
      '- first item',
      '> a quote',
      '1. numbered `code` ~~struck~~',
    ].join('\n')
    const short = t.journal.entries.create({ title: 'Short', body: markdown, entryDate: '2026-01-02T10:00' })
    const long = t.journal.entries.create({
      title: 'Long',
      body: `${'Trust grows slowly when promises are kept. '.repeat(40)}`,
      entryDate: '2026-01-01T10:00',
    })
    const [first, second] = t.journal.timeline.list(0, 10)
    expect(first!.id).toBe(short.id)
    expect(first!.excerpt).toBe('I broke a promise to Sam first item a quote numbered code struck')
    expect(second!.id).toBe(long.id)
    expect(second!.excerpt.length).toBeLessThanOrEqual(201)
    expect(second!.excerpt.length).toBeGreaterThan(100)
    expect(second!.excerpt.endsWith('…')).toBe(true)
    expect(second!.excerpt).not.toMatch(/\n|\s\s/)
    // Cut at a word: what is left before the ellipsis is whole words of the body.
    expect(long.body.startsWith(second!.excerpt.slice(0, -1))).toBe(true)
    expect(long.body.charAt(second!.excerpt.length - 1)).toBe(' ')
    // Summaries carry what a row shows, never the body.
    expect(Object.keys(first!)).not.toContain('body')
  })

  it('an entry begun from a template previews the words written under its headings, not the headings', () => {
    const body = [
      '## What happened, plainly',
      '',
      'I forgot the dinner and said the train was late.',
      '',
      '## What I did, and what I did not do',
      '',
      'I did not call.',
    ].join('\n')
    t.journal.entries.create({ title: 'What happened', body, entryDate: '2026-01-03T10:00' })
    t.journal.entries.create({
      title: 'Untouched',
      body: '## What happened, plainly\n\n',
      entryDate: '2026-01-02T10:00',
    })
    const [written, untouched] = t.journal.timeline.list(0, 10)
    expect(written!.excerpt).toBe('I forgot the dinner and said the train was late. I did not call.')
    // With nothing written yet, the headings are all there is to show.
    expect(untouched!.excerpt).toBe('What happened, plainly')
  })

  it('shows "on this day" entries from the same month and day of earlier years only, newest first', () => {
    const [lastYear, longAgo, thisYear, dayBefore, dayAfter, lastYearEvening, otherMonth] = createMany([
      { entryDate: '2025-11-24T08:00' },
      { entryDate: '2019-11-24T23:59' },
      { entryDate: '2026-11-24T07:00' },
      { entryDate: '2025-11-23T23:59' },
      { entryDate: '2025-11-25T00:00' },
      { entryDate: '2025-11-24T21:00' },
      { entryDate: '2025-10-24T12:00' },
    ])
    const found = t.journal.timeline.onThisDay(t.clock.now()).map((e) => e.id)
    expect(found).toEqual([lastYearEvening, lastYear, longAgo])
    for (const id of [thisYear, dayBefore, dayAfter, otherMonth]) expect(found).not.toContain(id)

    // A day later, the day after is "on this day".
    t.clock.advance(DAY)
    expect(t.journal.timeline.onThisDay(t.clock.now()).map((e) => e.id)).toEqual([dayAfter])
  })
})
