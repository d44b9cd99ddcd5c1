import fc from 'fast-check'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { Cadence, Commitment, PlanOverview, RepairPlan, TrustAssessment } from '../../electron/contract'
import { addDays, weekdayOf } from '../../electron/core/repair/local-days'
import { appAt, failureCode, value, type AppAt } from '../helpers/app-at'

/**
 * Issue 23, points 4 to 6: a record that cannot be rewritten. Changing a commitment's cadence or
 * start changes the days from then on, never what was recorded before; a commitment that ends
 * in the future has not ended; and a breach cannot be dated in the future.
 */

const BREACH = {
  whatHappened: 'I lied about where the money went.',
  occurredOn: '2026-02-20',
  severity: 4,
  kind: 'integrity',
  involvedDeception: true,
} as const

const MON_WED_FRI: Cadence = { kind: 'days', weekdays: [1, 3, 5] }

async function startPlan(app: AppAt): Promise<number> {
  const personId = value<Array<{ id: number }>>(await app.call('people.list', {}))[0]?.id
  const person = personId ?? value<{ id: number }>(await app.call('people.create', { name: 'Ines' })).id
  return value<RepairPlan>(await app.call('plans.create', { personId: person, breach: BREACH })).id
}

const overviewOf = async (app: AppAt, id: number) => value<PlanOverview>(await app.call('plans.getOverview', { id }))

describe('a cadence or start change rewrites no past day', () => {
  let app: AppAt
  let planId: number
  let daily: Commitment

  beforeEach(async () => {
    app = appAt('2026-03-02T08:00:00+01:00', 'Europe/Berlin')
    await app.create()
    planId = await startPlan(app)
    daily = value<Commitment>(
      await app.call('plans.addCommitment', {
        planId,
        behaviour: 'Show her the bank statement',
        cadence: { kind: 'daily' },
        startOn: '2026-03-02',
      }),
    )
    // Four weeks of daily check-ins, eight of them missed.
    app.at('2026-03-29T21:00:00+02:00')
    for (let day = 0; day < 28; day++) {
      const onDate = addDays('2026-03-02', day)
      const outcome = day % 7 === 2 || day % 7 === 5 ? 'missed' : 'kept'
      value(await app.call('plans.recordCheckIn', { commitmentId: daily.id, onDate, outcome }))
    }
  })
  afterEach(() => {
    app.close()
    expect(app.logged).toEqual([])
  })

  it('keeps 20 kept of 28 after switching to Mon/Wed/Fri, and uses the new days from the change on', async () => {
    const before = (await overviewOf(app, planId)).stats
    expect(before).toMatchObject({ due: 28, kept: 20, missed: 8, keptRate: 20 / 28 })
    const weeksBefore = (await overviewOf(app, planId)).weeks

    value(await app.call('plans.updateCommitment', { id: daily.id, cadence: MON_WED_FRI }))
    const after = await overviewOf(app, planId)
    expect(after.stats).toMatchObject({ due: 28, kept: 20, missed: 8, keptRate: 20 / 28 })
    expect(after.stats.longestStreak).toBe(before.longestStreak)
    expect(after.weeks).toEqual(weeksBefore)

    // From Monday on, only Mon/Wed/Fri are due.
    app.at('2026-04-03T21:00:00+02:00')
    const later = await overviewOf(app, planId)
    const recent = later.commitments[0]!.recentDueDays.filter((day) => day >= '2026-03-30')
    expect(recent).toEqual(['2026-04-03', '2026-04-01', '2026-03-30'])
  })

  it('keeps every recorded check-in when the start moves later', async () => {
    value(await app.call('plans.updateCommitment', { id: daily.id, startOn: '2026-03-16' }))
    const after = await overviewOf(app, planId)
    expect(after.stats).toMatchObject({ kept: 20, missed: 8 })
  })
})

