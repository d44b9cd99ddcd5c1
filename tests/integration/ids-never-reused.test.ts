import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type {
  AmendAction,
  AssessmentOverview,
  Commitment,
  Entry,
  Evidence,
  RepairPlan,
  Result,
  TrustAssessment,
} from '../../electron/contract'
import { appAt, value, type AppAt } from '../helpers/app-at'

/**
 * Issue 23, point 1: a deleted row's id never comes back. Reminder keys already sent
 * (`check-in:<id>:<day>`, `amend:<id>:<due>`, `trust-check:<id>:<due>`) would otherwise silence
 * the new row, and an answer that pointed to a deleted note would point to whatever took its id.
 */

const BREACH = {
  whatHappened: 'I read her messages without asking.',
  occurredOn: '2026-02-20',
  severity: 3,
  kind: 'integrity',
  involvedDeception: false,
} as const

describe('ids are never reused', () => {
  let app: AppAt
  let personId: number
  let planId: number

  beforeEach(async () => {
    app = appAt('2026-03-02T10:00:00+01:00', 'Europe/Berlin')
    await app.create()
    personId = value<{ id: number }>(await app.call('people.create', { name: 'Mira' })).id
    planId = value<RepairPlan>(await app.call('plans.create', { personId, breach: BREACH })).id
  })
  afterEach(() => {
    app.close()
    expect(app.logged).toEqual([])
  })

  const taken = () => app.api.takeDueNotifications().map((reminder) => reminder.key)
  const addCommitment = async (reminderTime: string) =>
    value<Commitment>(
      await app.call('plans.addCommitment', {
        planId,
        behaviour: 'Leave my phone on the table',
        cadence: { kind: 'daily' },
        startOn: '2026-03-02',
        reminderTime,
      }),
    )

  it('reminds a commitment made after another was deleted, on the day the deleted one was already reminded', async () => {
    const first = await addCommitment('20:00')
    app.at('2026-03-02T20:00:00+01:00')
    expect(taken()).toEqual([`check-in:${first.id}:2026-03-02`])
    value(await app.call('plans.deleteCommitment', { id: first.id }))

    const second = await addCommitment('21:00')
    expect(second.id).not.toBe(first.id)
    app.at('2026-03-02T21:00:00+01:00')
    expect(taken()).toEqual([`check-in:${second.id}:2026-03-02`])
  })

  it('reminds an amend made after another was deleted', async () => {
    const amend = async () =>
      value<AmendAction>(
        await app.call('plans.addAmend', {
          planId,
          description: 'Say it to her face',
          horizon: 'now',
          dueOn: '2026-03-03',
        }),
      )
    const first = await amend()
    app.at('2026-03-03T09:00:00+01:00')
    expect(taken()).toEqual([`amend:${first.id}:2026-03-03`])
    value(await app.call('plans.deleteAmend', { id: first.id }))
    const second = await amend()
    expect(second.id).not.toBe(first.id)
    expect(taken()).toEqual([`amend:${second.id}:2026-03-03`])
  })

  it('reminds the first check of an assessment made after another was deleted', async () => {
    const assess = async () =>
      value<TrustAssessment>(await app.call('assessments.create', { personId, breach: BREACH }))
    const first = await assess()
    app.at('2026-03-02T09:30:00+01:00')
    expect(taken()).toEqual([`trust-check:${first.id}:2026-03-02`])
    value(await app.call('assessments.delete', { id: first.id }))
    const second = await assess()
    expect(second.id).not.toBe(first.id)
    expect(taken()).toEqual([`trust-check:${second.id}:2026-03-02`])
  })

  it('never lets an answer point to a note that took a deleted note’s id', async () => {
    const { id: assessmentId } = value<TrustAssessment>(
      await app.call('assessments.create', { personId, breach: BREACH }),
    )
    const note = async (kind: string, description: string) =>
      value<Evidence>(
        await app.call('assessments.addEvidence', {
          assessmentId,
          observedOn: '2026-03-01',
          kind,
          description,
          ...(kind === 'word' ? { wordType: 'apology' } : {}),
        }),
      )
    const apology = await note('word', 'She said sorry and meant it')
    value(
      await app.call('assessments.answerStep', {
        assessmentId,
        step: 'ownership',
        answer: 'yes',
        evidenceIds: [apology.id],
      }),
    )
    value(await app.call('assessments.deleteEvidence', { id: apology.id }))
    const slip = await note('slip', 'Read my messages again')
    expect(slip.id).not.toBe(apology.id)
    const overview = value<AssessmentOverview>(await app.call('assessments.getOverview', { id: assessmentId }))
    expect(overview.answers.find((group) => group.step === 'ownership')?.current?.evidenceIds).toEqual([])
    // Not even on disk: the deleted note's id left the answer with the note.
    const stored = app.api.vault.database().prepare('SELECT evidence_ids FROM step_answers').pluck().all()
    expect(stored).toEqual(['[]'])
  })

  it('gives every new row an id never used before, whatever was deleted in between (property)', async () => {
    type Table = 'commitment' | 'amend' | 'assessment' | 'evidence' | 'entry'
    const { id: assessmentId } = value<TrustAssessment>(
      await app.call('assessments.create', { personId, breach: BREACH }),
    )
    const used: Record<Table, Set<number>> = {
      commitment: new Set(),
      amend: new Set(),
      assessment: new Set([assessmentId]),
      evidence: new Set(),
      entry: new Set(),
    }
    const live: Record<Table, number[]> = { commitment: [], amend: [], assessment: [], evidence: [], entry: [] }
    const create: Record<Table, () => Promise<number>> = {
      commitment: async () => (await addCommitment('20:00')).id,
      amend: async () =>
        value<AmendAction>(await app.call('plans.addAmend', { planId, description: 'Listen', horizon: 'over-time' }))
          .id,
      assessment: async () =>
        value<TrustAssessment>(await app.call('assessments.create', { personId, breach: BREACH })).id,
      evidence: async () =>
        value<Evidence>(
          await app.call('assessments.addEvidence', {
            assessmentId,
            observedOn: '2026-03-01',
            kind: 'action',
            description: 'Came home on time',
          }),
        ).id,
      entry: async () => value<Entry>(await app.call('journal.createEntry', { title: 'Evening', body: 'Quiet.' })).id,
    }
    const remove: Record<Table, (id: number) => Promise<Result<unknown>>> = {
      commitment: (id) => app.call('plans.deleteCommitment', { id }),
      amend: (id) => app.call('plans.deleteAmend', { id }),
      assessment: (id) => app.call('assessments.delete', { id }),
      evidence: (id) => app.call('assessments.deleteEvidence', { id }),
      entry: async (id) => {
        value(await app.call('journal.trashEntry', { id }))
        return app.call('journal.deleteEntryForever', { id })
      },
    }
    const tables: Table[] = ['commitment', 'amend', 'assessment', 'evidence', 'entry']
    const step = fc.record({
      table: fc.constantFrom(...tables),
      // Deleting the newest row is what let its id come back.
      remove: fc.boolean(),
      which: fc.nat(),
    })
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 12 }), async (steps) => {
        for (const { table, remove: deleting, which } of steps) {
          const rows = live[table]
          if (deleting && rows.length > 0) {
            const [id] = rows.splice(rows.length - 1 - (which % rows.length), 1)
            value(await remove[table](id!))
          } else {
            const id = await create[table]()
            expect(used[table].has(id), `${table} ${id} came back`).toBe(false)
            used[table].add(id)
            rows.push(id)
          }
        }
      }),
      { numRuns: 40 },
    )
  })
})
