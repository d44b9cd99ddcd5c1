import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AmendAction, CheckIn } from '../../electron/contract'
import { journalOf, plansOf } from '../../electron/core'
import { startChild } from '../helpers/child-process'
import { killAt, killPointFor, reliabilityRounds, roundsTimeout, type KillPoint } from '../helpers/reliability-rounds'
import { GOOD_PASSPHRASE, makeTempDir, makeVault } from '../helpers/temp-vault'

/** Writes like journal-crash: at least 200 kills in the full run, a representative 15 in npm test. */
const ROUNDS = reliabilityRounds(15, 200)
const CLOCK = { now: () => Date.parse('2027-01-01T12:00:00+01:00') }
/**
 * Where the kills land, aimed by the child's own lines rather than by time since it started (on a
 * busy machine a child may not have its plan yet 800 ms after "ready"): two rounds in three among
 * the check-ins and amends of an acknowledged plan, one in three right after "ready", while the
 * plan itself may still be being written.
 */
const KILL_POINTS: readonly KillPoint[] = [
  { after: 'plan ', withinMs: 800 },
  { after: 'plan ', withinMs: 800 },
  { after: 'ready', withinMs: 50 },
]

/** What the writer child acknowledged in one round (see tests/helpers/plans-writer-child.ts). */
interface Acks {
  plan: { planId: number; commitmentId: number } | null
  checkIns: { k: number; onDate: string; outcome: string }[]
  amends: { id: number; k: number }[]
  done: Set<number>
  finished: boolean
}

function acksOf(lines: readonly string[]): Acks {
  const acks: Acks = { plan: null, checkIns: [], amends: [], done: new Set(), finished: false }
  for (const line of lines) {
    const [kind, ...rest] = line.split(' ')
    if (kind === 'plan') acks.plan = { planId: Number(rest[0]), commitmentId: Number(rest[1]) }
    else if (kind === 'checkin') acks.checkIns.push({ k: Number(rest[0]), onDate: rest[1]!, outcome: rest[2]! })
    else if (kind === 'amend') acks.amends.push({ id: Number(rest[0]), k: Number(rest[1]) })
    else if (kind === 'done') acks.done.add(Number(rest[0]))
    else if (kind === 'finished') acks.finished = true
  }
  return acks
}

/** A round's plan as it was read back after the kill that ended the round. */
interface Confirmed {
  planId: number
  commitmentId: number
  checkIns: CheckIn[]
  amends: AmendAction[]
}

describe('repair plans: kill -9 while check-ins and amends are being saved', () => {
  let temp: ReturnType<typeof makeTempDir>
  let dir: string
  let personId = 0
  beforeAll(async () => {
    temp = makeTempDir('mend-plans-crash-')
    dir = join(temp.path, 'vault')
    const vault = makeVault(dir, { clock: CLOCK })
    await vault.create(GOOD_PASSPHRASE)
    personId = journalOf(vault.database(), CLOCK).people.create({ name: 'Robin' }).id
    await vault.lock()
  })
  afterAll(() => temp.remove())

  it(
    `keeps every acknowledged check-in and amend, and a sound database, over ${ROUNDS} kills`,
    async () => {
      const confirmed: Confirmed[] = []
      let acknowledged = 0
      let killedMidway = 0
      let inFlightCommitted = 0
      let unackedPlans = 0
      for (let round = 1; round <= ROUNDS; round += 1) {
        const child = startChild('plans-writer-child.ts', [dir, GOOD_PASSPHRASE, String(round), String(personId)])
        await killAt(child, killPointFor(round, KILL_POINTS))
        const acks = acksOf(child.lines())
        acknowledged += acks.checkIns.length + acks.amends.length + acks.done.size
        if (!acks.finished) killedMidway += 1

        const vault = makeVault(dir, { clock: CLOCK })
        await vault.unlock(GOOD_PASSPHRASE)
        try {
          const db = vault.database()
          expect(db.pragma('integrity_check', { simple: true }), `round ${round}`).toBe('ok')
          expect(db.pragma('foreign_key_check'), `round ${round}`).toEqual([])
          const plans = plansOf(db, CLOCK, 'Europe/Berlin')

          // Earlier rounds' plans are exactly as they were read back before.
          for (const before of confirmed) {
            expect(plans.commitments.checkIns(before.commitmentId), `round ${round}, plan ${before.planId}`).toEqual(
              before.checkIns,
            )
            expect(plans.amends.list(before.planId), `round ${round}, plan ${before.planId}`).toEqual(before.amends)
          }

          if (!acks.plan) {
            unackedPlans += 1
          } else {
            const { planId, commitmentId } = acks.plan
            const checkIns = plans.commitments.checkIns(commitmentId)
            // Every acknowledged check-in is there, whole; past them at most the one in flight.
            for (const ack of acks.checkIns) {
              expect(checkIns[ack.k], `round ${round}, check-in ${ack.k}`).toMatchObject({
                onDate: ack.onDate,
                outcome: ack.outcome,
                note: `round ${round} check-in ${ack.k}`,
              })
            }
            const extraCheckIns = checkIns.length - acks.checkIns.length
            expect(extraCheckIns, `round ${round}`).toBeGreaterThanOrEqual(0)
            expect(extraCheckIns, `round ${round}`).toBeLessThanOrEqual(1)

            const amends = plans.amends.list(planId)
            for (const [index, ack] of acks.amends.entries()) {
              expect(amends[index], `round ${round}, amend ${ack.k}`).toMatchObject({
                id: ack.id,
                description: `Round ${round} amend ${ack.k}`,
                note: `note ${round}/${ack.k}`,
                horizon: ack.k % 8 === 0 ? 'now' : 'over-time',
              })
              if (acks.done.has(ack.id)) expect(amends[index]?.status, `round ${round}, amend ${ack.k}`).toBe('done')
            }
            const extraAmends = amends.length - acks.amends.length
            const extraDone = amends.filter((amend) => amend.status === 'done' && !acks.done.has(amend.id)).length
            expect(extraAmends + extraDone + extraCheckIns, `round ${round}: one write in flight`).toBeLessThanOrEqual(
              1,
            )
            expect(extraAmends).toBeGreaterThanOrEqual(0)
            inFlightCommitted += extraAmends + extraDone + extraCheckIns

            // The plan reads back whole: its figures agree with the stored check-ins.
            const overview = plans.overview(planId)
            const count = (outcome: string) => checkIns.filter((checkIn) => checkIn.outcome === outcome).length
            expect(overview.stats).toMatchObject({
              kept: count('kept'),
              missed: count('missed'),
              notApplicable: count('not-applicable'),
            })
            expect(overview.amends).toEqual(amends)
            confirmed.push({ planId, commitmentId, checkIns, amends })
          }
          // Besides acknowledged plans, at most one per round whose start was cut off by its kill.
          const extraPlans = plans.list().length - confirmed.length
          expect(extraPlans).toBeGreaterThanOrEqual(0)
          expect(extraPlans).toBeLessThanOrEqual(unackedPlans)
        } finally {
          await vault.lock()
        }
      }
      // Every round above failed on the first lost write or unsound database, so reaching here means 0 of each.
      console.info(
        `plans crash: ${ROUNDS} kill rounds (${killedMidway} mid-write), ${acknowledged} writes acknowledged, ` +
          `0 acknowledged writes lost, 0 integrity_check failures, ${inFlightCommitted} in-flight writes found committed`,
      )
      expect(confirmed.length).toBeGreaterThan(ROUNDS / 2)
      expect(killedMidway).toBeGreaterThan(ROUNDS / 2)
    },
    roundsTimeout(ROUNDS, 2_000),
  )
})
