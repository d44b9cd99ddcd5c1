import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { MendError } from '../../electron/core'
import { openTempJournal, type TempJournal } from '../helpers/journal-vault'

/**
 * Issue 23, points 7 to 10: the journal over months and years. A title names what an entry is
 * about; 29 February comes round once in four years; Weiß and WEISS are one name; and an old
 * journal imported today is not "newer" than what was written last week.
 */

const LONG_BODY = Array.from(
  { length: 400 },
  (_, i) => `Evening ${i}: we walked by the river and talked about work.`,
).join(' ')

describe('the journal over months', () => {
  let t: TempJournal
  beforeEach(async () => {
    t = await openTempJournal(Date.parse('2026-03-10T12:00:00Z'))
  })
  afterEach(() => t.close())

  const titles = (query: string, limit = 20) => t.journal.search({ query, limit }).hits.map((hit) => hit.entry.title)

  it('puts an entry titled with the word first, however long it is (point 7)', () => {
    t.journal.entries.create({ title: 'Forgiveness', body: LONG_BODY, entryDate: '2026-01-01T20:00' })
    for (let i = 0; i < 6; i++) {
      t.journal.entries.create({
        title: `Note ${i}`,
        body: `A short note. Forgiveness came up again, forgiveness and patience.`,
        entryDate: `2026-02-0${i + 1}T20:00`,
      })
    }
    expect(titles('forgiveness')[0]).toBe('Forgiveness')
    expect(titles('forgivenes', 20)).toEqual([])
    expect(t.journal.search({ query: 'forgiv*', limit: 20 }).hits[0]?.entry.title).toBe('Forgiveness')
  })

  it('shows a 29 February entry on 28 February outside leap years, and on the 29th in them (point 8)', () => {
    t.journal.entries.create({ title: 'Leap day walk', body: 'Rain all day.', entryDate: '2024-02-29T18:00' })
    t.journal.entries.create({ title: 'Ordinary 28th', body: 'Sun.', entryDate: '2025-02-28T09:00' })
    const onThisDay = (instant: string) => t.journal.timeline.onThisDay(Date.parse(instant)).map((e) => e.title)
    expect(onThisDay('2026-02-28T12:00:00Z')).toEqual(['Ordinary 28th', 'Leap day walk'])
    expect(onThisDay('2026-03-01T12:00:00Z')).toEqual([])
    expect(onThisDay('2028-02-29T12:00:00Z')).toEqual(['Leap day walk'])
    expect(onThisDay('2028-02-28T12:00:00Z')).toEqual(['Ordinary 28th'])
  })

  it.each([
    ['Weiß', 'WEISS'],
    ['Strauß', 'STRAUSS'],
    ['ẞENDE', 'ßende'],
  ])('knows %s and %s as one person (point 9)', (first, second) => {
    t.journal.people.create({ name: first })
    let error: unknown
    try {
      t.journal.people.create({ name: second })
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(MendError)
    expect(t.journal.people.findByName(second)?.name).toBe(first)
  })

  it('keeps one tag for Straße and STRASSE, and search finds Straße when asked for strasse (point 9)', () => {
    t.journal.entries.create({ title: 'Moving day', body: 'We carried boxes up the Straße.', tags: ['Straße'] })
    t.journal.entries.create({ title: 'Second', body: 'THE WEISS FAMILY CAME.', tags: ['STRASSE'] })
    expect(t.journal.timeline.tags()).toEqual([{ name: 'Straße', count: 2 }])
    expect(titles('strasse')).toEqual(['Moving day'])
    expect(titles('STRASSE')).toEqual(['Moving day'])
    expect(titles('weiß')).toEqual(['Second'])
    const hit = t.journal.search({ query: 'strasse', limit: 5 }).hits[0]!
    expect(hit.snippet.filter((part) => part.hit).map((part) => part.text)).toEqual(['Straße'])
    expect(t.journal.search({ query: '', filters: { tags: ['strasse'] }, limit: 5 }).total).toBe(2)
  })

  it('keeps the newest entries by their own date among the matches a broad search scores (point 10)', () => {
    // Written this winter: short entries where the word stands out.
    for (let i = 1; i <= 5; i++) {
      t.journal.entries.create({ title: `Garden ${i}`, body: 'The garden.', entryDate: `2026-02-0${i}T19:00` })
    }
    // Then an old journal imported: 2,100 entries from 2015, each mentioning the garden.
    const insert = t.db().prepare(
      `INSERT INTO entries (title, body, entry_date, created_at, updated_at, import_key)
       VALUES (?, ?, ?, '2026-03-10T12:00:00.000Z', '2026-03-10T12:00:00.000Z', ?)`,
    )
    t.db().transaction(() => {
      for (let i = 0; i < 2100; i++) {
        const day = String(1 + (i % 28)).padStart(2, '0')
        insert.run(
          `Old ${i}`,
          `Long ago in the garden, and more words about the day and the weather ${i}.`,
          `2015-06-${day}T08:00`,
          `old-${i}`,
        )
      }
    })()
    const found = titles('garden', 5)
    expect(found.sort()).toEqual(['Garden 1', 'Garden 2', 'Garden 3', 'Garden 4', 'Garden 5'])
  })

  it('keeps them by date with filters too, and when hundreds of entries are out of id order (point 10)', () => {
    // 300 entries of this winter, then 2,100 imported from 2015: too many out of order to
    // correct at the window's edge, so the dates are walked.
    t.db().transaction(() => {
      for (let i = 0; i < 300; i++) {
        const day = String(1 + (i % 28)).padStart(2, '0')
        t.journal.entries.create({
          title: `Winter ${i}`,
          body: 'The garden in frost.',
          entryDate: `2026-02-${day}T19:00`,
          mood: 4,
          tags: ['home'],
        })
      }
    })()
    const insert = t.db().prepare(
      `INSERT INTO entries (title, body, entry_date, mood, created_at, updated_at, import_key)
       VALUES (?, ?, ?, 4, '2026-03-10T12:00:00.000Z', '2026-03-10T12:00:00.000Z', ?)`,
    )
    const tag = t
      .db()
      .prepare("INSERT INTO entry_tags (entry_id, tag_id) SELECT ?, id FROM tags WHERE name_key = 'home'")
    t.db().transaction(() => {
      for (let i = 0; i < 2100; i++) {
        const day = String(1 + (i % 28)).padStart(2, '0')
        const { lastInsertRowid } = insert.run(
          `Old ${i}`,
          `An old garden, long ago, and a long day of rain ${i}.`,
          `2015-06-${day}T08:00`,
          `old-${i}`,
        )
        tag.run(lastInsertRowid)
      }
    })()
    const winterFirst = (request: Parameters<typeof t.journal.search>[0]) =>
      t.journal.search({ limit: 20, ...request }).hits.every((hit) => hit.entry.title.startsWith('Winter'))
    expect(winterFirst({ query: 'garden' })).toBe(true)
    expect(winterFirst({ query: 'garden', filters: { tags: ['home'] } })).toBe(true)
    expect(winterFirst({ query: 'garden', filters: { moods: [4] } })).toBe(true)
  })
})
