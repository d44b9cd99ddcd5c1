import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { LIMITS } from '../../../../electron/contract'
import { localMinute, openTempJournal, type TempJournal } from '../../../helpers/journal-vault'
import { expectMendErrorSync } from '../../../helpers/vault-files'

describe('journal entries on a real encrypted vault', () => {
  let t: TempJournal
  beforeEach(async () => {
    t = await openTempJournal()
  })
  afterEach(() => t.close())

  it('creates an entry with defaults: kind journal, dated now on the local clock, no mood, not starred', () => {
    const entry = t.journal.entries.create({ body: 'First words.' })
    expect(entry).toMatchObject({
      kind: 'journal',
      title: '',
      body: 'First words.',
      entryDate: localMinute(t.clock.now()),
      mood: null,
      starred: false,
      tags: [],
      personIds: [],
      trashedAt: null,
      createdAt: new Date(t.clock.now()).toISOString(),
      updatedAt: new Date(t.clock.now()).toISOString(),
    })
    expect(t.journal.entries.get(entry.id)).toEqual(entry)
  })

  it('keeps a backdated entry date as given, and the other fields', () => {
    const entry = t.journal.entries.create({
      kind: 'letter',
      title: 'To Sam',
      body: 'Dear Sam',
      entryDate: '2019-02-28T23:59',
      mood: 2,
      starred: true,
    })
    expect(t.journal.entries.get(entry.id)).toMatchObject({
      kind: 'letter',
      title: 'To Sam',
      entryDate: '2019-02-28T23:59',
      mood: 2,
      starred: true,
    })
  })

  it('normalizes tags: trimmed, one per spelling regardless of case (first spelling wins), empty ones dropped', () => {
    const entry = t.journal.entries.create({ body: 'x', tags: ['  Work ', 'work', 'WORK', 'family', '  ', 'Family'] })
    expect(entry.tags).toEqual(['family', 'Work'])
    // The tag list agrees: one "Work" across entries, whatever the spelling used later.
    t.journal.entries.create({ body: 'y', tags: ['wOrK'] })
    expect(t.journal.timeline.tags()).toEqual([
      { name: 'Work', count: 2 },
      { name: 'family', count: 1 },
    ])
  })

  it('links people, once each, and reads them back sorted', () => {
    const sam = t.journal.people.create({ name: 'Sam' })
    const alex = t.journal.people.create({ name: 'Alex' })
    const entry = t.journal.entries.create({ body: 'x', personIds: [alex.id, sam.id, alex.id] })
    expect(entry.personIds).toEqual([sam.id, alex.id].sort((a, b) => a - b))
  })

  it('changes only the fields an update gives', () => {
    const sam = t.journal.people.create({ name: 'Sam' })
    const entry = t.journal.entries.create({
      kind: 'reflection',
      title: 'Title',
      body: 'Body',
      entryDate: '2024-05-01T08:30',
      mood: 4,
      starred: true,
      tags: ['a'],
      personIds: [sam.id],
    })
    t.clock.advance(1000)
    const updated = t.journal.entries.update({ id: entry.id, body: 'New body' })
    expect(updated).toEqual({ ...entry, body: 'New body', updatedAt: new Date(t.clock.now()).toISOString() })
    // mood: null clears the mood; an absent mood keeps it.
    expect(t.journal.entries.update({ id: entry.id, mood: null }).mood).toBeNull()
    expect(t.journal.entries.update({ id: entry.id, starred: false })).toMatchObject({
      mood: null,
      starred: false,
      title: 'Title',
      tags: ['a'],
      personIds: [sam.id],
    })
    // Empty lists unlink everything.
    expect(t.journal.entries.update({ id: entry.id, tags: [], personIds: [] })).toMatchObject({
      tags: [],
      personIds: [],
    })
  })

  it('answers NOT_FOUND for an entry that does not exist, on get and update', () => {
    expectMendErrorSync(() => t.journal.entries.get(424242), 'NOT_FOUND')
    expectMendErrorSync(() => t.journal.entries.update({ id: 424242, body: 'x' }), 'NOT_FOUND')
    expect(t.journal.timeline.outline().total).toBe(0)
  })

  it('refuses an unknown person with NOT_FOUND on personIds and changes nothing (the write rolls back)', () => {
    const sam = t.journal.people.create({ name: 'Sam' })
    const error = expectMendErrorSync(
      () => t.journal.entries.create({ body: 'never saved', tags: ['ghost'], personIds: [sam.id, 999] }),
      'NOT_FOUND',
    )
    expect(error.extra.field).toBe('personIds')
    expect(t.journal.timeline.outline().total).toBe(0)
    expect(t.journal.timeline.tags()).toEqual([])

    const entry = t.journal.entries.create({ title: 'Kept', body: 'kept', tags: ['real'], personIds: [sam.id] })
    t.clock.advance(60 * 60_000)
    const failed = expectMendErrorSync(
      () => t.journal.entries.update({ id: entry.id, body: 'lost?', tags: ['other'], personIds: [999] }),
      'NOT_FOUND',
    )
    expect(failed.extra.field).toBe('personIds')
    expect(t.journal.entries.get(entry.id)).toEqual(entry)
    expect(t.journal.history.versions(entry.id)).toEqual([])
    expect(t.journal.timeline.tags()).toEqual([{ name: 'real', count: 1 }])
    expect(t.journal.search({ query: 'lost' }).total).toBe(0)
  })

  it('removes invisible control characters from title and body but keeps tabs and line breaks', () => {
    const entry = t.journal.entries.create({
      title: 'a\u0000b\u0007c\u001bd',
      body: 'line one\r\n\tline\u0002 two\u0003\u007f\nend\u000b\u000c',
    })
    expect(entry.title).toBe('abcd')
    expect(entry.body).toBe('line one\r\n\tline two\nend')
    expect(t.journal.entries.update({ id: entry.id, body: 'x\u0001y' }).body).toBe('xy')
  })

  it('saves and reads back a body of the largest allowed size (1,000,000 characters)', () => {
    const paragraph = 'Trust is rebuilt in small, kept promises. Ünïcødé too: café, 信任. '
    const body = paragraph.repeat(Math.ceil(LIMITS.bodyChars / paragraph.length)).slice(0, LIMITS.bodyChars)
    expect(body).toHaveLength(1_000_000)
    const entry = t.journal.entries.create({ title: 'Long', body })
    expect(t.journal.entries.get(entry.id).body).toBe(body)
    // Lists never carry the whole body.
    expect(t.journal.timeline.list(0, 10)[0]!.excerpt.length).toBeLessThanOrEqual(201)
  })

  it('keeps every field after the vault is locked and unlocked again (persisted in the encrypted file)', async () => {
    const sam = t.journal.people.create({ name: 'Sam' })
    const entry = t.journal.entries.create({
      kind: 'reflection',
      title: 'Persisted',
      body: 'Still here after a lock.',
      entryDate: '2023-07-14T21:05',
      mood: 3,
      starred: true,
      tags: ['Kept'],
      personIds: [sam.id],
    })
    const updated = t.journal.entries.update({ id: entry.id, body: 'Changed, then locked.' })
    const journal = await t.reopen()
    expect(journal.entries.get(entry.id)).toEqual(updated)
    expect(journal.people.get(sam.id)).toMatchObject({ name: 'Sam', entryCount: 1 })
    expect(journal.search({ query: 'locked' }).hits.map((hit) => hit.entry.id)).toEqual([entry.id])
  })
})
