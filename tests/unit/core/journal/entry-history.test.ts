import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { VERSION_INTERVAL_MS } from '../../../../electron/core'
import { openTempJournal, type TempJournal } from '../../../helpers/journal-vault'
import { expectMendErrorSync } from '../../../helpers/vault-files'

const SECOND = 1000

describe('entry history (earlier versions) on a real encrypted vault', () => {
  let t: TempJournal
  beforeEach(async () => {
    t = await openTempJournal()
  })
  afterEach(() => t.close())

  /** Autosave: one update per second, each with a little more text. */
  function typeInto(id: number, texts: readonly string[]): void {
    for (const body of texts) {
      t.clock.advance(SECOND)
      t.journal.entries.update({ id, body })
    }
  }

  const bodies = (id: number) => t.journal.history.versions(id).map((v) => t.journal.history.get(v.id).body)

  it('keeps no version of a new entry while it is first being written', () => {
    const entry = t.journal.entries.create({ title: 'New' })
    typeInto(entry.id, ['I', 'I wrote', 'I wrote this today.'])
    expect(t.journal.history.versions(entry.id)).toEqual([])
  })

  it('keeps no empty version when a new entry is first typed into', () => {
    const entry = t.journal.entries.create({})
    t.clock.advance(SECOND)
    t.journal.entries.update({ id: entry.id, body: 'I' })
    expect(t.journal.history.versions(entry.id)).toEqual([])
    // Even after a long pause, the empty start is never offered as something to go back to.
    t.clock.advance(VERSION_INTERVAL_MS * 3)
    t.journal.entries.update({ id: entry.id, body: 'I am' })
    expect(bodies(entry.id)).not.toContain('')
  })

  it('keeps at most one version for a burst of autosaves within the interval', () => {
    const entry = t.journal.entries.create({ body: 'Before the burst.' })
    // Writing a new entry is itself a burst: come back to it later.
    t.clock.advance(VERSION_INTERVAL_MS)
    const burst = Array.from({ length: 60 }, (_, i) => `Before the burst. ${'word '.repeat(i + 1)}`)
    // 60 saves over 60 seconds, well within one interval.
    expect(60 * SECOND).toBeLessThan(VERSION_INTERVAL_MS)
    typeInto(entry.id, burst)
    expect(bodies(entry.id)).toEqual(['Before the burst.'])
    expect(t.journal.entries.get(entry.id).body).toBe(burst.at(-1))
  })

  it('keeps a new version once the interval has passed since the last one', () => {
    const entry = t.journal.entries.create({ body: 'one' })
    t.clock.advance(VERSION_INTERVAL_MS)
    typeInto(entry.id, ['one two'])
    expect(bodies(entry.id)).toEqual(['one'])
    t.clock.advance(VERSION_INTERVAL_MS - 2 * SECOND)
    typeInto(entry.id, ['one two three'])
    expect(bodies(entry.id)).toEqual(['one'])
    t.clock.advance(VERSION_INTERVAL_MS)
    typeInto(entry.id, ['one two three four'])
    expect(bodies(entry.id)).toEqual(['one two three', 'one'])
  })

  it('keeps no version when a save changes neither title nor body', () => {
    const entry = t.journal.entries.create({ title: 'T', body: 'same' })
    t.clock.advance(VERSION_INTERVAL_MS * 2)
    t.journal.entries.update({ id: entry.id, mood: 3, starred: true, tags: ['x'], body: 'same' })
    expect(t.journal.history.versions(entry.id)).toEqual([])
  })

  it('lists versions newest first, with their title, time kept and word count', () => {
    const entry = t.journal.entries.create({ title: 'Draft', body: 'One two three.' })
    const times: string[] = []
    for (const [title, body] of [
      ['Draft 2', "It's a well-known fact: 42 words? No."],
      ['Draft 3', ''],
      ['Final', 'Done.'],
    ] as const) {
      t.clock.advance(VERSION_INTERVAL_MS + SECOND)
      times.push(new Date(t.clock.now()).toISOString())
      t.journal.entries.update({ id: entry.id, title, body })
    }
    const versions = t.journal.history.versions(entry.id)
    expect(versions.map(({ title, words, savedAt }) => ({ title, words, savedAt }))).toEqual([
      { title: 'Draft 3', words: 0, savedAt: times[2] },
      { title: 'Draft 2', words: 7, savedAt: times[1] },
      { title: 'Draft', words: 3, savedAt: times[0] },
    ])
    expect(versions.every((v) => v.entryId === entry.id)).toBe(true)
    expect(t.journal.history.get(versions[1]!.id)).toMatchObject({
      title: 'Draft 2',
      body: "It's a well-known fact: 42 words? No.",
    })
  })

  it('restores an earlier version and keeps the replaced text as a version, so the restore can be undone', () => {
    const entry = t.journal.entries.create({ title: 'Apology', body: 'I was wrong about the orchard.' })
    t.clock.advance(VERSION_INTERVAL_MS + SECOND)
    t.journal.entries.update({ id: entry.id, title: 'Rewritten', body: 'Something else entirely: lantern.' })
    const [original] = t.journal.history.versions(entry.id)
    expect(original).toMatchObject({ title: 'Apology' })

    t.clock.advance(SECOND)
    const restored = t.journal.entries.restoreVersion(original!.id)
    expect(restored).toMatchObject({ id: entry.id, title: 'Apology', body: 'I was wrong about the orchard.' })
    expect(t.journal.entries.get(entry.id)).toEqual(restored)
    // The search index follows the restore.
    expect(t.journal.search({ query: 'orchard' }).hits.map((h) => h.entry.id)).toEqual([entry.id])
    expect(t.journal.search({ query: 'lantern' }).total).toBe(0)

    const [replaced] = t.journal.history.versions(entry.id)
    expect(t.journal.history.get(replaced!.id)).toMatchObject({
      title: 'Rewritten',
      body: 'Something else entirely: lantern.',
    })
    // Undo the restore.
    const undone = t.journal.entries.restoreVersion(replaced!.id)
    expect(undone).toMatchObject({ title: 'Rewritten', body: 'Something else entirely: lantern.' })
    expect(bodies(entry.id)).toContain('I was wrong about the orchard.')
  })

  it('answers NOT_FOUND for a version that does not exist', () => {
    expectMendErrorSync(() => t.journal.history.get(987654), 'NOT_FOUND')
    expectMendErrorSync(() => t.journal.entries.restoreVersion(987654), 'NOT_FOUND')
  })

  it('forgets the versions of an entry deleted forever', () => {
    const entry = t.journal.entries.create({ body: 'secret first draft' })
    t.clock.advance(VERSION_INTERVAL_MS + SECOND)
    t.journal.entries.update({ id: entry.id, body: 'second draft' })
    const [version] = t.journal.history.versions(entry.id)
    expect(version).toBeDefined()

    t.journal.trash.move(entry.id)
    t.journal.trash.deleteForever(entry.id)
    expect(t.journal.history.versions(entry.id)).toEqual([])
    expectMendErrorSync(() => t.journal.history.get(version!.id), 'NOT_FOUND')
    const left = t.db().prepare<[], { n: number }>('SELECT count(*) AS n FROM entry_versions').get()!.n
    expect(left).toBe(0)
  })
})
