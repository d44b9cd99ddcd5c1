import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  CATEGORY_LOOKED_FOR,
  LANGUAGE_CATEGORIES,
  MendErrorPayload,
  PLAN_LIMITS,
  procedures,
  type AmendAction,
  type CheckIn,
  type Commitment,
  type PlanOverview,
  type PlanSummary,
  type Reminder,
  type RepairPlan,
  type Result,
} from '../../electron/contract'
import { silentLogger, type Logger } from '../../electron/core'
import { createAppApi, type AppApi } from '../../electron/ipc'
import { fakeTimers } from '../helpers/fake-timers'
import { FAST_SCRYPT, GOOD_PASSPHRASE, makeTempDir } from '../helpers/temp-vault'

const BERLIN = 'Europe/Berlin'
const SCHWEITZER = /Schweitzer/

/** Clean writing for the first two steps (15+ words, first-person ownership, no flagged phrase). */
const OWNERSHIP =
  'I broke my promise to you when I missed your recital. I chose to stay late at work, and that was wrong of me.'
const COMPASSION =
  'You sat alone in the audience, waiting for me, and you felt forgotten and embarrassed in front of your friends. ' +
  'It cost you an evening you had prepared for.'

const BREACH = {
  whatHappened: 'I missed the recital I had promised to come to.',
  occurredOn: '2026-02-20',
  severity: 3,
  kind: 'care',
  involvedDeception: false,
} as const

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

