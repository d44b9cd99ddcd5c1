import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { TRASH_DAYS } from '../../../../electron/core'
import { ftsRowsWith, openTempJournal, type TempJournal } from '../../../helpers/journal-vault'
import { expectMendErrorSync } from '../../../helpers/vault-files'

const DAY = 86_400_000
/** The manual clock starts on 2026-11-24; "on this day" entries are from earlier years on 11-24. */
const TODAY_LAST_YEAR = '2025-11-24T09:00'

describe('the trash on a real encrypted vault', () => {
  let t: TempJournal
  beforeEach(async () => {
    t = await openTempJournal()
  })
  afterEach(() => t.close())

  const visibleIds = () => t.journal.timeline.list(0, 100).map((e) => e.id)
  const searchIds = (query: string) => t.journal.search({ query }).hits.map((h) => h.entry.id)
  const tagCount = (name: string) => t.journal.timeline.tags().find((tag) => tag.name === name)?.count ?? 0
  const tagNames = () => t.db().prepare<[], { name: string }>('SELECT name FROM tags ORDER BY name').all()
  const ftsIntegrity = () => t.db().exec("INSERT INTO entries_fts(entries_fts) VALUES('integrity-check')")

  function writeTwo() {
    const kept = t.journal.entries.create({ title: 'Kept', body: 'common words', tags: ['shared'] })
    const binned = t.journal.entries.create({
      title: 'Binned',
      body: 'common words and zanzibar',
      entryDate: TODAY_LAST_YEAR,
      tags: ['shared', 'onlybinned'],
    })
    return { kept, binned }
  }

  it('hides a trashed entry from the timeline, outline, search, on this day and tag counts, and lists it in the trash', () => {
    const { kept, binned } = writeTwo()
    expect(t.journal.timeline.onThisDay(t.clock.now()).map((e) => e.id)).toEqual([binned.id])
    expect(tagCount('shared')).toBe(2)

    t.clock.advance(1000)
    const moved = t.journal.trash.move(binned.id)
    expect(moved.trashedAt).toBe(new Date(t.clock.now()).toISOString())
    expect(visibleIds()).toEqual([kept.id])
    expect(t.journal.timeline.outline().total).toBe(1)
    expect(searchIds('zanzibar')).toEqual([])
    expect(searchIds('common')).toEqual([kept.id])
    expect(t.journal.search({ query: '', filters: { tags: ['onlybinned'] } }).total).toBe(0)
    expect(t.journal.timeline.onThisDay(t.clock.now())).toEqual([])
    expect(tagCount('shared')).toBe(1)
    expect(tagCount('onlybinned')).toBe(0)
    expect(t.journal.trash.list().map((e) => ({ id: e.id, trashedAt: e.trashedAt }))).toEqual([
      { id: binned.id, trashedAt: moved.trashedAt },
    ])
    // It can still be opened (and edited: nothing typed is lost).
    expect(t.journal.entries.get(binned.id).trashedAt).toBe(moved.trashedAt)
  })

  it('restores a trashed entry to every list', () => {
    const { kept, binned } = writeTwo()
    t.journal.trash.move(binned.id)
    const restored = t.journal.trash.restore(binned.id)
    expect(restored.trashedAt).toBeNull()
    expect(restored).toEqual({ ...binned, trashedAt: null })
    expect(new Set(visibleIds())).toEqual(new Set([kept.id, binned.id]))
    expect(searchIds('zanzibar')).toEqual([binned.id])
    expect(t.journal.timeline.onThisDay(t.clock.now()).map((e) => e.id)).toEqual([binned.id])
    expect(tagCount('shared')).toBe(2)
    expect(t.journal.trash.list()).toEqual([])
  })

  it('keeps the first trashed time when an entry is moved to the trash twice (the 30 days do not restart)', () => {
    const { binned } = writeTwo()
    const first = t.journal.trash.move(binned.id).trashedAt
    t.clock.advance(5 * DAY)
    expect(t.journal.trash.move(binned.id).trashedAt).toBe(first)
  })

  it('lists the trash most recently trashed first', () => {
    const ids = [1, 2, 3].map((n) => t.journal.entries.create({ body: `entry ${n}` }).id)
    for (const id of ids) {
      t.clock.advance(1000)
      t.journal.trash.move(id)
    }
    expect(t.journal.trash.list().map((e) => e.id)).toEqual([...ids].reverse())
  })

  it('refuses to delete forever an entry that is not in the trash (FORBIDDEN), and a missing one (NOT_FOUND)', () => {
    const { kept } = writeTwo()
    expectMendErrorSync(() => t.journal.trash.deleteForever(kept.id), 'FORBIDDEN')
    expect(t.journal.entries.get(kept.id)).toEqual(kept)
    expectMendErrorSync(() => t.journal.trash.deleteForever(999_999), 'NOT_FOUND')
  })

  it('deletes forever: the row, its index entries, its links and tags no other entry uses', () => {
    const { kept, binned } = writeTwo()
    const sam = t.journal.people.create({ name: 'Sam' })
    t.journal.entries.update({ id: binned.id, personIds: [sam.id] })
    expect(ftsRowsWith(t.db(), 'zanzibar')).toBe(1)

    t.journal.trash.move(binned.id)
    t.journal.trash.deleteForever(binned.id)
    expectMendErrorSync(() => t.journal.entries.get(binned.id), 'NOT_FOUND')
    expect(t.journal.trash.list()).toEqual([])
    expect(searchIds('zanzibar')).toEqual([])
    expect(ftsRowsWith(t.db(), 'zanzibar')).toBe(0)
    expect(ftsRowsWith(t.db(), 'common')).toBe(1)
    expect(() => ftsIntegrity()).not.toThrow()
    expect(tagNames()).toEqual([{ name: 'shared' }])
    expect(t.journal.people.get(sam.id).entryCount).toBe(0)
    expect(t.journal.entries.get(kept.id)).toEqual(kept)
  })

  it('empties the whole trash and reports how many entries went', () => {
    const { kept, binned } = writeTwo()
    const third = t.journal.entries.create({ body: 'quixotic', tags: ['third'] })
    t.journal.trash.move(binned.id)
    t.journal.trash.move(third.id)
    expect(t.journal.trash.empty()).toBe(2)
    expect(t.journal.trash.list()).toEqual([])
    expect(visibleIds()).toEqual([kept.id])
    for (const word of ['zanzibar', 'quixotic']) {
      expect(searchIds(word)).toEqual([])
      expect(ftsRowsWith(t.db(), word)).toBe(0)
    }
    expect(() => ftsIntegrity()).not.toThrow()
    expect(tagNames()).toEqual([{ name: 'shared' }])
    expect(t.journal.trash.empty()).toBe(0)
  })

  it(`purges only entries trashed more than ${TRASH_DAYS} days ago`, () => {
    const old = t.journal.entries.create({ body: 'old trash', tags: ['oldtag'] })
    const exact = t.journal.entries.create({ body: 'exactly thirty' })
    const recent = t.journal.entries.create({ body: 'recent trash' })
    const live = t.journal.entries.create({ body: 'never trashed' })
    t.journal.trash.move(old.id)
    t.clock.advance(1)
    t.journal.trash.move(exact.id)
    t.clock.advance(10 * DAY)
    t.journal.trash.move(recent.id)
    t.clock.advance((TRASH_DAYS - 10) * DAY)
    // Now `old` has been in the trash 30 days and 1 ms, `exact` exactly 30 days, `recent` 20 days.
    expect(t.journal.trash.purgeExpired()).toBe(1)
    expect(t.journal.trash.list().map((e) => e.id)).toEqual([recent.id, exact.id])
    expectMendErrorSync(() => t.journal.entries.get(old.id), 'NOT_FOUND')
    expect(ftsRowsWith(t.db(), 'old')).toBe(0)
    expect(tagNames()).toEqual([])
    expect(visibleIds()).toEqual([live.id])
    expect(t.journal.trash.purgeExpired()).toBe(0)
    t.clock.advance(10 * DAY + 1)
    expect(t.journal.trash.purgeExpired()).toBe(2)
    expect(t.journal.trash.list()).toEqual([])
  })

  it('drops a tag from the tag list once no entry uses it', () => {
    const entry = t.journal.entries.create({ body: 'x', tags: ['temporary', 'lasting'] })
    t.journal.entries.update({ id: entry.id, tags: ['lasting'] })
    expect(tagNames()).toEqual([{ name: 'lasting' }])
    expect(t.journal.timeline.tags()).toEqual([{ name: 'lasting', count: 1 }])
  })
})