describe('a cadence change never changes a past day’s figures (property)', () => {
  let app: AppAt
  beforeAll(async () => {
    app = appAt('2026-03-02T08:00:00+01:00', 'Europe/Berlin')
    await app.create()
  })
  afterAll(() => app.close())

  const cadence: fc.Arbitrary<Cadence> = fc.oneof(
    fc.constant<Cadence>({ kind: 'daily' }),
    fc.integer({ min: 0, max: 6 }).map<Cadence>((weekday) => ({ kind: 'weekly', weekday })),
    fc
      .uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 6 })
      .map<Cadence>((weekdays) => ({ kind: 'days', weekdays: weekdays.sort() })),
    fc.integer({ min: 1, max: 31 }).map<Cadence>((dayOfMonth) => ({ kind: 'monthly', dayOfMonth })),
  )

  it('leaves every week before the change and every recorded outcome as they were', async () => {
    let round = 0
    await fc.assert(
      fc.asyncProperty(
        cadence,
        cadence,
        fc.array(fc.constantFrom('kept', 'missed', 'not-applicable', null), { minLength: 10, maxLength: 40 }),
        async (first, second, outcomes) => {
          // Each round is a new plan on a later stretch of the calendar.
          const start = addDays('2026-03-02', 70 * round++)
          app.at(`${start}T08:00:00Z`)
          const planId = await startPlan(app)
          const commitment = value<Commitment>(
            await app.call('plans.addCommitment', {
              planId,
              behaviour: 'Be home by ten',
              cadence: first,
              startOn: start,
            }),
          )
          const today = addDays(start, outcomes.length)
          app.at(`${today}T12:00:00Z`)
          for (const [i, outcome] of outcomes.entries()) {
            const onDate = addDays(start, i)
            const due = (await overviewOf(app, planId)).commitments[0]!.recentDueDays.includes(onDate)
            if (outcome !== null && (due || i % 3 === 0)) {
              value(await app.call('plans.recordCheckIn', { commitmentId: commitment.id, onDate, outcome }))
            }
          }
          const before = await overviewOf(app, planId)
          value(await app.call('plans.updateCommitment', { id: commitment.id, cadence: second }))
          const after = await overviewOf(app, planId)
          const monday = addDays(today, -((weekdayOf(today) + 6) % 7))
          const past = (overview: PlanOverview) => overview.weeks.filter((week) => week.weekStart < monday)
          expect(past(after)).toEqual(past(before))
          expect(after.stats.kept).toBe(before.stats.kept)
          expect(after.stats.missed).toBe(before.stats.missed)
          expect(after.stats.notApplicable).toBe(before.stats.notApplicable)
        },
      ),
      { numRuns: 25 },
    )
  })
})

describe('a commitment that ends in the future has not ended', () => {
  let app: AppAt
  beforeEach(async () => {
    app = appAt('2026-03-10T12:00:00+01:00', 'Europe/Berlin')
    await app.create()
  })
  afterEach(() => app.close())

  it('lets the action step complete with a time-boxed commitment, and says so only once it has ended', async () => {
    const planId = await startPlan(app)
    const boxed = value<Commitment>(
      await app.call('plans.addCommitment', {
        planId,
        behaviour: 'Hand over my card every payday',
        cadence: { kind: 'daily' },
        startOn: '2026-03-09',
      }),
    )
    value(await app.call('plans.updateCommitment', { id: boxed.id, endOn: '2026-06-30' }))
    value(await app.call('plans.recordCheckIn', { commitmentId: boxed.id, onDate: '2026-03-09', outcome: 'kept' }))
    const action = (await overviewOf(app, planId)).steps.find((step) => step.step === 'action')!
    expect(action.missing.join(' ')).not.toMatch(/ended/)
    expect(action.complete).toBe(true)

    app.at('2026-07-01T12:00:00+02:00')
    const after = (await overviewOf(app, planId)).steps.find((step) => step.step === 'action')!
    expect(after.missing.join(' ')).toMatch(/All your commitments have ended/)
  })
})

describe('a breach cannot be dated in the future', () => {
  let app: AppAt
  beforeEach(async () => {
    app = appAt('2026-03-10T12:00:00+01:00', 'Europe/Berlin')
    await app.create()
  })
  afterEach(() => app.close())

  it('refuses a future day for a plan or an assessment, with the field named, and keeps today', async () => {
    const personId = value<{ id: number }>(await app.call('people.create', { name: 'Ines' })).id
    const future = { ...BREACH, occurredOn: '2026-03-11' }
    const refused = await app.call('assessments.create', { personId, breach: future })
    expect(failureCode(refused)).toBe('INVALID_INPUT')
    expect(!refused.ok && refused.error).toMatchObject({ field: 'breach.occurredOn' })
    expect(failureCode(await app.call('plans.create', { personId, breach: future }))).toBe('INVALID_INPUT')

    const today = { ...BREACH, occurredOn: '2026-03-10' }
    const made = value<TrustAssessment>(await app.call('assessments.create', { personId, breach: today }))
    expect(failureCode(await app.call('assessments.update', { id: made.id, breach: future }))).toBe('INVALID_INPUT')
    const plan = value<RepairPlan>(await app.call('plans.create', { personId, breach: today }))
    expect(failureCode(await app.call('plans.update', { id: plan.id, breach: future }))).toBe('INVALID_INPUT')
    expect(value<{ count: number }[]>(await app.call('assessments.list', {}))).toHaveLength(1)
  })
})