describe('plans procedures through the router, on a real vault in Berlin with a fake clock', () => {
  let temp: ReturnType<typeof makeTempDir>
  let directory: string
  let api: AppApi
  let now = 0
  const clock = { now: () => now }
  const logged: string[] = []
  const logger: Logger = { ...silentLogger, error: (message) => logged.push(message) }

  /** Sets the clock to an instant written with its Berlin offset, e.g. `2026-03-02T20:00:00+01:00`. */
  function at(instant: string): void {
    now = Date.parse(instant)
    expect(Number.isNaN(now), instant).toBe(false)
  }

  const openApi = () =>
    createAppApi({ directory, scrypt: FAST_SCRYPT, logger, clock, timeZone: BERLIN, timers: fakeTimers() })

  beforeEach(() => {
    temp = makeTempDir()
    directory = join(temp.path, 'vault')
    logged.length = 0
    at('2026-03-02T10:00:00+01:00')
    api = openApi()
  })
  afterEach(() => {
    api.vault.lockNow()
    temp.remove()
    // No plans call may end as an unexpected crash, and nothing of a plan goes to the log.
    expect(logged).toEqual([])
  })

  const call = (procedure: string, input?: unknown) => api.router.dispatch(procedure, input)
  const created = () => call('vault.create', { passphrase: GOOD_PASSPHRASE }).then(value)
  const lock = () => call('vault.lock', {}).then(value)
  const unlock = () => call('vault.unlock', { passphrase: GOOD_PASSPHRASE }).then(value)
  const person = async (name = 'Sam') => value<{ id: number }>(await call('people.create', { name })).id
  const plan = async (personId: number, extra: object = {}) =>
    value<RepairPlan>(await call('plans.create', { personId, breach: BREACH, ...extra }))
  const overview = async (id: number) => value<PlanOverview>(await call('plans.getOverview', { id }))
  const addCommitment = async (planId: number, extra: object = {}) =>
    value<Commitment>(
      await call('plans.addCommitment', {
        planId,
        behaviour: 'Text before I leave work',
        cadence: { kind: 'daily' },
        startOn: '2026-03-02',
        ...extra,
      }),
    )
  const checkIn = async (commitmentId: number, onDate: string, outcome = 'kept', note?: string) =>
    value<CheckIn>(await call('plans.recordCheckIn', { commitmentId, onDate, outcome, ...(note ? { note } : {}) }))
  const reminders = async () => value<Reminder[]>(await call('plans.listReminders', {}))
  const take = () => api.takeDueNotifications().map((reminder) => `${reminder.kind} ${reminder.onDate}`)

  it('answers every plans procedure with LOCKED while locked, even for bad input', async () => {
    const names = Object.keys(procedures).filter((name) => name.startsWith('plans.'))
    expect(names).toHaveLength(21)
    expect(names).toEqual(expect.arrayContaining(['plans.create', 'plans.recordCheckIn', 'plans.listReminders']))
    for (const name of names) {
      failure(await call(name, {}), 'LOCKED')
      failure(await call(name, { id: 'not an id', severity: 9, extra: true }), 'LOCKED')
    }
    expect(api.takeDueNotifications()).toEqual([])

    await created()
    const made = await plan(await person())
    await lock()
    for (const name of names) failure(await call(name, { id: made.id }), 'LOCKED')
    expect(api.takeDueNotifications()).toEqual([])

    await unlock()
    expect(value<RepairPlan>(await call('plans.get', { id: made.id })).title).toBe('Repairing things with Sam')
  })

  describe('malformed input gives INVALID_INPUT naming the field, and writes nothing', () => {
    const breach = (change: object) => ({ personId: 1, breach: { ...BREACH, ...change } })
    const commitment = (change: object) => ({
      planId: 1,
      behaviour: 'Call on Sundays',
      cadence: { kind: 'daily' },
      startOn: '2026-03-02',
      ...change,
    })
    it.each<[string, string, unknown, string]>([
      ['a day that does not exist', 'plans.create', breach({ occurredOn: '2026-02-30' }), 'breach.occurredOn'],
      ['29 February of a common year', 'plans.create', breach({ occurredOn: '2026-02-29' }), 'breach.occurredOn'],
      ['a breach day with a time', 'plans.create', breach({ occurredOn: '2026-02-03T10:00' }), 'breach.occurredOn'],
      ['severity 9', 'plans.create', breach({ severity: 9 }), 'breach.severity'],
      ['severity 0', 'plans.create', breach({ severity: 0 }), 'breach.severity'],
      ['severity 2.5', 'plans.create', breach({ severity: 2.5 }), 'breach.severity'],
      ['an unknown kind of breach', 'plans.create', breach({ kind: 'malice' }), 'breach.kind'],
      ['deception as a string', 'plans.create', breach({ involvedDeception: 'yes' }), 'breach.involvedDeception'],
      ['a string person id', 'plans.create', { ...breach({}), personId: '1' }, 'personId'],
      ['a missing breach', 'plans.create', { personId: 1 }, 'breach'],
      ['an unknown field', 'plans.create', { ...breach({}), colour: 'red' }, 'colour'],
      ['an unknown breach field', 'plans.create', breach({ location: 'home' }), 'breach.location'],
      ['a title over the limit', 'plans.create', { ...breach({}), title: 't'.repeat(201) }, 'title'],
      [
        'what happened over the limit',
        'plans.create',
        breach({ whatHappened: 'w'.repeat(PLAN_LIMITS.writingChars + 1) }),
        'breach.whatHappened',
      ],
      ['a blank title', 'plans.update', { id: 1, title: '   ' }, 'title'],
      ['ownership over the limit', 'plans.update', { id: 1, ownership: 'o'.repeat(50_001) }, 'ownership'],
      ['compassion as a number', 'plans.update', { id: 1, compassion: 42 }, 'compassion'],
      ['an unknown need', 'plans.update', { id: 1, theirNeeds: ['money'] }, 'theirNeeds.0'],
      [
        'a dismissal for a step without writing',
        'plans.update',
        { id: 1, dismissed: [{ step: 'amends', category: 'excuse', phrase: 'but' }] },
        'dismissed.0.step',
      ],
      ['status on update', 'plans.update', { id: 1, status: 'paused' }, 'status'],
      ['an unknown status', 'plans.setStatus', { id: 1, status: 'done' }, 'status'],
      ['id 0', 'plans.get', { id: 0 }, 'id'],
      ['a fractional id', 'plans.getOverview', { id: 1.5 }, 'id'],
      ['a string id', 'plans.delete', { id: '1' }, 'id'],
      ['a step without writing', 'plans.checkWriting', { step: 'amends', text: 'x' }, 'step'],
      ['text over the limit', 'plans.checkWriting', { step: 'ownership', text: 'x'.repeat(50_001) }, 'text'],
      ['a blank amend', 'plans.addAmend', { planId: 1, description: '  ', horizon: 'now' }, 'description'],
      [
        'an amend over the limit',
        'plans.addAmend',
        { planId: 1, description: 'a'.repeat(1001), horizon: 'now' },
        'description',
      ],
      ['an unknown horizon', 'plans.addAmend', { planId: 1, description: 'x', horizon: 'soon' }, 'horizon'],
      ['month 13', 'plans.addAmend', { planId: 1, description: 'x', horizon: 'now', dueOn: '2026-13-01' }, 'dueOn'],
      ['an unknown amend status', 'plans.updateAmend', { id: 1, status: 'maybe' }, 'status'],
      ['an amend note over the limit', 'plans.updateAmend', { id: 1, note: 'n'.repeat(5001) }, 'note'],
      [
        'no days chosen',
        'plans.addCommitment',
        commitment({ cadence: { kind: 'days', weekdays: [] } }),
        'cadence.weekdays',
      ],
      [
        'a day twice',
        'plans.addCommitment',
        commitment({ cadence: { kind: 'days', weekdays: [1, 1] } }),
        'cadence.weekdays',
      ],
      ['weekday 7', 'plans.addCommitment', commitment({ cadence: { kind: 'weekly', weekday: 7 } }), 'cadence.weekday'],
      [
        'day 32 of a month',
        'plans.addCommitment',
        commitment({ cadence: { kind: 'monthly', dayOfMonth: 32 } }),
        'cadence.dayOfMonth',
      ],
      ['an unknown cadence', 'plans.addCommitment', commitment({ cadence: { kind: 'hourly' } }), 'cadence.kind'],
      ['a cadence as a string', 'plans.addCommitment', commitment({ cadence: 'daily' }), 'cadence'],
      ['reminder at 24:00', 'plans.addCommitment', commitment({ reminderTime: '24:00' }), 'reminderTime'],
      ['reminder at 8:00', 'plans.addCommitment', commitment({ reminderTime: '8:00' }), 'reminderTime'],
      ['a blank behaviour', 'plans.addCommitment', commitment({ behaviour: '' }), 'behaviour'],
      ['31 April', 'plans.updateCommitment', { id: 1, endOn: '2026-04-31' }, 'endOn'],
      [
        'an unknown outcome',
        'plans.recordCheckIn',
        { commitmentId: 1, onDate: '2026-03-02', outcome: 'sort-of' },
        'outcome',
      ],
      [
        'a check-in on 30 February',
        'plans.recordCheckIn',
        { commitmentId: 1, onDate: '2026-02-30', outcome: 'kept' },
        'onDate',
      ],
      [
        'a check-in note over the limit',
        'plans.recordCheckIn',
        { commitmentId: 1, onDate: '2026-03-02', outcome: 'kept', note: 'n'.repeat(5001) },
        'note',
      ],
      ['commitment id 0', 'plans.clearCheckIn', { commitmentId: 0, onDate: '2026-03-02' }, 'commitmentId'],
      ['a negative entry id', 'plans.linkEntry', { planId: 1, entryId: -1 }, 'entryId'],
      ['an unknown field on reminders', 'plans.listReminders', { all: true }, 'all'],
    ])('%s', async (_label, procedure, input, field) => {
      await created()
      const made = await plan(await person())
      expect(made.id).toBe(1)
      const before = await overview(made.id)
      const error = failure(await call(procedure, input), 'INVALID_INPUT')
      expect(error.field).toBe(field)
      // Names the field but never echoes the value (which may be someone's private writing).
      expect(error.message).toContain(field)
      expect(error.message.length).toBeLessThan(300)
      expect(await overview(made.id)).toEqual(before)
      expect(value<PlanSummary[]>(await call('plans.list', {}))).toHaveLength(1)
    })
  })

  describe('a plan\u2019s life', () => {
    it('starts with a title named after the person, and refuses an unknown person', async () => {
      await created()
      const sam = await person('Sam')
      const made = await plan(sam)
      expect(made).toMatchObject({
        personId: sam,
        personName: 'Sam',
        title: 'Repairing things with Sam',
        breach: BREACH,
        status: 'active',
        ownership: '',
        compassion: '',
        theirNeeds: [],
        dismissed: [],
        privateNotes: '',
        createdAt: '2026-03-02T09:00:00.000Z',
      })
      const titled = await plan(sam, { title: '  The recital  ' })
      expect(titled.title).toBe('The recital')
      const ghost = failure(await call('plans.create', { personId: 999, breach: BREACH }), 'NOT_FOUND')
      expect(ghost.field).toBe('personId')
      failure(await call('plans.get', { id: 999 }), 'NOT_FOUND')
      failure(await call('plans.update', { id: 999, ownership: 'x' }), 'NOT_FOUND')
      failure(await call('plans.setStatus', { id: 999, status: 'paused' }), 'NOT_FOUND')
      failure(await call('plans.delete', { id: 999 }), 'NOT_FOUND')
      failure(await call('plans.getOverview', { id: 999 }), 'NOT_FOUND')
      const list = value<PlanSummary[]>(await call('plans.list', {}))
      expect(list.map((summary) => summary.title).sort()).toEqual(['Repairing things with Sam', 'The recital'])
    })

    it('changes only the fields an update names', async () => {
      await created()
      const made = await plan(await person())
      const update = async (patch: object) => {
        now += 60_000
        return value<RepairPlan>(await call('plans.update', { id: made.id, ...patch }))
      }
      const one = await update({ ownership: OWNERSHIP })
      expect(one).toEqual({ ...made, ownership: OWNERSHIP, updatedAt: new Date(now).toISOString() })
      const two = await update({ compassion: COMPASSION, theirNeeds: ['regret', 'change', 'regret'] })
      expect(two).toEqual({
        ...one,
        compassion: COMPASSION,
        theirNeeds: ['regret', 'change'],
        updatedAt: new Date(now).toISOString(),
      })
      // What went wrong is a set: forgetting (care) and lying (integrity) together, the first one named too.
      const newBreach = {
        ...BREACH,
        severity: 4,
        kind: 'integrity',
        kinds: ['integrity', 'care'],
        involvedDeception: true,
      }
      const three = await update({
        breach: newBreach,
        privateNotes: 'only for me',
        title: 'After the recital',
        settledSteps: ['ownership', 'ownership'],
      })
      expect(three).toEqual({
        ...two,
        breach: { ...newBreach, kinds: ['care', 'integrity'] },
        settledSteps: ['ownership'],
        privateNotes: 'only for me',
        title: 'After the recital',
        updatedAt: new Date(now).toISOString(),
      })
      expect(value(await call('plans.get', { id: made.id }))).toEqual(three)
    })

    it('pausing keeps commitments from falling due; a same-day pause and resume counts nothing', async () => {
      await created()
      const sam = await person()
      const paused = await plan(sam, { title: 'Paused for a while' })
      const control = await plan(sam, { title: 'Never paused' })
      await addCommitment(paused.id)
      await addCommitment(control.id)
      const due = async (id: number) => (await overview(id)).stats.due

      at('2026-03-05T10:00:00+01:00')
      expect([await due(paused.id), await due(control.id)]).toEqual([4, 4])
      expect(value<RepairPlan>(await call('plans.setStatus', { id: paused.id, status: 'paused' })).status).toBe(
        'paused',
      )
      at('2026-03-07T10:00:00+01:00')
      // Paused from 5 March: only 2-4 March fell due.
      expect([await due(paused.id), await due(control.id)]).toEqual([3, 6])
      at('2026-03-08T10:00:00+01:00')
      expect(value<RepairPlan>(await call('plans.setStatus', { id: paused.id, status: 'active' })).status).toBe(
        'active',
      )
      // 5, 6 and 7 March were set aside: three fewer due days than the plan that ran on.
      expect([await due(paused.id), await due(control.id)]).toEqual([4, 7])
      // ...and the check-in recorder offers no row for them.
      expect((await overview(paused.id)).commitments[0]!.recentDueDays).toEqual([
        '2026-03-08',
        '2026-03-04',
        '2026-03-03',
        '2026-03-02',
      ])

      for (const id of [paused.id, control.id]) {
        value(await call('plans.setStatus', { id, status: 'paused' }))
        value(await call('plans.setStatus', { id, status: 'active' }))
      }
      expect([await due(paused.id), await due(control.id)]).toEqual([4, 7])
      at('2026-03-09T10:00:00+01:00')
      expect([await due(paused.id), await due(control.id)]).toEqual([5, 8])
    })

    it('can be completed, archived and taken up again, and the list shows where each plan stands', async () => {
      await created()
      const made = await plan(await person())
      const statusOf = async () => value<PlanSummary[]>(await call('plans.list', {}))[0]?.status
      for (const status of ['completed', 'archived', 'paused', 'active', 'active'] as const) {
        expect(value<RepairPlan>(await call('plans.setStatus', { id: made.id, status })).status).toBe(status)
        expect(await statusOf()).toBe(status)
      }
    })

    it('deletes a plan with its amends, commitments and check-ins, and leaves its journal entries', async () => {
      await created()
      const sam = await person('Sam')
      const made = await plan(sam)
      const amend = value<AmendAction>(
        await call('plans.addAmend', { planId: made.id, description: 'Go to the next one', horizon: 'now' }),
      )
      const commitment = await addCommitment(made.id)
      await checkIn(commitment.id, '2026-03-02')
      const entry = value<{ id: number }>(await call('journal.createEntry', { body: 'Thinking about the recital.' }))
      value(await call('plans.linkEntry', { planId: made.id, entryId: entry.id }))

      const refused = failure(await call('people.delete', { id: sam }), 'INVALID_INPUT')
      expect(refused.message).toBe('Sam has a repair plan. Delete it first to remove Sam.')
      expect(value<unknown[]>(await call('people.list', {}))).toHaveLength(1)

      expect(value(await call('plans.delete', { id: made.id }))).toEqual({})
      failure(await call('plans.get', { id: made.id }), 'NOT_FOUND')
      failure(await call('plans.updateAmend', { id: amend.id, status: 'done' }), 'NOT_FOUND')
      failure(await call('plans.listCheckIns', { commitmentId: commitment.id }), 'NOT_FOUND')
      failure(
        await call('plans.recordCheckIn', { commitmentId: commitment.id, onDate: '2026-03-02', outcome: 'kept' }),
        'NOT_FOUND',
      )
      expect(value(await call('plans.list', {}))).toEqual([])
      const db = api.vault.database()
      for (const table of ['amends', 'commitments', 'check_ins', 'plan_entries', 'plan_pauses']) {
        expect(db.prepare(`SELECT count(*) AS n FROM ${table}`).get(), table).toEqual({ n: 0 })
      }
      expect(value<{ body: string }>(await call('journal.getEntry', { id: entry.id })).body).toBe(
        'Thinking about the recital.',
      )

      expect(value(await call('people.delete', { id: sam }))).toEqual({})
      expect(value(await call('people.list', {}))).toEqual([])
    })
  })

  describe('amends, commitments and check-ins', () => {
    it('adds, changes and removes amends', async () => {
      await created()
      const made = await plan(await person())
      const now1 = value<AmendAction>(
        await call('plans.addAmend', {
          planId: made.id,
          description: '  Come to the next recital  ',
          horizon: 'now',
          dueOn: '2026-03-05',
        }),
      )
      expect(now1).toMatchObject({ description: 'Come to the next recital', horizon: 'now', dueOn: '2026-03-05' })
      expect(now1).toMatchObject({ status: 'planned', note: '', planId: made.id })
      const later = value<AmendAction>(
        await call('plans.addAmend', { planId: made.id, description: 'Keep Thursdays free', horizon: 'over-time' }),
      )
      expect(later.dueOn).toBeNull()

      const done = value<AmendAction>(await call('plans.updateAmend', { id: now1.id, status: 'done' }))
      expect(done).toEqual({ ...now1, status: 'done' })
      const noted = value<AmendAction>(
        await call('plans.updateAmend', { id: now1.id, dueOn: null, note: 'They smiled.' }),
      )
      expect(noted).toEqual({ ...done, dueOn: null, note: 'They smiled.' })
      const declined = value<AmendAction>(await call('plans.updateAmend', { id: later.id, status: 'declined' }))
      expect((await overview(made.id)).amends).toEqual([noted, declined])

      expect(value(await call('plans.deleteAmend', { id: later.id }))).toEqual({})
      expect((await overview(made.id)).amends).toEqual([noted])
      failure(await call('plans.deleteAmend', { id: later.id }), 'NOT_FOUND')
      failure(await call('plans.updateAmend', { id: later.id, note: 'x' }), 'NOT_FOUND')
      failure(await call('plans.addAmend', { planId: 999, description: 'x', horizon: 'now' }), 'NOT_FOUND')
    })

    it('offers every day it counts as not recorded, older than two weeks too, and says when it is next due', async () => {
      await created()
      const made = await plan(await person())
      const daily = await addCommitment(made.id)
      const mondays = await addCommitment(made.id, { cadence: { kind: 'weekly', weekday: 1 } })
      // 2 March (a Monday) to 21 March: 20 days, 3 Mondays. A few days recorded, most not.
      at('2026-03-21T12:00:00+01:00')
      for (const day of ['2026-03-02', '2026-03-10', '2026-03-21']) await checkIn(daily.id, day)
      const [dailyNow, mondaysNow] = (await overview(made.id)).commitments
      expect(dailyNow!.stats.unrecorded).toBe(17)
      const unrecorded = value<string[]>(await call('plans.listUnrecordedDays', { commitmentId: daily.id }))
      expect(unrecorded).toHaveLength(dailyNow!.stats.unrecorded)
      expect(unrecorded[0]).toBe('2026-03-20')
      expect(unrecorded.at(-1)).toBe('2026-03-03')
      expect(unrecorded).not.toContain('2026-03-10')
      // The recorder's two weeks start on 8 March; the days before are offered all the same.
      expect(dailyNow!.recentDueDays.at(-1)).toBe('2026-03-08')
      expect(unrecorded.filter((day) => day < '2026-03-08')).toHaveLength(5)
      await checkIn(daily.id, '2026-03-03', 'missed')
      expect((await overview(made.id)).commitments[0]!.stats.unrecorded).toBe(16)
      expect(value<string[]>(await call('plans.listUnrecordedDays', { commitmentId: daily.id }))).not.toContain(
        '2026-03-03',
      )
      expect(value<string[]>(await call('plans.listUnrecordedDays', { commitmentId: mondays.id }))).toEqual([
        '2026-03-16',
        '2026-03-09',
        '2026-03-02',
      ])
      // Next due: tomorrow for the daily one, the next Monday for the weekly one; none once stopped.
      expect([dailyNow!.nextDueOn, mondaysNow!.nextDueOn]).toEqual(['2026-03-22', '2026-03-23'])
      const stopped = value<Commitment>(await call('plans.updateCommitment', { id: daily.id, endOn: '2026-03-21' }))
      expect(stopped.nextDueOn).toBeNull()
      failure(await call('plans.listUnrecordedDays', { commitmentId: 999 }), 'NOT_FOUND')
    })

    it('keeps commitments on each cadence, counting their due days to today', async () => {
      await created()
      const made = await plan(await person())
      const daily = await addCommitment(made.id)
      const weekly = await addCommitment(made.id, { cadence: { kind: 'weekly', weekday: 1 } })
      const days = await addCommitment(made.id, { cadence: { kind: 'days', weekdays: [1, 3, 5] } })
      const monthly = await addCommitment(made.id, { cadence: { kind: 'monthly', dayOfMonth: 31 } })
      expect(daily).toMatchObject({ reminderTime: '20:00', endOn: null, startOn: '2026-03-02' })
      expect(monthly.cadence).toEqual({ kind: 'monthly', dayOfMonth: 31 })
      // 2 March 2026 is a Monday: every commitment but the monthly one is due today.
      expect([daily, weekly, days, monthly].map((c) => c.stats.due)).toEqual([1, 1, 1, 0])

      // To 30 April: 60 days; 9 Mondays; 26 Mondays, Wednesdays and Fridays; 31 March and 30 April.
      at('2026-04-30T12:00:00+02:00')
      const figures = (await overview(made.id)).commitments.map((c) => c.stats.due)
      expect(figures).toEqual([60, 9, 26, 2])
      expect((await overview(made.id)).stats.due).toBe(97)

      const moved = value<Commitment>(await call('plans.updateCommitment', { id: daily.id, reminderTime: '07:30' }))
      expect(moved).toEqual({
        ...daily,
        reminderTime: '07:30',
        stats: moved.stats,
        recentDueDays: moved.recentDueDays,
        nextDueOn: moved.nextDueOn,
      })
      // The recorder's rows: the last two weeks' due days, newest first.
      expect(moved.recentDueDays).toHaveLength(14)
      expect(moved.recentDueDays[0]).toBe('2026-04-30')
      const mondays = (await overview(made.id)).commitments.find((c) => c.id === weekly.id)!.recentDueDays
      expect(mondays).toEqual(['2026-04-27', '2026-04-20'])
      const stopped = value<Commitment>(await call('plans.updateCommitment', { id: daily.id, endOn: '2026-03-31' }))
      expect(stopped.stats.due).toBe(30)
      const backwards = failure(
        await call('plans.updateCommitment', { id: daily.id, endOn: '2026-03-01' }),
        'INVALID_INPUT',
      )
      expect(backwards.field).toBe('endOn')

      expect(value(await call('plans.deleteCommitment', { id: weekly.id }))).toEqual({})
      expect((await overview(made.id)).commitments.map((c) => c.id)).toEqual([daily.id, days.id, monthly.id])
      failure(await call('plans.listCheckIns', { commitmentId: weekly.id }), 'NOT_FOUND')
      failure(
        await call('plans.addCommitment', {
          planId: 999,
          behaviour: 'x',
          cadence: { kind: 'daily' },
          startOn: '2026-03-02',
        }),
        'NOT_FOUND',
      )
    })

    it('records one check-in a day on the writer\u2019s calendar, never ahead or before the start', async () => {
      await created()
      const made = await plan(await person())
      const commitment = await addCommitment(made.id)
      // 00:30 in Berlin is still 2 March in UTC; the writer's calendar already says 3 March.
      at('2026-03-03T00:30:00+01:00')
      expect(await checkIn(commitment.id, '2026-03-03', 'kept')).toMatchObject({ onDate: '2026-03-03' })
      const ahead = failure(
        await call('plans.recordCheckIn', { commitmentId: commitment.id, onDate: '2026-03-04', outcome: 'kept' }),
        'INVALID_INPUT',
      )
      expect(ahead.field).toBe('onDate')
      const early = failure(
        await call('plans.recordCheckIn', { commitmentId: commitment.id, onDate: '2026-03-01', outcome: 'kept' }),
        'INVALID_INPUT',
      )
      expect(early.field).toBe('onDate')
      failure(
        await call('plans.recordCheckIn', { commitmentId: 999, onDate: '2026-03-02', outcome: 'kept' }),
        'NOT_FOUND',
      )

      await checkIn(commitment.id, '2026-03-02', 'kept', 'first try')
      now += 60_000
      const replaced = await checkIn(commitment.id, '2026-03-02', 'missed', 'second thoughts')
      expect(replaced).toEqual({
        commitmentId: commitment.id,
        onDate: '2026-03-02',
        outcome: 'missed',
        note: 'second thoughts',
        recordedAt: new Date(now).toISOString(),
      })
      const list = value<CheckIn[]>(await call('plans.listCheckIns', { commitmentId: commitment.id }))
      expect(list.map((c) => [c.onDate, c.outcome])).toEqual([
        ['2026-03-02', 'missed'],
        ['2026-03-03', 'kept'],
      ])

      expect(value(await call('plans.clearCheckIn', { commitmentId: commitment.id, onDate: '2026-03-02' }))).toEqual({})
      const after = value<CheckIn[]>(await call('plans.listCheckIns', { commitmentId: commitment.id }))
      expect(after.map((c) => c.onDate)).toEqual(['2026-03-03'])
      expect((await overview(made.id)).stats).toMatchObject({ due: 2, kept: 1, missed: 0, unrecorded: 1 })
    })

    it('shows the kept rate, streaks and weekly series change with check-ins and as a week passes', async () => {
      await created()
      const made = await plan(await person())
      const commitment = await addCommitment(made.id)
      at('2026-03-05T21:00:00+01:00')
      expect((await overview(made.id)).stats).toEqual({
        due: 4,
        kept: 0,
        missed: 0,
        notApplicable: 0,
        unrecorded: 4,
        keptRate: null,
        currentStreak: 0,
        longestStreak: 0,
      })
      for (const [day, outcome] of [
        ['2026-03-02', 'kept'],
        ['2026-03-03', 'kept'],
        ['2026-03-04', 'missed'],
        ['2026-03-05', 'kept'],
      ] as const) {
        await checkIn(commitment.id, day, outcome)
      }
      const week1 = await overview(made.id)
      expect(week1.stats).toEqual({
        due: 4,
        kept: 3,
        missed: 1,
        notApplicable: 0,
        unrecorded: 0,
        keptRate: 0.75,
        currentStreak: 1,
        longestStreak: 2,
      })
      expect(week1.commitments[0]?.stats).toEqual(week1.stats)
      expect(week1.weeks).toEqual([
        { weekStart: '2026-03-02', due: 4, kept: 3, missed: 1, notApplicable: 0, unrecorded: 0 },
      ])

      at('2026-03-12T21:00:00+01:00')
      const week2 = await overview(made.id)
      expect(week2.stats).toMatchObject({
        due: 11,
        kept: 3,
        missed: 1,
        unrecorded: 7,
        keptRate: 0.75,
        currentStreak: 0,
      })
      expect(week2.weeks).toEqual([
        { weekStart: '2026-03-02', due: 7, kept: 3, missed: 1, notApplicable: 0, unrecorded: 3 },
        { weekStart: '2026-03-09', due: 4, kept: 0, missed: 0, notApplicable: 0, unrecorded: 4 },
      ])

      await checkIn(commitment.id, '2026-03-11', 'not-applicable')
      await checkIn(commitment.id, '2026-03-12', 'kept')
      const week2later = await overview(made.id)
      expect(week2later.stats).toMatchObject({
        kept: 4,
        notApplicable: 1,
        unrecorded: 5,
        keptRate: 0.8,
        currentStreak: 1,
      })
      expect(week2later.weeks[1]).toEqual({
        weekStart: '2026-03-09',
        due: 4,
        kept: 1,
        missed: 0,
        notApplicable: 1,
        unrecorded: 2,
      })
    })
  })

  describe('the overview', () => {
    it('completes the four steps one by one as the plan is filled in', async () => {
      await created()
      const made = await plan(await person())
      const complete = async () =>
        (await overview(made.id)).steps.map((step) => `${step.step}:${step.complete ? 'done' : 'open'}`)
      expect(await complete()).toEqual(['ownership:open', 'compassion:open', 'amends:open', 'action:open'])

      value(await call('plans.update', { id: made.id, ownership: OWNERSHIP }))
      expect(await complete()).toEqual(['ownership:done', 'compassion:open', 'amends:open', 'action:open'])
      value(await call('plans.update', { id: made.id, compassion: COMPASSION }))
      expect(await complete()).toEqual(['ownership:done', 'compassion:done', 'amends:open', 'action:open'])
      value(await call('plans.addAmend', { planId: made.id, description: 'Come to the next one', horizon: 'now' }))
      const halfway = (await overview(made.id)).steps[2]
      expect(halfway).toMatchObject({ complete: false, missing: ['Add something you will keep doing over time.'] })
      value(await call('plans.addAmend', { planId: made.id, description: 'Keep Thursdays free', horizon: 'over-time' }))
      expect(await complete()).toEqual(['ownership:done', 'compassion:done', 'amends:done', 'action:open'])
      const commitment = await addCommitment(made.id)
      expect((await overview(made.id)).steps[3]).toMatchObject({
        complete: false,
        missing: ['Record your first check-in when a commitment falls due.'],
      })
      await checkIn(commitment.id, '2026-03-02')
      expect(await complete()).toEqual(['ownership:done', 'compassion:done', 'amends:done', 'action:done'])
      expect(value<PlanSummary[]>(await call('plans.list', {}))[0]?.stepsComplete).toBe(4)
    })

    it('counts ownership complete once its flagged phrase is dismissed', async () => {
      await created()
      const made = await plan(await person())
      const text =
        'I broke my promise to you and I am sorry if you were hurt by that. I chose to stay late, and that was wrong of me.'
      value(await call('plans.update', { id: made.id, ownership: text }))
      expect((await overview(made.id)).steps[0]).toMatchObject({
        complete: false,
        missing: ['1 phrase flagged by the language check: fix or dismiss it.'],
      })
      const { findings } = value<{ findings: { start: number; end: number; category: string }[] }>(
        await call('plans.checkWriting', { step: 'ownership', text }),
      )
      expect(findings.map((f) => f.category)).toEqual(['conditional'])
      const dismissed = findings.map((f) => ({
        step: 'ownership',
        category: f.category,
        phrase: text.slice(f.start, f.end).toLowerCase(),
      }))
      const saved = value<RepairPlan>(await call('plans.update', { id: made.id, dismissed }))
      expect(saved.dismissed).toEqual(dismissed)
      expect((await overview(made.id)).steps[0]).toMatchObject({ complete: true, missing: [] })
      // The live check still shows it: dismissing is the writer's choice, not the checker's.
      const again = value<{ findings: unknown[] }>(await call('plans.checkWriting', { step: 'ownership', text }))
      expect(again.findings).toHaveLength(1)
    })

    it('cites the research on deception only when the breach involved deceiving them', async () => {
      await created()
      const made = await plan(await person())
      const sources = async () => (await overview(made.id)).expectations.map((e) => e.source ?? '')
      expect((await sources()).some((source) => SCHWEITZER.test(source))).toBe(false)
      value(await call('plans.update', { id: made.id, breach: { ...BREACH, involvedDeception: true } }))
      expect((await sources()).filter((source) => SCHWEITZER.test(source))).toEqual([
        'Schweitzer, Hershey & Bradlow, 2006',
      ])
      expect((await overview(made.id)).steps[3]?.suggestions[0]).toMatch(/deceiving them/)
    })

    it('counts days since the breach on the Berlin calendar, across the spring clock change', async () => {
      await created()
      // A breach is never dated on a day still to come: the plan is started after it.
      at('2026-03-28T21:00:00+01:00')
      const made = await plan(await person(), { breach: { ...BREACH, occurredOn: '2026-03-28' } })
      at('2026-03-29T23:30:00+02:00')
      expect(await overview(made.id)).toMatchObject({ today: '2026-03-29', daysSinceBreach: 1 })
      // 29 March 2026 had 23 hours in Berlin; in UTC this is still 29 March.
      at('2026-03-30T00:30:00+02:00')
      expect(await overview(made.id)).toMatchObject({ today: '2026-03-30', daysSinceBreach: 2 })
    })
  })

  describe('plans.checkWriting', () => {
    it('flags a conditional apology and an excuse in ownership, and lists the apology\u2019s parts', async () => {
      await created()
      const text = "I'm sorry if you were hurt, but I was stressed."
      const result = value<{
        findings: { start: number; end: number; category: string; label: string; message: string }[]
        parts: { part: string; present: boolean; evidence: { start: number; end: number }[] }[]
      }>(await call('plans.checkWriting', { step: 'ownership', text }))
      const flagged = result.findings.map((f) => [f.category, text.slice(f.start, f.end)])
      expect(flagged).toContainEqual(['conditional', 'sorry if you were hurt'])
      expect(flagged).toContainEqual(['excuse', 'but'])
      expect(flagged).toContainEqual(['excuse', 'I was stressed'])
      expect(new Set(result.findings.map((f) => f.category))).toEqual(new Set(['conditional', 'excuse']))
      for (const finding of result.findings) {
        expect(finding.label.length).toBeGreaterThan(0)
        expect(finding.message.length).toBeGreaterThan(0)
      }
      expect(result.parts.map((p) => p.part)).toEqual([
        'responsibility',
        'repair',
        'regret',
        'explanation',
        'repentance',
        'forgiveness',
      ])
      const explanation = result.parts.find((p) => p.part === 'explanation')!
      expect(explanation.present).toBe(true)
      expect(explanation.evidence.map((e) => text.slice(e.start, e.end))).toEqual(['I was stressed'])
      expect(result.parts.find((p) => p.part === 'responsibility')?.present).toBe(false)
    })

    it('checks compassion only for making the hurt smaller, blaming or hurrying', async () => {
      await created()
      const text = "It was only a small thing and you are overreacting. I'm sorry if you were hurt, but I was stressed."
      const ownership = value<{ findings: { category: string }[] }>(
        await call('plans.checkWriting', { step: 'ownership', text }),
      )
      expect(new Set(ownership.findings.map((f) => f.category))).toEqual(
        new Set(['minimizing', 'blame-other', 'conditional', 'excuse']),
      )
      const compassion = value<{ findings: { start: number; end: number; category: string }[]; parts: unknown[] }>(
        await call('plans.checkWriting', { step: 'compassion', text }),
      )
      expect(compassion.findings.map((f) => [f.category, text.slice(f.start, f.end)])).toEqual([
        ['minimizing', 'It was only a small thing'],
        ['blame-other', 'you are overreacting'],
      ])
      expect(compassion.parts).toEqual([])
    })

    it('says which categories it looked for, so that an empty result can name them', async () => {
      await created()
      const text = 'I lied to you about the money, and it was wrong. I will pay it back by June.'
      const ownership = value<{ findings: unknown[]; lookedFor: string[] }>(
        await call('plans.checkWriting', { step: 'ownership', text }),
      )
      expect(ownership.findings).toEqual([])
      expect(ownership.lookedFor).toEqual([...LANGUAGE_CATEGORIES])
      const compassion = value<{ lookedFor: string[] }>(await call('plans.checkWriting', { step: 'compassion', text }))
      expect(compassion.lookedFor).toEqual(['blame-feelings', 'blame-other', 'minimizing', 'rushing-closure'])
      for (const category of LANGUAGE_CATEGORIES) expect(CATEGORY_LOOKED_FOR[category].length).toBeGreaterThan(10)
    })
  })

  it('links journal entries to a plan; a trashed entry leaves the overview', async () => {
    await created()
    const made = await plan(await person())
    const entry = value<{ id: number }>(await call('journal.createEntry', { title: 'After', body: 'We talked.' }))
    const other = value<{ id: number }>(await call('journal.createEntry', { title: 'Later', body: 'Still thinking.' }))
    const linked = async () => (await overview(made.id)).entries.map((e) => e.title).sort()

    expect(value(await call('plans.linkEntry', { planId: made.id, entryId: entry.id }))).toEqual({})
    value(await call('plans.linkEntry', { planId: made.id, entryId: entry.id }))
    value(await call('plans.linkEntry', { planId: made.id, entryId: other.id }))
    expect(await linked()).toEqual(['After', 'Later'])
    expect(value(await call('plans.unlinkEntry', { planId: made.id, entryId: other.id }))).toEqual({})
    expect(await linked()).toEqual(['After'])

    value(await call('journal.trashEntry', { id: entry.id }))
    expect(await linked()).toEqual([])
    failure(await call('plans.linkEntry', { planId: made.id, entryId: entry.id }), 'NOT_FOUND')
    value(await call('journal.restoreEntry', { id: entry.id }))
    expect(await linked()).toEqual(['After'])

    failure(await call('plans.linkEntry', { planId: made.id, entryId: 999 }), 'NOT_FOUND')
    failure(await call('plans.linkEntry', { planId: 999, entryId: entry.id }), 'NOT_FOUND')
  })

  describe('reminders', () => {
    async function planWithDueThings() {
      await created()
      const made = await plan(await person())
      const commitment = await addCommitment(made.id)
      const amend = value<AmendAction>(
        await call('plans.addAmend', {
          planId: made.id,
          description: 'Bring flowers',
          horizon: 'now',
          dueOn: '2026-03-03',
        }),
      )
      // Neither an amend without a day nor one already done is ever reminded.
      value(await call('plans.addAmend', { planId: made.id, description: 'Listen more', horizon: 'over-time' }))
      const done = value<AmendAction>(
        await call('plans.addAmend', {
          planId: made.id,
          description: 'Apologise',
          horizon: 'now',
          dueOn: '2026-03-02',
        }),
      )
      value(await call('plans.updateAmend', { id: done.id, status: 'done' }))
      return { made, commitment, amend }
    }

    it('lists an unrecorded check-in from its reminder time and a planned amend from 09:00 on its day', async () => {
      const { made, commitment, amend } = await planWithDueThings()
      at('2026-03-02T19:59:00+01:00')
      expect(await reminders()).toEqual([])
      at('2026-03-02T20:00:00+01:00')
      expect(await reminders()).toEqual([
        {
          key: `check-in:${commitment.id}:2026-03-02`,
          kind: 'check-in',
          planId: made.id,
          title: 'Repairing things with Sam',
          commitmentId: commitment.id,
          text: 'Text before I leave work',
          onDate: '2026-03-02',
          overdue: false,
        },
      ])
      at('2026-03-03T08:59:00+01:00')
      expect((await reminders()).map((r) => [r.kind, r.onDate, r.overdue])).toEqual([['check-in', '2026-03-02', true]])
      at('2026-03-03T09:00:00+01:00')
      const both = await reminders()
      expect(both.map((r) => [r.kind, r.onDate, r.overdue])).toEqual([
        ['check-in', '2026-03-02', true],
        ['amend', '2026-03-03', false],
      ])
      expect(both[1]).toMatchObject({ amendId: amend.id, text: 'Bring flowers', planId: made.id })

      value(await call('plans.setStatus', { id: made.id, status: 'paused' }))
      expect(await reminders()).toEqual([])
      expect(api.takeDueNotifications()).toEqual([])
      value(await call('plans.setStatus', { id: made.id, status: 'active' }))
      expect(await reminders()).toEqual(both)

      await checkIn(commitment.id, '2026-03-02')
      value(await call('plans.updateAmend', { id: amend.id, status: 'done' }))
      expect(await reminders()).toEqual([])
    })

    it('notifies each reminder once, holds them through quiet hours, and stays silent when turned off', async () => {
      await planWithDueThings()
      at('2026-03-02T20:00:00+01:00')
      expect(take()).toEqual(['check-in 2026-03-02'])
      expect(take()).toEqual([])
      // Sent is not recorded: the home screen still lists it.
      expect((await reminders()).map((r) => r.onDate)).toEqual(['2026-03-02'])

      value(await call('settings.update', { quietHours: { start: '08:30', end: '09:30' } }))
      at('2026-03-03T09:00:00+01:00')
      expect(take()).toEqual([])
      at('2026-03-03T09:29:00+01:00')
      expect(take()).toEqual([])
      at('2026-03-03T09:30:00+01:00')
      expect(take()).toEqual(['amend 2026-03-03'])
      expect(take()).toEqual([])

      value(await call('settings.update', { remindersEnabled: false }))
      at('2026-03-03T20:00:00+01:00')
      expect(take()).toEqual([])
      value(await call('settings.update', { remindersEnabled: true }))
      expect(take()).toEqual(['check-in 2026-03-03'])
    })

    it('holds a reminder that falls due in the default night-time quiet hours until they end', async () => {
      await created()
      const made = await plan(await person())
      await addCommitment(made.id, { reminderTime: '22:15' })
      at('2026-03-02T22:30:00+01:00')
      expect((await reminders()).map((r) => r.onDate)).toEqual(['2026-03-02'])
      expect(take()).toEqual([])
      at('2026-03-03T07:59:00+01:00')
      expect(take()).toEqual([])
      at('2026-03-03T08:00:00+01:00')
      expect(take()).toEqual(['check-in 2026-03-02'])
    })

    it('never repeats a sent reminder after a lock and unlock, or after a restart', async () => {
      await planWithDueThings()
      at('2026-03-03T20:00:00+01:00')
      expect(take()).toEqual(['check-in 2026-03-02', 'amend 2026-03-03', 'check-in 2026-03-03'])
      await lock()
      expect(api.takeDueNotifications()).toEqual([])
      await unlock()
      expect(take()).toEqual([])

      at('2026-03-04T20:00:00+01:00')
      await lock()
      api = openApi()
      await unlock()
      expect(take()).toEqual(['check-in 2026-03-04'])
      expect((await reminders()).map((r) => `${r.kind} ${r.onDate}`)).toEqual([
        'check-in 2026-03-02',
        'amend 2026-03-03',
        'check-in 2026-03-03',
        'check-in 2026-03-04',
      ])
    })

    it('does not repeat an amend left undone for months, while other reminders keep coming', async () => {
      const { commitment, amend } = await planWithDueThings()
      await checkIn(commitment.id, '2026-03-02')
      at('2026-03-03T09:00:00+01:00')
      expect(take()).toEqual(['amend 2026-03-03'])
      // A quarter of a year on, the amend is still planned; each day brings a check-in reminder.
      for (let day = 1; day <= 100; day += 1) {
        now += 86_400_000
        const sent = api.takeDueNotifications()
        expect(
          sent.filter((reminder) => reminder.amendId === amend.id),
          `day ${day}`,
        ).toEqual([])
      }
      expect((await reminders()).filter((reminder) => reminder.kind === 'amend')).toHaveLength(1)
      // What was sent about check-ins long past is still forgotten, so the record does not grow forever.
      const kept = api.vault.database().prepare('SELECT count(*) AS n FROM reminders_sent').get() as { n: number }
      expect(kept.n).toBeGreaterThan(80)
      expect(kept.n).toBeLessThanOrEqual(92)
    })
  })

  it('keeps everything across a lock and unlock', async () => {
    await created()
    const sam = await person()
    const made = await plan(sam, { title: 'The recital' })
    value(
      await call('plans.update', {
        id: made.id,
        ownership: OWNERSHIP,
        compassion: COMPASSION,
        theirNeeds: ['regret'],
        privateNotes: 'Ask about the next concert.',
        dismissed: [{ step: 'ownership', category: 'excuse', phrase: 'but' }],
      }),
    )
    value(
      await call('plans.addAmend', { planId: made.id, description: 'Flowers', horizon: 'now', dueOn: '2026-03-03' }),
    )
    const commitment = await addCommitment(made.id, {
      cadence: { kind: 'days', weekdays: [1, 4] },
      reminderTime: '18:45',
    })
    await checkIn(commitment.id, '2026-03-02', 'kept', 'Texted at five.')
    const entry = value<{ id: number }>(await call('journal.createEntry', { body: 'Notes.' }))
    value(await call('plans.linkEntry', { planId: made.id, entryId: entry.id }))
    at('2026-03-05T10:00:00+01:00')
    value(await call('plans.setStatus', { id: made.id, status: 'paused' }))
    at('2026-03-09T10:00:00+01:00')
    value(await call('plans.setStatus', { id: made.id, status: 'active' }))
    at('2026-03-10T10:00:00+01:00')

    const before = {
      overview: await overview(made.id),
      list: value(await call('plans.list', {})),
      checkIns: value(await call('plans.listCheckIns', { commitmentId: commitment.id })),
      reminders: await reminders(),
    }
    // Paused 5-8 March: of Mondays and Thursdays, 2 and 9 March fell due (5 March was set aside).
    expect(before.overview.stats.due).toBe(2)
    await lock()
    await unlock()
    expect({
      overview: await overview(made.id),
      list: value(await call('plans.list', {})),
      checkIns: value(await call('plans.listCheckIns', { commitmentId: commitment.id })),
      reminders: await reminders(),
    }).toEqual(before)
  })
})
