/**
 * Keeps a repair plan's record like a person checking in and adding amends, until killed.
 * Usage:
 *   node --import tsx tests/helpers/plans-writer-child.ts <vaultDir> <passphrase> <round> <personId>
 * Starts a plan with one daily commitment for the round, then at step k = 0, 1, 2, ... records
 * the check-in of day k after 2024-01-01 and, every AMEND_EVERY steps, adds an amend and marks
 * the one before it done. Prints each line only after its call has returned:
 *   "ready", "plan <planId> <commitmentId>", "checkin <k> <day> <outcome>", "amend <amendId> <k>",
 *   "done <amendId>", and "finished" after the last step.
 * Texts: the check-in note is "round <round> check-in <k>"; the amend says "Round <round> amend <k>"
 * with the note "note <round>/<k>".
 */
import { writeSync } from 'node:fs'
import { Vault, plansOf, silentLogger } from '../../electron/core'
import { addDays } from '../../electron/core/repair/local-days'
import { FAST_SCRYPT } from './temp-vault'

const [directory, passphrase, roundArg, personArg] = process.argv.slice(2)
if (!directory || !passphrase || !roundArg || !personArg) {
  throw new Error('usage: plans-writer-child.ts <vaultDir> <passphrase> <round> <personId>')
}
const round = Number(roundArg)
const AMEND_EVERY = 4
/** 2024-01-01 to the clock's day (2027-01-01): one check-in a day at most. */
const STEPS = 1000
const OUTCOMES = ['kept', 'missed', 'not-applicable'] as const

/** Straight to the pipe: nothing acknowledged may sit in a stream buffer that a kill would drop. */
const say = (line: string) => writeSync(1, `${line}\n`)

async function write(): Promise<void> {
  const clock = { now: () => Date.parse('2027-01-01T12:00:00+01:00') }
  const vault = new Vault({ directory: directory!, scrypt: FAST_SCRYPT, logger: silentLogger, clock })
  await vault.unlock(passphrase!)
  const plans = plansOf(vault.database(), clock, 'Europe/Berlin')
  say('ready')
  const plan = plans.create({
    personId: Number(personArg),
    title: `Round ${round}`,
    breach: { whatHappened: '', occurredOn: '2024-01-01', severity: 2, kind: 'care', involvedDeception: false },
  })
  const commitment = plans.commitments.add({
    planId: plan.id,
    behaviour: `Round ${round} behaviour`,
    cadence: { kind: 'daily' },
    startOn: '2024-01-01',
  })
  say(`plan ${plan.id} ${commitment.id}`)
  let previousAmend: number | null = null
  for (let k = 0; k < STEPS; k += 1) {
    const onDate = addDays('2024-01-01', k)
    const outcome = OUTCOMES[k % 3]!
    plans.commitments.recordCheckIn({
      commitmentId: commitment.id,
      onDate,
      outcome,
      note: `round ${round} check-in ${k}`,
    })
    say(`checkin ${k} ${onDate} ${outcome}`)
    if (k % AMEND_EVERY !== 0) continue
    const amend = plans.amends.add({
      planId: plan.id,
      description: `Round ${round} amend ${k}`,
      horizon: k % 8 === 0 ? 'now' : 'over-time',
      dueOn: onDate,
      note: `note ${round}/${k}`,
    })
    say(`amend ${amend.id} ${k}`)
    if (previousAmend !== null) {
      plans.amends.update({ id: previousAmend, status: 'done' })
      say(`done ${previousAmend}`)
    }
    previousAmend = amend.id
  }
  say('finished')
  await vault.lock()
}

void write()
