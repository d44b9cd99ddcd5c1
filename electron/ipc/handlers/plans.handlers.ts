import { plansOf, type TimeZoneSource, type Vault } from '../../core'
import type { Handlers } from '../router'

type PlanProcedure = Extract<keyof Handlers, `plans.${string}`>

/** Repair plans: the plan, its four steps, amends, commitments, check-ins and reminders. */
export function plansHandlers(vault: Vault, timeZone: TimeZoneSource): Pick<Handlers, PlanProcedure> {
  const plans = () => plansOf(vault.database(), vault.clock, timeZone)
  const done = {}
  return {
    'plans.list': () => plans().list(),
    'plans.create': (draft) => plans().create(draft),
    'plans.get': ({ id }) => plans().get(id),
    'plans.update': (patch) => plans().update(patch),
    'plans.setStatus': ({ id, status }) => plans().setStatus(id, status),
    'plans.delete': ({ id }) => {
      plans().delete(id)
      return done
    },
    'plans.getOverview': ({ id }) => plans().overview(id),
    'plans.checkWriting': ({ step, text }) => plans().checkWriting(step, text),
    'plans.addAmend': (draft) => plans().amends.add(draft),
    'plans.updateAmend': (patch) => plans().amends.update(patch),
    'plans.deleteAmend': ({ id }) => {
      plans().amends.delete(id)
      return done
    },
    'plans.addCommitment': (draft) => plans().commitments.add(draft),
    'plans.updateCommitment': (patch) => plans().commitments.update(patch),
    'plans.deleteCommitment': ({ id }) => {
      plans().commitments.delete(id)
      return done
    },
    'plans.recordCheckIn': (input) => plans().commitments.recordCheckIn(input),
    'plans.clearCheckIn': ({ commitmentId, onDate }) => {
      plans().commitments.clearCheckIn(commitmentId, onDate)
      return done
    },
    'plans.listCheckIns': ({ commitmentId }) => plans().commitments.checkIns(commitmentId),
    'plans.listUnrecordedDays': ({ commitmentId }) => plans().commitments.unrecordedDays(commitmentId),
    'plans.linkEntry': ({ planId, entryId }) => {
      plans().entries.link(planId, entryId)
      return done
    },
    'plans.unlinkEntry': ({ planId, entryId }) => {
      plans().entries.unlink(planId, entryId)
      return done
    },
    'plans.listReminders': () => plans().reminders.list(),
  }
}
