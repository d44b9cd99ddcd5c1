import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { MendError } from '../../../../electron/core'
import { openTempJournal, type TempJournal } from '../../../helpers/journal-vault'

/** SQLite's NOCASE folds only A-Z; people and tags are compared in full Unicode lower case. */
describe('names and tags are the same regardless of case, in any script', () => {
  let t: TempJournal
  beforeEach(async () => {
    t = await openTempJournal()
  })
  afterEach(() => t.close())

  it.each([
    ['Élodie', 'élodie'],
    ['ΑΛΚΗΣΤΙΣ', 'αλκηστισ'],
    ['ОЛЬГА', 'ольга'],
    // The same letter written precomposed and as e + combining accent.
    ['Ren\u00e9e', 'Rene\u0301e'],
  ])('refuses %s when %s is already a person', (first, second) => {
    t.journal.people.create({ name: first })
    let error: unknown
    try {
      t.journal.people.create({ name: second })
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(MendError)
    expect(error).toMatchObject({ code: 'INVALID_INPUT', extra: { field: 'name' } })
    expect(t.journal.people.list()).toHaveLength(1)
    expect(t.journal.people.findByName(second)?.name).toBe(first)
  })

  it('keeps one tag for Über and über, and the tag filter finds it written either way', () => {
    const first = t.journal.entries.create({ title: 'One', tags: ['Über'] })
    const second = t.journal.entries.create({ title: 'Two', tags: ['über', 'ДОВЕРИЕ'] })
    expect(t.journal.timeline.tags()).toEqual([
      { name: 'Über', count: 2 },
      { name: 'ДОВЕРИЕ', count: 1 },
    ])
    expect(t.journal.entries.get(second.id).tags).toEqual(['Über', 'ДОВЕРИЕ'])
    const tagged = (tags: string[]) =>
      t.journal
        .search({ query: '', filters: { tags } })
        .hits.map((hit) => hit.entry.id)
        .sort()
    expect(tagged(['ÜBER'])).toEqual([first.id, second.id].sort())
    expect(tagged(['доверие'])).toEqual([second.id])
    expect(tagged(['über', 'доверие'])).toEqual([second.id])
  })

  it('hides a tag that only entries in the trash use, and shows it again on restore', () => {
    const entry = t.journal.entries.create({ title: 'Gone for now', tags: ['ephemeral'] })
    t.journal.trash.move(entry.id)
    expect(t.journal.timeline.tags()).toEqual([])
    t.journal.trash.restore(entry.id)
    expect(t.journal.timeline.tags()).toEqual([{ name: 'ephemeral', count: 1 }])
  })
})
