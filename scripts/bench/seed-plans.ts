import { assessmentsOf, plansOf } from '../../electron/core'
import { addDays } from '../../electron/core/repair/local-days'
import type { Db } from '../../electron/core/vault/encrypted-database'
import { EVIDENCE_KINDS } from '../../electron/contract/assessment-values'
import { BREACH_KINDS } from '../../electron/contract/plan-values'
import { between, pick, seededRandom } from './random'
import { benchClock } from './vaults'

const TIME_ZONE = 'Europe/Berlin'
const TODAY = '2026-11-20'
const OUTCOMES = ['kept', 'kept', 'kept', 'missed', 'not-applicable'] as const

/**
 * Plans with amends, commitments and check-ins, and assessments with evidence, written through
 * the same stores the app uses. One plan is the PDF benchmark's: 30 amends and 200 check-ins.
 * Returns that plan's id.
 */
export function seedPlans(
  db: Db,
  personIds: readonly number[],
  counts: { plans: number; assessments: number },
): number {
  const random = seededRandom(7)
  const plans = plansOf(db, benchClock, TIME_ZONE)
  let bigPlan = 0
  for (let index = 0; index < counts.plans; index++) {
    const big = index === 0
    const days = big ? 200 : between(random, 20, 120)
    const startOn = addDays(TODAY, -days)
    db.transaction(() => {
      const plan = plans.create({
        personId: personIds[index % personIds.length]!,
        title: `Plan ${index + 1}: rebuilding after the ${pick(random, ['money', 'message', 'weekend', 'promise'])}`,
        breach: {
          whatHappened: 'I said I would be there and I was not, and then I hid it.',
          occurredOn: addDays(startOn, -3),
          severity: between(random, 1, 5),
          kind: pick(random, BREACH_KINDS),
          involvedDeception: random() < 0.3,
        },
      })
      if (big) bigPlan = plan.id
      for (let amend = 0; amend < (big ? 30 : between(random, 1, 6)); amend++) {
        plans.amends.add({
          planId: plan.id,
          description: `Amend ${amend + 1}: do what was promised and say when it is done`,
          horizon: amend % 2 === 0 ? 'now' : 'over-time',
          dueOn: addDays(startOn, amend * 6),
          note: '',
        })
      }
      const commitment = plans.commitments.add({
        planId: plan.id,
        behaviour: 'Tell them where I am going and when I will be back',
        cadence: { kind: 'daily' },
        startOn,
      })
      for (let day = 0; day < days; day++) {
        plans.commitments.recordCheckIn({
          commitmentId: commitment.id,
          onDate: addDays(startOn, day),
          outcome: pick(random, OUTCOMES),
          note: day % 5 === 0 ? 'Texted before leaving; it felt awkward, and it helped.' : '',
        })
      }
    })()
  }
  const assessments = assessmentsOf(db, benchClock, TIME_ZONE)
  for (let index = 0; index < counts.assessments; index++) {
    db.transaction(() => {
      const assessment = assessments.create({
        personId: personIds[(index + 100) % personIds.length]!,
        breach: {
          whatHappened: 'They read my messages and lied about it.',
          occurredOn: addDays(TODAY, -between(random, 30, 300)),
          severity: between(random, 1, 5),
          kind: 'integrity',
          involvedDeception: true,
        },
      })
      for (let item = 0; item < 20; item++) {
        const kind = pick(random, EVIDENCE_KINDS)
        assessments.evidence.add({
          assessmentId: assessment.id,
          observedOn: addDays(TODAY, -between(random, 0, 29)),
          kind,
          wordType: kind === 'word' ? 'apology' : null,
          description: `Observation ${item + 1}`,
        })
      }
    })()
  }
  return bigPlan
}
