import { assessmentsOf, type TimeZoneSource, type Vault } from '../../core'
import type { Handlers } from '../router'

type AssessmentProcedure = Extract<keyof Handlers, `assessments.${string}`>

/** Trust assessments: the breach, the evidence ledger, the four questions and the periodic checks. */
export function assessmentsHandlers(vault: Vault, timeZone: TimeZoneSource): Pick<Handlers, AssessmentProcedure> {
  const assessments = () => assessmentsOf(vault.database(), vault.clock, timeZone)
  const done = {}
  return {
    'assessments.list': () => assessments().list(),
    'assessments.create': (draft) => assessments().create(draft),
    'assessments.get': ({ id }) => assessments().get(id),
    'assessments.update': (patch) => assessments().update(patch),
    'assessments.setStatus': ({ id, status }) => assessments().setStatus(id, status),
    'assessments.delete': ({ id }) => {
      assessments().delete(id)
      return done
    },
    'assessments.getOverview': ({ id }) => assessments().overview(id),
    'assessments.addEvidence': (draft) => assessments().evidence.add(draft),
    'assessments.updateEvidence': (patch) => assessments().evidence.update(patch),
    'assessments.deleteEvidence': ({ id }) => {
      assessments().evidence.delete(id)
      return done
    },
    'assessments.resolvePromise': (input) => assessments().evidence.resolvePromise(input),
    'assessments.answerStep': (input) => assessments().answerStep(input),
    'assessments.recordCheck': (input) => assessments().checks.record(input),
    'assessments.deleteCheck': ({ id }) => {
      assessments().checks.delete(id)
      return done
    },
  }
}
