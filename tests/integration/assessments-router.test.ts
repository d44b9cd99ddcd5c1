import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  ASSESSMENT_LIMITS,
  MendErrorPayload,
  procedures,
  type AssessmentListItem,
  type AssessmentOverview,
  type Evidence,
  type RatingCheck,
  type Reminder,
  type Result,
  type StepAnswer,
  type TrustAssessment,
} from '../../electron/contract'
import { silentLogger, type Logger } from '../../electron/core'
import { createAppApi, type AppApi } from '../../electron/ipc'
import { fakeTimers } from '../helpers/fake-timers'
import { FAST_SCRYPT, GOOD_PASSPHRASE, makeTempDir } from '../helpers/temp-vault'

const BERLIN = 'Europe/Berlin'

const BREACH = {
  whatHappened: 'Read my messages while I was asleep.',
  occurredOn: '2026-02-20',
  severity: 3,
  kind: 'integrity',
  involvedDeception: false,
} as const

const RATINGS = { reliability: 2, accountability: 3, honesty: 2, care: 3, respect: 4 }

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

describe('assessments procedures through the router, on a real vault in Berlin with a fake clock', () => {
  let temp: ReturnType<typeof makeTempDir>
  let api: AppApi
  let now = 0
  const clock = { now: () => now }
  const logged: string[] = []
  const logger: Logger = { ...silentLogger, error: (message) => logged.push(message) }

  function at(instant: string): void {
    now = Date.parse(instant)
    expect(Number.isNaN(now), instant).toBe(false)
  }

  beforeEach(() => {
    temp = makeTempDir()
    logged.length = 0
    at('2026-03-02T10:00:00+01:00')
    api = createAppApi({
      directory: join(temp.path, 'vault'),
      scrypt: FAST_SCRYPT,
      logger,
      clock,
      timeZone: BERLIN,
      timers: fakeTimers(),
    })
  })
  afterEach(() => {
    api.vault.lockNow()
    temp.remove()
    // No call may end as an unexpected crash or break its output contract.
    expect(logged).toEqual([])
  })

  const call = (procedure: string, input?: unknown) => api.router.dispatch(procedure, input)
  const created = () => call('vault.create', { passphrase: GOOD_PASSPHRASE }).then(value)
  const person = async (name = 'Sam') => value<{ id: number }>(await call('people.create', { name })).id
  const assess = async (personId: number, extra: object = {}) =>
    value<TrustAssessment>(await call('assessments.create', { personId, breach: BREACH, ...extra }))
  const overview = async (id: number) => value<AssessmentOverview>(await call('assessments.getOverview', { id }))
  const add = async (assessmentId: number, kind: string, observedOn: string, extra: object = {}) =>
    value<Evidence>(
      await call('assessments.addEvidence', { assessmentId, kind, observedOn, description: `${kind} seen`, ...extra }),
    )
  const figures = async (id: number) =>
    Object.fromEntries((await overview(id)).figures.map((figure) => [figure.key, figure.value]))

  it('answers every assessments procedure with LOCKED while locked, even for bad input', async () => {
    const names = Object.keys(procedures).filter((name) => name.startsWith('assessments.'))
    expect(names).toHaveLength(14)
    for (const name of names) {
      failure(await call(name, {}), 'LOCKED')
      failure(await call(name, { id: 'not an id', ratings: { honesty: 9 }, extra: true }), 'LOCKED')
    }
    await created()
    const made = await assess(await person())
    value(await call('vault.lock', {}))
    for (const name of names) failure(await call(name, { id: made.id, assessmentId: made.id }), 'LOCKED')
    expect(api.takeDueNotifications()).toEqual([])
    value(await call('vault.unlock', { passphrase: GOOD_PASSPHRASE }))
    expect(value<TrustAssessment>(await call('assessments.get', { id: made.id })).title).toBe('Trust with Sam')
  })

  describe('malformed input gives INVALID_INPUT naming the field, and writes nothing', () => {
    const draft = (change: object) => ({ personId: 1, breach: { ...BREACH, ...change } })
    const note = (change: object) => ({
      assessmentId: 1,
      observedOn: '2026-03-01',
      kind: 'word',
      description: 'Said sorry',
      ...change,
    })
    const check = (change: object) => ({ assessmentId: 1, ratings: RATINGS, ...change })
    it.each<[string, string, unknown, string]>([
      ['30 February', 'assessments.create', draft({ occurredOn: '2026-02-30' }), 'breach.occurredOn'],
      ['severity 6', 'assessments.create', draft({ severity: 6 }), 'breach.severity'],
      ['an unknown kind of breach', 'assessments.create', draft({ kind: 'malice' }), 'breach.kind'],
      ['a check every 0 days', 'assessments.create', { ...draft({}), checkEveryDays: 0 }, 'checkEveryDays'],
      ['a check every 366 days', 'assessments.update', { id: 1, checkEveryDays: 366 }, 'checkEveryDays'],
      ['a blank title', 'assessments.update', { id: 1, title: '  ' }, 'title'],
      ['an unknown status', 'assessments.setStatus', { id: 1, status: 'paused' }, 'status'],
      ['a string id', 'assessments.getOverview', { id: '1' }, 'id'],
      ['an unknown field', 'assessments.create', { ...draft({}), colour: 'red' }, 'colour'],
      ['an unknown kind of note', 'assessments.addEvidence', note({ kind: 'gift' }), 'kind'],
      ['an unknown kind of words', 'assessments.addEvidence', note({ wordType: 'boast' }), 'wordType'],
      ['a blank description', 'assessments.addEvidence', note({ description: '   ' }), 'description'],
      [
        'a description over the limit',
        'assessments.addEvidence',
        note({ description: 'd'.repeat(ASSESSMENT_LIMITS.descriptionChars + 1) }),
        'description',
      ],
      ['an unknown step', 'assessments.addEvidence', note({ step: 'apology' }), 'step'],
      ['a day in the future', 'assessments.addEvidence', note({ observedOn: '2026-03-03' }), 'observedOn'],
      ['words type on an action', 'assessments.addEvidence', note({ kind: 'action', wordType: 'promise' }), 'wordType'],
      [
        'a due day on an apology',
        'assessments.addEvidence',
        note({ wordType: 'apology', dueOn: '2026-03-09' }),
        'dueOn',
      ],
      [
        'a promise due before it was made',
        'assessments.addEvidence',
        note({ wordType: 'promise', dueOn: '2026-02-27' }),
        'dueOn',
      ],
      ['a resolution on update', 'assessments.updateEvidence', { id: 1, resolution: 'kept' }, 'resolution'],
      ['an unknown outcome', 'assessments.resolvePromise', { id: 1, resolution: 'sort-of' }, 'resolution'],
      ['an answer of maybe', 'assessments.answerStep', { assessmentId: 1, step: 'action', answer: 'maybe' }, 'answer'],
      ['an unknown step answered', 'assessments.answerStep', { assessmentId: 1, step: 'x', answer: 'yes' }, 'step'],
      [
        'an answer note over the limit',
        'assessments.answerStep',
        { assessmentId: 1, step: 'action', answer: 'yes', note: 'n'.repeat(ASSESSMENT_LIMITS.noteChars + 1) },
        'note',
      ],
      [
        'another assessment’s note as evidence',
        'assessments.answerStep',
        { assessmentId: 1, step: 'action', answer: 'yes', evidenceIds: [2] },
        'evidenceIds',
      ],
      ['a rating of 6', 'assessments.recordCheck', check({ ratings: { ...RATINGS, honesty: 6 } }), 'ratings.honesty'],
      ['a rating of 2.5', 'assessments.recordCheck', check({ ratings: { ...RATINGS, care: 2.5 } }), 'ratings.care'],
      [
        'a missing rating',
        'assessments.recordCheck',
        check({ ratings: { ...RATINGS, respect: undefined } }),
        'ratings.respect',
      ],
      ['an unknown rating', 'assessments.recordCheck', check({ ratings: { ...RATINGS, humour: 3 } }), 'ratings.humour'],
      ['a check in the future', 'assessments.recordCheck', check({ takenOn: '2026-03-03' }), 'takenOn'],
    ])('%s', async (_label, procedure, input, field) => {
      await created()
      const made = await assess(await person())
      const other = await assess(await person('Ana'))
      await add(made.id, 'word', '2026-03-01', { wordType: 'apology' })
      await add(other.id, 'action', '2026-03-01')
      const before = [await overview(made.id), await overview(other.id)]
      const error = failure(await call(procedure, input), 'INVALID_INPUT')
      expect(error.field).toBe(field)
      // Never echoes the value, which may be someone's private writing.
      expect(error.message.length).toBeLessThan(300)
      expect([await overview(made.id), await overview(other.id)]).toEqual(before)
    })
  })

  describe('an assessment\u2019s life', () => {
    it('starts named after the person, refuses an unknown person, and changes only the fields an update names', async () => {
      await created()
      const sam = await person('Sam')
      const made = await assess(sam)
      expect(made).toEqual({
        id: made.id,
        personId: sam,
        personName: 'Sam',
        title: 'Trust with Sam',
        // One kind sent: the set of kinds is that one.
        breach: { ...BREACH, kinds: [BREACH.kind] },
        status: 'active',
        checkEveryDays: 14,
        createdAt: '2026-03-02T09:00:00.000Z',
        updatedAt: '2026-03-02T09:00:00.000Z',
      })
      expect((await assess(sam, { title: '  After the messages  ', checkEveryDays: 7 })).title).toBe(
        'After the messages',
      )
      expect(failure(await call('assessments.create', { personId: 99, breach: BREACH }), 'NOT_FOUND').field).toBe(
        'personId',
      )
      for (const [name, input] of [
        ['assessments.get', { id: 99 }],
        ['assessments.update', { id: 99, title: 'x' }],
        ['assessments.setStatus', { id: 99, status: 'archived' }],
        ['assessments.delete', { id: 99 }],
        ['assessments.getOverview', { id: 99 }],
        ['assessments.addEvidence', { assessmentId: 99, kind: 'action', observedOn: '2026-03-01', description: 'x' }],
        ['assessments.updateEvidence', { id: 99, description: 'x' }],
        ['assessments.deleteEvidence', { id: 99 }],
        ['assessments.resolvePromise', { id: 99, resolution: 'kept' }],
        ['assessments.answerStep', { assessmentId: 99, step: 'action', answer: 'yes' }],
        ['assessments.recordCheck', { assessmentId: 99, ratings: RATINGS }],
        ['assessments.deleteCheck', { id: 99 }],
      ] as const) {
        failure(await call(name, input), 'NOT_FOUND')
      }

      now += 60_000
      // Forgetting and lying can both be true: every kind sent is kept, in a fixed order.
      const breach = { ...BREACH, involvedDeception: true, severity: 4, kinds: ['integrity', 'care'] }
      const changed = value<TrustAssessment>(await call('assessments.update', { id: made.id, breach }))
      expect(changed).toEqual({
        ...made,
        breach: { ...breach, kinds: ['care', 'integrity'] },
        updatedAt: new Date(now).toISOString(),
      })
      const archived = value<TrustAssessment>(await call('assessments.setStatus', { id: made.id, status: 'archived' }))
      expect(archived.status).toBe('archived')
      const list = value<AssessmentListItem[]>(await call('assessments.list', {}))
      expect(list.map((item) => [item.title, item.status, item.evidenceCount])).toEqual([
        ['Trust with Sam', 'archived', 0],
        ['After the messages', 'active', 0],
      ])
    })

    it('keeps the record across lock and unlock', async () => {
      await created()
      const made = await assess(await person())
      const promise = await add(made.id, 'word', '2026-02-22', { wordType: 'promise', dueOn: '2026-03-01' })
      value(await call('assessments.resolvePromise', { id: promise.id, resolution: 'kept', resolvedOn: '2026-03-01' }))
      await add(made.id, 'action', '2026-02-25', { step: 'action' })
      value(await call('assessments.answerStep', { assessmentId: made.id, step: 'action', answer: 'partly' }))
      value(await call('assessments.recordCheck', { assessmentId: made.id, ratings: RATINGS, note: 'A hard week' }))
      const before = await overview(made.id)
      value(await call('vault.lock', {}))
      value(await call('vault.unlock', { passphrase: GOOD_PASSPHRASE }))
      expect(await overview(made.id)).toEqual(before)
    })
  })

  describe('the ledger', () => {
    it('adds, changes and removes notes, newest first, with words of a kind and promises alone due', async () => {
      await created()
      const made = await assess(await person())
      const apology = await add(made.id, 'word', '2026-02-21', { wordType: 'apology', step: 'ownership' })
      const vague = await add(made.id, 'word', '2026-02-23')
      const action = await add(made.id, 'action', '2026-02-23', { step: 'action' })
      expect(vague).toMatchObject({ wordType: 'other', dueOn: null, resolution: null, entryId: null })
      expect((await overview(made.id)).evidence.map((item) => item.id)).toEqual([action.id, vague.id, apology.id])

      const promise = value<Evidence>(
        await call('assessments.updateEvidence', { id: vague.id, wordType: 'promise', dueOn: '2026-03-05' }),
      )
      expect(promise).toMatchObject({ kind: 'word', wordType: 'promise', dueOn: '2026-03-05' })
      value(await call('assessments.resolvePromise', { id: promise.id, resolution: 'broken' }))
      // Turned into an action, it loses what only a promise has.
      const turned = value<Evidence>(await call('assessments.updateEvidence', { id: promise.id, kind: 'action' }))
      expect(turned).toMatchObject({ kind: 'action', wordType: null, dueOn: null, resolution: null, resolvedOn: null })
      expect(
        failure(await call('assessments.updateEvidence', { id: action.id, dueOn: '2026-03-05' }), 'INVALID_INPUT')
          .field,
      ).toBe('dueOn')

      expect(value(await call('assessments.deleteEvidence', { id: action.id }))).toEqual({})
      failure(await call('assessments.deleteEvidence', { id: action.id }), 'NOT_FOUND')
      expect((await overview(made.id)).evidence.map((item) => item.id)).toEqual([turned.id, apology.id])
      expect(value<AssessmentListItem[]>(await call('assessments.list', {}))[0]!.evidenceCount).toBe(2)
    })

    it('links a journal entry, hides it while in the trash, and loses only the link when it is deleted for good', async () => {
      await created()
      const made = await assess(await person())
      const entry = value<{ id: number }>(await call('journal.createEntry', { body: 'What I saw today.' }))
      expect(
        failure(await call('assessments.addEvidence', { ...draftOf(made.id), entryId: 999 }), 'NOT_FOUND').field,
      ).toBe('entryId')
      const linked = value<Evidence>(await call('assessments.addEvidence', { ...draftOf(made.id), entryId: entry.id }))
      expect(linked.entryId).toBe(entry.id)
      value(await call('journal.trashEntry', { id: entry.id }))
      expect((await overview(made.id)).evidence[0]!.entryId).toBeNull()
      // An edit while the entry is in the trash keeps the link for when it comes back.
      value(await call('assessments.updateEvidence', { id: linked.id, description: 'Edited' }))
      value(await call('journal.restoreEntry', { id: entry.id }))
      expect((await overview(made.id)).evidence[0]).toMatchObject({ entryId: entry.id, description: 'Edited' })
      value(await call('journal.trashEntry', { id: entry.id }))
      value(await call('journal.deleteEntryForever', { id: entry.id }))
      expect((await overview(made.id)).evidence[0]).toMatchObject({ id: linked.id, entryId: null })
    })

    it('marks promises kept or broken, on a day that has come and not before it was made', async () => {
      await created()
      const made = await assess(await person())
      const promise = await add(made.id, 'word', '2026-02-22', { wordType: 'promise', dueOn: '2026-02-28' })
      const apology = await add(made.id, 'word', '2026-02-22', { wordType: 'apology' })
      const resolve = (input: object) => call('assessments.resolvePromise', { id: promise.id, ...input })
      expect(
        failure(await call('assessments.resolvePromise', { id: apology.id, resolution: 'kept' }), 'INVALID_INPUT')
          .field,
      ).toBe('id')
      expect(failure(await resolve({ resolution: 'kept', resolvedOn: '2026-03-03' }), 'INVALID_INPUT').field).toBe(
        'resolvedOn',
      )
      expect(failure(await resolve({ resolution: 'kept', resolvedOn: '2026-02-21' }), 'INVALID_INPUT').field).toBe(
        'resolvedOn',
      )
      expect(value<Evidence>(await resolve({ resolution: 'kept' }))).toMatchObject({
        resolution: 'kept',
        resolvedOn: '2026-03-02',
      })
      expect((await figures(made.id))['kept-promise-rate']).toBe(1)
      expect(value<Evidence>(await resolve({ resolution: 'broken', resolvedOn: '2026-03-01' }))).toMatchObject({
        resolution: 'broken',
        resolvedOn: '2026-03-01',
      })
      expect(await figures(made.id)).toMatchObject({ 'kept-promise-rate': 0, 'days-since-last-slip': 1 })
      expect(value<Evidence>(await resolve({ resolution: null }))).toMatchObject({ resolution: null, resolvedOn: null })
      expect(await figures(made.id)).toMatchObject({ 'kept-promise-rate': null, 'days-since-last-slip': null })
    })
  })

  function draftOf(assessmentId: number) {
    return { assessmentId, kind: 'action', observedOn: '2026-03-01', description: 'Told me before going out' }
  }

  it('keeps every answer, newest first, and drops a deleted note from the answers that named it', async () => {
    await created()
    const made = await assess(await person())
    const apology = await add(made.id, 'word', '2026-02-21', { wordType: 'apology' })
    const owned = await add(made.id, 'word', '2026-02-24', { wordType: 'explanation', step: 'ownership' })
    const answer = async (answerValue: string, evidenceIds: number[]) => {
      now += 60_000
      return value<StepAnswer>(
        await call('assessments.answerStep', {
          assessmentId: made.id,
          step: 'ownership',
          answer: answerValue,
          note: `Answered ${answerValue}`,
          evidenceIds,
        }),
      )
    }
    const first = await answer('not-yet', [apology.id])
    const second = await answer('partly', [apology.id, owned.id, owned.id])
    expect(second.evidenceIds).toEqual([apology.id, owned.id])
    const ownership = (await overview(made.id)).answers.find((group) => group.step === 'ownership')!
    expect(ownership.current).toEqual(second)
    expect(ownership.history.map((a) => [a.id, a.answer])).toEqual([
      [second.id, 'partly'],
      [first.id, 'not-yet'],
    ])
    expect((await overview(made.id)).answers.map((group) => [group.step, group.history.length])).toEqual([
      ['ownership', 2],
      ['compassion', 0],
      ['amends', 0],
      ['action', 0],
    ])
    value(await call('assessments.deleteEvidence', { id: apology.id }))
    const after = (await overview(made.id)).answers[0]!
    expect(after.history.map((a) => a.evidenceIds)).toEqual([[owned.id], []])
    expect(after.history[1]!.note).toBe('Answered not-yet')
  })

  it('takes periodic checks, oldest first, and works out when the next one is due', async () => {
    await created()
    const made = await assess(await person())
    // No check yet: the first is due from the day the assessment was started.
    expect((await overview(made.id)).nextCheckOn).toBe('2026-03-02')
    const record = async (takenOn: string, ratings = RATINGS) =>
      value<RatingCheck>(await call('assessments.recordCheck', { assessmentId: made.id, takenOn, ratings }))
    const later = await record('2026-03-02', { ...RATINGS, honesty: 4 })
    const earlier = await record('2026-02-25')
    const view = await overview(made.id)
    expect(view.checks.map((c) => c.id)).toEqual([earlier.id, later.id])
    expect(view.nextCheckOn).toBe('2026-03-16')
    expect(await figures(made.id)).toMatchObject({ 'latest-check': 3.2, 'check-change': 0.4 })
    value(await call('assessments.update', { id: made.id, checkEveryDays: 7 }))
    expect((await overview(made.id)).nextCheckOn).toBe('2026-03-09')
    expect(value(await call('assessments.deleteCheck', { id: later.id }))).toEqual({})
    failure(await call('assessments.deleteCheck', { id: later.id }), 'NOT_FOUND')
    expect((await overview(made.id)).nextCheckOn).toBe('2026-03-04')
  })

  it('reminds of a due check at 09:00 on its day, once, for active assessments only', async () => {
    await created()
    const made = await assess(await person())
    await assess(await person('Ana'), { title: 'Archived one' }).then((a) =>
      call('assessments.setStatus', { id: a.id, status: 'archived' }),
    )
    value(await call('assessments.recordCheck', { assessmentId: made.id, ratings: RATINGS }))
    const reminders = async () => value<Reminder[]>(await call('plans.listReminders', {}))
    at('2026-03-16T08:59:00+01:00')
    expect(await reminders()).toEqual([])
    at('2026-03-16T09:00:00+01:00')
    const due: Reminder = {
      key: `trust-check:${made.id}:2026-03-16`,
      kind: 'trust-check',
      assessmentId: made.id,
      title: 'Trust with Sam',
      text: 'Five short ratings of how things have been lately',
      onDate: '2026-03-16',
      overdue: false,
    }
    expect(await reminders()).toEqual([due])
    expect(api.takeDueNotifications()).toEqual([due])
    expect(api.takeDueNotifications()).toEqual([])
    at('2026-03-18T09:00:00+01:00')
    expect(await reminders()).toEqual([{ ...due, overdue: true }])
    value(await call('assessments.recordCheck', { assessmentId: made.id, ratings: RATINGS }))
    expect(await reminders()).toEqual([])
  })

  it('moves figures with deeds and setbacks, never with words', async () => {
    await created()
    const made = await assess(await person())
    const start = await figures(made.id)
    for (let i = 0; i < 5; i++) {
      await add(made.id, 'word', '2026-02-25', { wordType: 'apology' })
      await add(made.id, 'word', '2026-02-25', { wordType: 'promise', dueOn: '2026-02-26' })
    }
    expect({ ...(await figures(made.id)), words: 0 }).toEqual({ ...start, words: 0 })
    await add(made.id, 'action', '2026-02-23')
    await add(made.id, 'amend', '2026-03-02')
    expect(await figures(made.id)).toMatchObject({ deeds: 2, 'deed-weeks': 2 })
    await add(made.id, 'slip', '2026-02-28')
    expect(await figures(made.id)).toMatchObject({ slips: 1, 'days-since-last-slip': 2, deeds: 2 })
  })

  it('deletes an assessment with its ledger, answers and checks; entries stay; the person is held until then', async () => {
    await created()
    const sam = await person('Sam')
    const made = await assess(sam)
    const entry = value<{ id: number }>(await call('journal.createEntry', { body: 'Thinking it over.' }))
    const linked = value<Evidence>(await call('assessments.addEvidence', { ...draftOf(made.id), entryId: entry.id }))
    value(
      await call('assessments.answerStep', {
        assessmentId: made.id,
        step: 'action',
        answer: 'partly',
        evidenceIds: [linked.id],
      }),
    )
    const check = value<RatingCheck>(await call('assessments.recordCheck', { assessmentId: made.id, ratings: RATINGS }))

    const refused = failure(await call('people.delete', { id: sam }), 'INVALID_INPUT')
    expect(refused.message).toBe('Sam has a trust assessment. Delete it first to remove Sam.')
    value(await call('plans.create', { personId: sam, breach: { ...BREACH, kind: 'care' } }))
    expect(failure(await call('people.delete', { id: sam }), 'INVALID_INPUT').message).toBe(
      'Sam has a repair plan and a trust assessment. Delete them first to remove Sam.',
    )

    expect(value(await call('assessments.delete', { id: made.id }))).toEqual({})
    failure(await call('assessments.get', { id: made.id }), 'NOT_FOUND')
    failure(await call('assessments.updateEvidence', { id: linked.id, description: 'x' }), 'NOT_FOUND')
    failure(await call('assessments.deleteCheck', { id: check.id }), 'NOT_FOUND')
    const db = api.vault.database()
    for (const table of ['assessments', 'evidence', 'step_answers', 'rating_checks']) {
      expect(db.prepare(`SELECT count(*) AS n FROM ${table}`).get(), table).toEqual({ n: 0 })
    }
    expect(value<{ body: string }>(await call('journal.getEntry', { id: entry.id })).body).toBe('Thinking it over.')
    expect(failure(await call('people.delete', { id: sam }), 'INVALID_INPUT').message).toBe(
      'Sam has a repair plan. Delete it first to remove Sam.',
    )
  })
})
