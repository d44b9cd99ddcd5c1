import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Commitment, RepairPlan } from '../../electron/contract'
import type { ReminderSchedule } from '../../electron/core/repair/reminder-schedule'
import { GOOD_PASSPHRASE, makeTempDir } from '../helpers/temp-vault'
import { startTestCore, type TestCore } from '../helpers/test-core'

/**
 * Issue 23's reminders while locked, across issue 20's thread boundary: the core in its worker
 * hands the host the times of the next reminders (never a word the person wrote), before each
 * lock too, and the keys main raised while locked reach the core once it is open again.
 */

const BEHAVIOUR = 'Tell Jonas where I am before I go out'

describe('the core worker and the reminders main keeps while locked', () => {
  let temp: ReturnType<typeof makeTempDir>
  let core: TestCore
  const schedules: ReminderSchedule[] = []
  /** Runs `act`, then waits until a schedule came that was not there before it. */
  async function scheduleAfter(act: () => unknown): Promise<ReminderSchedule> {
    const seen = schedules.length
    await act()
    await expect.poll(() => schedules.length, { timeout: 10_000 }).toBeGreaterThan(seen)
    return schedules.at(-1)!
  }

  beforeEach(() => {
    temp = makeTempDir('mend-core-reminders-')
    schedules.length = 0
    core = startTestCore(temp.path, { onReminderSchedule: (schedule) => schedules.push(schedule) })
  })
  afterEach(async () => {
    await core.stop()
    temp.remove()
  })

  async function planWithCommitment(): Promise<void> {
    await core.call('vault.create', { passphrase: GOOD_PASSPHRASE })
    const person = await core.call<{ id: number }>('people.create', { name: 'Jonas' })
    const plan = await core.call<RepairPlan>('plans.create', {
      personId: person.id,
      breach: {
        whatHappened: 'I went out and lied about it.',
        occurredOn: '2026-01-05',
        severity: 3,
        kind: 'integrity',
        involvedDeception: true,
      },
    })
    const today = (await core.call<{ today: string }>('plans.getOverview', { id: plan.id })).today
    await core.call<Commitment>('plans.addCommitment', {
      planId: plan.id,
      behaviour: BEHAVIOUR,
      cadence: { kind: 'daily' },
      startOn: today,
      reminderTime: '20:00',
    })
  }

  it('sends the times without words after a check and before a lock, and records what main raised', async () => {
    await planWithCommitment()
    const open = await scheduleAfter(() => core.host.call('takeDueNotifications'))
    expect(open.reminders.length).toBeGreaterThan(0)
    expect(open.reminders.every((reminder) => reminder.kind === 'check-in' && reminder.time === '20:00')).toBe(true)
    expect(JSON.stringify(open)).not.toContain('Jonas')
    expect(JSON.stringify(open)).not.toContain(BEHAVIOUR)

    // Just before the lock: what a locked Mend may still raise.
    const beforeLock = await scheduleAfter(() => core.host.lock('manual'))
    expect(beforeLock.reminders.map((reminder) => reminder.key)).toEqual(open.reminders.map((reminder) => reminder.key))
    await core.nextEvent((event) => event.type === 'vault.locked')

    // Main raised them while locked; once open it hands the keys over, and they are not raised again.
    await core.call('vault.unlock', { passphrase: GOOD_PASSPHRASE })
    const raised = open.reminders.map((reminder) => reminder.key)
    core.host.remindersRaised(raised)
    const after = (await scheduleAfter(() => core.host.call('takeDueNotifications'))).reminders.map(
      (reminder) => reminder.key,
    )
    expect(after.filter((key) => raised.includes(key))).toEqual([])
  })
})
