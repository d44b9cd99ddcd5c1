import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Commitment, Entry, PlanOverview, Reminder, RepairPlan } from '../../electron/contract'
import { appAt, failureCode, value, type AppAt } from '../helpers/app-at'

/**
 * Issue 23, point 2: the time zone is asked on every use. A person flies from Berlin to New York
 * with Mend open; from then on quiet hours, "today" for the plan, the journal and the assessment,
 * what a check-in may be recorded for, and the names of exported files all follow New York.
 */

const BREACH = {
  whatHappened: 'I missed the recital I had promised to come to.',
  occurredOn: '2026-02-20',
  severity: 3,
  kind: 'care',
  involvedDeception: false,
} as const

describe('the zone the person is in, asked on every use (a flight from Berlin to New York)', () => {
  let app: AppAt
  let commitment: Commitment
  let planId: number

  beforeEach(async () => {
    app = appAt('2026-03-02T10:00:00+01:00', 'Europe/Berlin')
    await app.create()
    const personId = value<{ id: number }>(await app.call('people.create', { name: 'Sam' })).id
    planId = value<RepairPlan>(await app.call('plans.create', { personId, breach: BREACH })).id
    commitment = value<Commitment>(
      await app.call('plans.addCommitment', {
        planId,
        behaviour: 'Call before bed',
        cadence: { kind: 'daily' },
        startOn: '2026-03-02',
        reminderTime: '21:00',
      }),
    )
    // Quiet from 22:00 to 07:00 wherever the person is.
    value(await app.call('settings.update', { quietHours: { start: '22:00', end: '07:00' } }))
  })
  afterEach(() => {
    app.close()
    expect(app.logged).toEqual([])
  })

  it('raises a 21:00 reminder at 21:00 in New York, not held by Berlin’s night', async () => {
    app.at('2026-03-03T12:00:00-05:00')
    app.flyTo('America/New_York')
    // 21:00 in New York is 03:00 in Berlin, inside Berlin's quiet hours.
    app.at('2026-03-03T21:00:00-05:00')
    const taken = app.api.takeDueNotifications().map((reminder) => `${reminder.kind} ${reminder.onDate}`)
    expect(taken).toContain('check-in 2026-03-03')
  })

  it('gives the plan, the journal and the assessment the same today, New York’s', async () => {
    app.at('2026-03-03T20:30:00-05:00') // 02:30 on the 4th in Berlin
    app.flyTo('America/New_York')
    const overview = value<PlanOverview>(await app.call('plans.getOverview', { id: planId }))
    expect(overview.today).toBe('2026-03-03')
    const entry = value<Entry>(await app.call('journal.createEntry', { title: 'Landed', body: 'Long day.' }))
    expect(entry.entryDate).toBe('2026-03-03T20:30')
    const personId = value<Array<{ id: number }>>(await app.call('people.list', {}))[0]!.id
    const assessment = value<{ id: number }>(
      await app.call('assessments.create', { personId, breach: { ...BREACH, occurredOn: '2026-03-01' } }),
    )
    const trust = value<{ today: string }>(await app.call('assessments.getOverview', { id: assessment.id }))
    expect(trust.today).toBe('2026-03-03')
  })

  it('refuses a check-in for tomorrow in New York, though it is already tomorrow in Berlin', async () => {
    app.at('2026-03-03T20:30:00-05:00')
    app.flyTo('America/New_York')
    const result = await app.call('plans.recordCheckIn', {
      commitmentId: commitment.id,
      onDate: '2026-03-04',
      outcome: 'kept',
    })
    expect(failureCode(result)).toBe('INVALID_INPUT')
    const reminders = value<Reminder[]>(await app.call('plans.listReminders', {}))
    expect(reminders.map((reminder) => reminder.onDate)).not.toContain('2026-03-04')
  })

  it('names an export by the local day, not the UTC one', async () => {
    app.at('2026-03-03T20:30:00-05:00') // already the 4th in UTC
    app.flyTo('America/New_York')
    expect(value(await app.call('export.plaintext', { format: 'json', confirmUnencrypted: true }))).toBeNull()
    expect(app.exportNames).toEqual(['mend-export-2026-03-03.json'])
  })
})
