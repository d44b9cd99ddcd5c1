import type { AssessmentOverview } from '../../contract/assessments.contract'
import { zoneResolver, type Clock, type TimeZoneSource } from '../ports'
import type { Db } from '../vault/encrypted-database'
import { daysBetween, todayIn } from '../repair/local-days'
import { createAnswerStore } from './answers'
import { createAssessmentStore } from './assessment-store'
import { nextCheckOn } from './check-schedule'
import { createCheckStore } from './checks'
import { createEvidenceStore } from './evidence-store'
import { trustFigures, type AssessmentFacts } from './trust-figures'
import { summarizeAssessment } from './trust-summary'

function buildAssessments(db: Db, clock: Clock, zone: () => string) {
  const today = () => todayIn(clock.now(), zone())
  const store = createAssessmentStore(db, clock, today)
  const evidence = createEvidenceStore(db, clock, today, store)
  const answers = createAnswerStore(db, clock, store)
  const checks = createCheckStore(db, clock, today, store)

  /** Everything the page shows, read in one transaction so the figures and the ledger agree. */
  function overview(id: number): AssessmentOverview {
    return db.transaction(() => {
      const assessment = store.get(id)
      const day = today()
      const ledger = evidence.list(id)
      const ratingChecks = checks.list(id)
      const stepAnswers = answers.byStep(id)
      const facts: AssessmentFacts = {
        breach: assessment.breach,
        today: day,
        evidence: ledger,
        checks: ratingChecks,
        answers: stepAnswers,
      }
      return {
        assessment,
        today: day,
        daysSinceBreach: daysBetween(assessment.breach.occurredOn, day),
        evidence: ledger,
        answers: stepAnswers,
        checks: ratingChecks,
        figures: trustFigures(facts),
        summary: summarizeAssessment(facts),
        nextCheckOn: nextCheckOn({
          startedOn: todayIn(Date.parse(assessment.createdAt), zone()),
          // Oldest first by day, so the last is the latest.
          lastTakenOn: ratingChecks.at(-1)?.takenOn ?? null,
          checkEveryDays: assessment.checkEveryDays,
        }),
      }
    })()
  }

  return {
    list: store.list,
    get: store.get,
    create: store.create,
    update: store.update,
    setStatus: store.setStatus,
    delete: store.delete,
    overview,
    evidence,
    answerStep: answers.answer,
    checks: { record: checks.record, delete: checks.delete },
    today,
  }
}

export type Assessments = ReturnType<typeof buildAssessments>

/** Prepared statements belong to one connection, so the assessments are built once per open database. */
const built = new WeakMap<Db, { assessments: Assessments; zone: { source: () => string } }>()

/** The assessments of an open database; the zone is asked on every use (see plansOf). */
export function assessmentsOf(db: Db, clock: Clock, timeZone: TimeZoneSource): Assessments {
  let entry = built.get(db)
  if (!entry) {
    const zone = { source: zoneResolver(timeZone) }
    entry = { assessments: buildAssessments(db, clock, () => zone.source()), zone }
    built.set(db, entry)
  } else entry.zone.source = zoneResolver(timeZone)
  return entry.assessments
}
