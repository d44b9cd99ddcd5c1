import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { MendError, type ImportedEntry, type ParsedImport } from '../../../../electron/core'
import { openTempJournal, type TempJournal } from '../../../helpers/journal-vault'

function imported(n: number, extra: Partial<ImportedEntry> = {}): ImportedEntry {
  const day = String((n % 28) + 1).padStart(2, '0')
  const month = String((Math.floor(n / 28) % 12) + 1).padStart(2, '0')
  return {
    importKey: `jrnl:test-${n}`,
    title: `Imported ${n}`,
    body: `Body of imported entry number ${n}.`,
    entryDate: `2021-${month}-${day}T07:${String(n % 60).padStart(2, '0')}`,
    tags: [],
    starred: false,
    ...extra,
  }
}

function parsedOf(entries: ImportedEntry[]): ParsedImport {
  return { format: 'jrnl-json', entries, skipped: [{ where: 'entry 99', reason: 'It has no date.' }] }
}

describe('the import store on a real encrypted vault', () => {
  let t: TempJournal
  beforeEach(async () => {
    t = await openTempJournal()
  })
  afterEach(() => t.close())

  const sample = () =>
    parsedOf([
      imported(1, { entryDate: '2020-05-04T10:00', tags: ['Work', 'family'], starred: true }),
      imported(2, { entryDate: '2019-01-01T00:00', tags: ['work'] }),
      imported(3, { entryDate: '2022-12-31T23:59', title: 'Zephyr', body: 'A unique word: zephyr.\u0000' }),
    ])

  it('previews counts, dates and tags without writing anything', () => {
    expect(t.journal.imports.preview(sample())).toEqual({
      entries: 3,
      alreadyImported: 0,
      tags: 2,
      firstDate: '2019-01-01T00:00',
      lastDate: '2022-12-31T23:59',
    })
    expect(t.journal.timeline.outline().total).toBe(0)
    expect(t.journal.imports.preview(parsedOf([]))).toEqual({
      entries: 0,
      alreadyImported: 0,
      tags: 0,
      firstDate: null,
      lastDate: null,
    })
  })

  it('adds every entry, with its date, star and tags, and makes it searchable', async () => {
    expect(await t.journal.imports.run(sample())).toEqual({ added: 3, alreadyImported: 0 })
    const list = t.journal.timeline.list(0, 10)
    expect(list.map((e) => e.entryDate)).toEqual(['2022-12-31T23:59', '2020-05-04T10:00', '2019-01-01T00:00'])
    expect(list[1]).toMatchObject({ title: 'Imported 1', starred: true, tags: ['family', 'Work'], kind: 'journal' })
    // "work" is the tag "Work" already made by the first entry.
    expect(list[2]).toMatchObject({ tags: ['Work'], starred: false, mood: null })
    expect(t.journal.timeline.tags()).toEqual([
      { name: 'Work', count: 2 },
      { name: 'family', count: 1 },
    ])
    const [hit] = t.journal.search({ query: 'zephyr' }).hits
    expect(hit?.entry.id).toBe(list[0]!.id)
    expect(t.journal.entries.get(list[0]!.id).body).toBe('A unique word: zephyr.')
    expect(t.journal.search({ query: '', filters: { tags: ['WORK'] } }).total).toBe(2)
  })

  it('links imported tags to tags the journal already has, whatever their case', async () => {
    const mine = t.journal.entries.create({ body: 'mine', tags: ['Family'] })
    await t.journal.imports.run(parsedOf([imported(1, { tags: ['FAMILY', ' family '] })]))
    expect(t.journal.timeline.tags()).toEqual([{ name: 'Family', count: 2 }])
    expect(t.journal.entries.get(mine.id).tags).toEqual(['Family'])
  })

  it('reports progress from 0 to the total (each entry stored, then indexed), never backwards', async () => {
    const entries = Array.from({ length: 1234 }, (_, n) => imported(n))
    const progress: [number, number][] = []
    const result = await t.journal.imports.run(parsedOf(entries), (done, total) => progress.push([done, total]))
    expect(result).toEqual({ added: 1234, alreadyImported: 0 })
    expect(progress[0]).toEqual([0, 2468])
    expect(progress.at(-1)).toEqual([2468, 2468])
    // Halfway once every row is in, before the index is built.
    expect(progress).toContainEqual([1234, 2468])
    expect(progress.length).toBeGreaterThan(3)
    for (let i = 1; i < progress.length; i += 1) {
      expect(progress[i]![0]).toBeGreaterThan(progress[i - 1]![0])
      expect(progress[i]![1]).toBe(2468)
    }
    expect(t.journal.timeline.outline().total).toBe(1234)
  })

  it('builds the search index after the rows, with phrases and prefixes, and leaves the schema as it was', async () => {
    const db = t.db()
    const schema = () => db.prepare('SELECT type, name, sql FROM sqlite_master ORDER BY name').all()
    const before = schema()
    const mine = t.journal.entries.create({ title: 'Mine', body: 'Written by hand about the quiet harbour.' })
    const entries = Array.from({ length: 2600 }, (_, n) =>
      imported(n, { body: n === 2599 ? 'We walked along the quiet harbour at dawn.' : `Plain day ${n}.` }),
    )
    await t.journal.imports.run(parsedOf(entries))
    expect(schema()).toEqual(before)
    expect(t.journal.search({ query: '"quiet harbour"' }).total).toBe(2)
    expect(t.journal.search({ query: 'harbo*' }).total).toBe(2)
    expect(() => db.exec("INSERT INTO entries_fts(entries_fts) VALUES('integrity-check')")).not.toThrow()
    // The trigger is back: an entry written after the import is found too.
    t.journal.entries.create({ title: 'After', body: 'A lighthouse.' })
    expect(t.journal.search({ query: 'lighthouse' }).total).toBe(1)
    expect(t.journal.entries.get(mine.id).title).toBe('Mine')
  })

  it.each([
    ['cancelled', 'CANCELLED'],
    ['locked', 'LOCKED'],
  ])('undoes the whole import when it is %s part way, and the journal works as before', async (_how, code) => {
    const db = t.db()
    const mine = t.journal.entries.create({ title: 'Mine', body: 'Kept whatever happens.', tags: ['own'] })
    const entries = Array.from({ length: 3000 }, (_, n) => imported(n, { tags: [`new${n % 5}`] }))
    let checks = 0
    const run = t.journal.imports.run(parsedOf(entries), {
      checkpoint: () => {
        // Stops in the middle of building the index, after every row was written.
        if (++checks === 8) throw new MendError(code as 'CANCELLED', 'stopped')
      },
    })
    await expect(run).rejects.toMatchObject({ code })
    expect(t.journal.timeline.outline().total).toBe(1)
    expect(t.journal.timeline.tags()).toEqual([{ name: 'own', count: 1 }])
    expect(t.journal.search({ query: 'imported' }).total).toBe(0)
    expect(db.inTransaction).toBe(false)
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(db.pragma('secure_delete', { simple: true })).toBe(1)
    // Importing it again, to the end, works: nothing was half there.
    expect(await t.journal.imports.run(parsedOf(entries))).toEqual({ added: 3000, alreadyImported: 0 })
    expect(t.journal.timeline.outline().total).toBe(3001)
    expect(t.journal.search({ query: 'imported' }).total).toBeGreaterThan(0)
    expect(t.journal.entries.get(mine.id).title).toBe('Mine')
  })

  it('leaves nothing of an import whose database was closed (locked) between two chunks', async () => {
    const entries = Array.from({ length: 1500 }, (_, n) => imported(n))
    const run = t.journal.imports.run(parsedOf(entries), (done) => {
      if (done === 500) t.vault.lockNow()
    })
    await expect(run).rejects.toThrow()
    const journal = await t.reopen()
    expect(journal.timeline.outline().total).toBe(0)
    expect(await journal.imports.run(parsedOf(entries))).toEqual({ added: 1500, alreadyImported: 0 })
  })

  it('scrubs deleted text again and gives the cache back once an import is over', async () => {
    const db = t.db()
    const cacheBefore = db.pragma('cache_size', { simple: true })
    const entries = Array.from({ length: 1200 }, (_, index) => imported(index + 1))
    await t.journal.imports.run(parsedOf(entries))
    expect(db.pragma('secure_delete', { simple: true })).toBe(1)
    expect(db.pragma('cache_size', { simple: true })).toBe(cacheBefore)
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
  })

  it('reports progress 0 of 0 for an empty source', async () => {
    const progress: [number, number][] = []
    expect(await t.journal.imports.run(parsedOf([]), (d, n) => progress.push([d, n]))).toEqual({
      added: 0,
      alreadyImported: 0,
    })
    expect(progress).toEqual([[0, 0]])
  })

  it('adds nothing when the same source is imported again, and the preview says so', async () => {
    await t.journal.imports.run(sample())
    const before = t.journal.timeline.list(0, 10)
    expect(t.journal.imports.preview(sample())).toMatchObject({ entries: 3, alreadyImported: 3 })
    expect(await t.journal.imports.run(sample())).toEqual({ added: 0, alreadyImported: 3 })
    expect(t.journal.timeline.list(0, 10)).toEqual(before)
    expect(t.journal.search({ query: 'zephyr' }).total).toBe(1)
  })

  it('adds only the new entries of a source that grew since it was imported', async () => {
    await t.journal.imports.run(parsedOf([imported(1), imported(2)]))
    const grown = parsedOf([imported(1), imported(2), imported(3), imported(4)])
    expect(t.journal.imports.preview(grown)).toMatchObject({ entries: 4, alreadyImported: 2 })
    expect(await t.journal.imports.run(grown)).toEqual({ added: 2, alreadyImported: 2 })
    expect(t.journal.timeline.outline().total).toBe(4)
  })

  it('still recognises an imported entry after it was edited (the import key stays)', async () => {
    await t.journal.imports.run(parsedOf([imported(7)]))
    const [entry] = t.journal.timeline.list(0, 1)
    t.journal.entries.update({ id: entry!.id, body: 'Edited after import.' })
    expect(await t.journal.imports.run(parsedOf([imported(7)]))).toEqual({ added: 0, alreadyImported: 1 })
    expect(t.journal.entries.get(entry!.id).body).toBe('Edited after import.')
  })

  it('stops with LOCKED when the vault locks between chunks, adding nothing; importing again adds it all', async () => {
    const many = parsedOf(Array.from({ length: 1200 }, (_, n) => imported(n)))
    const running = t.journal.imports.run(many, (done) => {
      // Sleep or a screen lock after the first chunk: the vault closes at once.
      if (done === 500) t.vault.lockNow()
    })
    await expect(running).rejects.toMatchObject({ code: 'LOCKED' })
    // One transaction: nothing half-done is left behind.
    const journal = await t.reopen()
    expect(journal.timeline.outline().total).toBe(0)
    expect(await journal.imports.run(many)).toEqual({ added: 1200, alreadyImported: 0 })
  })

  it('keeps imported entries across a lock and unlock', async () => {
    await t.journal.imports.run(sample())
    const journal = await t.reopen()
    expect(journal.timeline.outline().total).toBe(3)
    expect(journal.search({ query: 'zephyr' }).total).toBe(1)
    expect(await journal.imports.run(sample())).toEqual({ added: 0, alreadyImported: 3 })
  })
})
