import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { LIMITS, MendErrorPayload, procedures, type Result } from '../../electron/contract'
import { silentLogger, type Logger } from '../../electron/core'
import { createAppApi, type AppApi } from '../../electron/ipc'
import { FAST_SCRYPT, GOOD_PASSPHRASE, makeTempDir } from '../helpers/temp-vault'

const DOMAINS = /^(journal|people|templates|import)\./

function failure(result: Result<unknown>, code: string): MendErrorPayload {
  expect(result.ok, JSON.stringify(result).slice(0, 300)).toBe(false)
  if (result.ok) throw new Error('unreachable')
  expect(MendErrorPayload.safeParse(result.error).success).toBe(true)
  expect(result.error.code).toBe(code)
  return result.error
}

function value<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`)
  return result.value as T
}

describe('journal procedures through the router, on a real vault', () => {
  let temp: ReturnType<typeof makeTempDir>
  let api: AppApi
  const logged: string[] = []
  const logger: Logger = { ...silentLogger, error: (message) => logged.push(message) }
  beforeEach(() => {
    temp = makeTempDir()
    logged.length = 0
    api = createAppApi({ directory: join(temp.path, 'vault'), scrypt: FAST_SCRYPT, logger })
  })
  afterEach(() => {
    api.vault.lockNow()
    temp.remove()
    // No journal call may end as an unexpected crash.
    expect(logged).toEqual([])
  })
  const call = (procedure: string, input?: unknown) => api.router.dispatch(procedure, input)
  const unlocked = () => call('vault.create', { passphrase: GOOD_PASSPHRASE }).then(value)

  it('answers every journal, people, templates and import procedure with LOCKED while locked, even for bad input', async () => {
    const names = Object.keys(procedures).filter((name) => DOMAINS.test(name))
    expect(names).toContain('journal.search')
    expect(names).toContain('import.run')
    expect(names).toContain('people.create')
    expect(names).toContain('templates.list')
    for (const name of names) failure(await call(name, {}), 'LOCKED')
    failure(await call('journal.createEntry', { mood: 99 }), 'LOCKED')

    await unlocked()
    const entry = value<{ id: number }>(await call('journal.createEntry', { body: 'written before the lock' }))
    await call('vault.lock', {})
    for (const name of names) failure(await call(name, { id: entry.id }), 'LOCKED')

    value(await call('vault.unlock', { passphrase: GOOD_PASSPHRASE }))
    expect(await call('journal.getEntry', { id: entry.id })).toMatchObject({
      ok: true,
      value: { id: entry.id, body: 'written before the lock' },
    })
  })

  describe('malformed input gives INVALID_INPUT naming the field, and writes nothing', () => {
    it.each<[string, string, unknown, string]>([
      ['a date that does not exist', 'journal.createEntry', { entryDate: '2024-02-30T10:00' }, 'entryDate'],
      ['29 February of a common year', 'journal.createEntry', { entryDate: '2023-02-29T10:00' }, 'entryDate'],
      ['hour 24', 'journal.createEntry', { entryDate: '2024-01-01T24:00' }, 'entryDate'],
      ['a date with seconds', 'journal.createEntry', { entryDate: '2024-01-01T10:00:00' }, 'entryDate'],
      ['an ISO date with a zone', 'journal.createEntry', { entryDate: '2024-01-01T10:00Z' }, 'entryDate'],
      ['mood 6', 'journal.createEntry', { mood: 6 }, 'mood'],
      ['mood 0', 'journal.createEntry', { mood: 0 }, 'mood'],
      ['mood 2.5', 'journal.updateEntry', { id: 1, mood: 2.5 }, 'mood'],
      ['an unknown kind', 'journal.createEntry', { kind: 'diary' }, 'kind'],
      ['a title over 300 characters', 'journal.createEntry', { title: 'x'.repeat(LIMITS.titleChars + 1) }, 'title'],
      ['a body over 1,000,000 characters', 'journal.createEntry', { body: 'x'.repeat(LIMITS.bodyChars + 1) }, 'body'],
      ['an unknown field', 'journal.createEntry', { body: 'x', color: 'red' }, 'color'],
      ['an unknown field on update', 'journal.updateEntry', { id: 1, trashedAt: null }, 'trashedAt'],
      ['a negative id', 'journal.getEntry', { id: -1 }, 'id'],
      ['id 0', 'journal.trashEntry', { id: 0 }, 'id'],
      ['a fractional id', 'journal.restoreVersion', { id: 1.5 }, 'id'],
      ['a string id', 'journal.deleteEntryForever', { id: '1' }, 'id'],
      ['a missing id on update', 'journal.updateEntry', { body: 'x' }, 'id'],
      ['a tag with a comma', 'journal.createEntry', { tags: ['a,b'] }, 'tags.0'],
      ['an empty tag', 'journal.createEntry', { tags: ['ok', '   '] }, 'tags.1'],
      ['a person id 0', 'journal.createEntry', { personIds: [0] }, 'personIds.0'],
      ['a query over 500 characters', 'journal.search', { query: 'q'.repeat(LIMITS.queryChars + 1) }, 'query'],
      ['a missing query', 'journal.search', {}, 'query'],
      ['a bad from day', 'journal.search', { query: '', filters: { from: '2024-13-01' } }, 'filters.from'],
      ['a mood filter of 7', 'journal.search', { query: '', filters: { moods: [7] } }, 'filters.moods.0'],
      ['limit 0', 'journal.search', { query: 'x', limit: 0 }, 'limit'],
      ['a negative offset', 'journal.listEntries', { offset: -1, limit: 10 }, 'offset'],
      ['a page over 500', 'journal.listEntries', { offset: 0, limit: 501 }, 'limit'],
      ['a negative entry id', 'journal.listVersions', { entryId: -3 }, 'entryId'],
      ['a blank person name', 'people.create', { name: '   ' }, 'name'],
      ['a template without a body', 'templates.create', { name: 'T' }, 'body'],
      ['an empty import token', 'import.run', { token: '' }, 'token'],
    ])('%s', async (_label, procedure, input, field) => {
      await unlocked()
      const error = failure(await call(procedure, input), 'INVALID_INPUT')
      expect(error.field).toBe(field)
      // The message names the field but never echoes the value (which may be journal text).
      expect(error.message.length).toBeLessThan(300)
      expect(value<{ total: number }>(await call('journal.getTimelineOutline', {})).total).toBe(0)
    })
  })

  it('accepts the largest allowed title and body, and a leap day', async () => {
    await unlocked()
    const draft = {
      title: 't'.repeat(LIMITS.titleChars),
      body: 'b'.repeat(LIMITS.bodyChars),
      entryDate: '2024-02-29T23:59',
    }
    const entry = value<{ id: number }>(await call('journal.createEntry', draft))
    expect(await call('journal.getEntry', { id: entry.id })).toMatchObject({ ok: true, value: draft })
  })

  it('passes core refusals through as typed errors', async () => {
    await unlocked()
    failure(await call('journal.getEntry', { id: 999 }), 'NOT_FOUND')
    failure(await call('journal.updateEntry', { id: 999, body: 'x' }), 'NOT_FOUND')
    failure(await call('journal.listVersions', { entryId: 999 }), 'NOT_FOUND')
    failure(await call('journal.getVersion', { id: 999 }), 'NOT_FOUND')
    failure(await call('templates.delete', { id: 999 }), 'NOT_FOUND')
    const ghost = failure(await call('journal.createEntry', { body: 'x', personIds: [999] }), 'NOT_FOUND')
    expect(ghost.field).toBe('personIds')

    const entry = value<{ id: number }>(await call('journal.createEntry', { body: 'x' }))
    failure(await call('journal.deleteEntryForever', { id: entry.id }), 'FORBIDDEN')

    value(await call('people.create', { name: 'Sam' }))
    expect(failure(await call('people.create', { name: ' SAM ' }), 'INVALID_INPUT').field).toBe('name')
  })

  it('answers import.run with an unknown token with NOT_FOUND, and imports nothing', async () => {
    await unlocked()
    failure(await call('import.run', { token: 'no-such-token' }), 'NOT_FOUND')
    failure(await call('import.run', { token: '00000000-0000-4000-8000-000000000000' }), 'NOT_FOUND')
    expect(value<{ total: number }>(await call('journal.getTimelineOutline', {})).total).toBe(0)
  })

  it.each(['"', 'NEAR(', 'trust\u0000', ';DROP TABLE entries;--', '😀', '"*()-^:{}'.repeat(50)])(
    'answers the hostile query %j with ok results',
    async (query) => {
      await unlocked()
      value(await call('journal.createEntry', { body: 'trust and time' }))
      const result = value<{ hits: unknown[]; total: number }>(await call('journal.search', { query, asYouType: true }))
      expect(Array.isArray(result.hits)).toBe(true)
    },
  )

  it('round-trips a full entry life through the router: create, update, trash, restore, search', async () => {
    await unlocked()
    const person = value<{ id: number }>(await call('people.create', { name: 'Alex' }))
    const entry = value<{ id: number }>(
      await call('journal.createEntry', {
        title: 'Walk',
        body: 'We walked.',
        tags: ['Outside'],
        personIds: [person.id],
      }),
    )
    value(await call('journal.updateEntry', { id: entry.id, mood: 5 }))
    value(await call('journal.trashEntry', { id: entry.id }))
    expect(value<unknown[]>(await call('journal.listTrash', {}))).toHaveLength(1)
    value(await call('journal.restoreEntry', { id: entry.id }))
    const found = value<{ hits: { entry: { id: number; mood: number } }[] }>(
      await call('journal.search', { query: 'walk*', filters: { personIds: [person.id], tags: ['outside'] } }),
    )
    expect(found.hits.map((h) => h.entry)).toMatchObject([{ id: entry.id, mood: 5 }])
    expect(value(await call('journal.listTags', {}))).toEqual([{ name: 'Outside', count: 1 }])
  })
})
