import { defineStore } from 'pinia'
import { ref } from 'vue'
import type {
  PlanDraft,
  PlanOverview,
  PlanStatus,
  PlanSummary,
  ProcedureInput,
  Reminder,
  RepairPlan,
} from '../../electron/contract'
import { apiClient } from '../api/client'
import { useOverviewCalls } from './overview-calls'
import { registerStoreReset } from './store-registry'

/**
 * Repair plans: the list, the plan on screen (its overview: steps, amends, commitments,
 * check-ins, chart data) and what is due. Every change reloads the overview (see overview-calls).
 */
export const usePlansStore = defineStore('plans', () => {
  const plans = ref<PlanSummary[]>([])
  const reminders = ref<Reminder[]>([])
  const { overview, error, loading, busy, call, loadOverview, reloadCurrent, change, forget, ...calls } =
    useOverviewCalls({
      fetch: (id: number) => apiClient().call('plans.getOverview', { id }),
      idOf: (current: PlanOverview) => current.plan.id,
    })

  async function loadList(): Promise<void> {
    const list = await call('plans.list', {})
    if (list) plans.value = list
  }

  async function create(draft: PlanDraft): Promise<RepairPlan | null> {
    const plan = await call('plans.create', draft)
    if (plan) await loadList()
    return plan
  }

  async function loadReminders(): Promise<void> {
    const due = await call('plans.listReminders', {})
    if (due) reminders.value = due
  }

  async function remove(id: number): Promise<boolean> {
    const done = await call('plans.delete', { id })
    if (done === null) return false
    forget(id)
    await loadList()
    return true
  }

  function reset(): void {
    calls.reset()
    plans.value = []
    reminders.value = []
  }
  registerStoreReset(reset)

  return {
    plans,
    overview,
    reminders,
    error,
    loading,
    busy,
    loadList,
    loadOverview,
    reloadCurrent,
    create,
    remove,
    loadReminders,
    update: (patch: ProcedureInput<'plans.update'>) => change('plans.update', patch),
    setStatus: (id: number, status: PlanStatus) => change('plans.setStatus', { id, status }),
    addAmend: (draft: ProcedureInput<'plans.addAmend'>) => change('plans.addAmend', draft),
    updateAmend: (patch: ProcedureInput<'plans.updateAmend'>) => change('plans.updateAmend', patch),
    deleteAmend: (id: number) => change('plans.deleteAmend', { id }),
    addCommitment: (draft: ProcedureInput<'plans.addCommitment'>) => change('plans.addCommitment', draft),
    updateCommitment: (patch: ProcedureInput<'plans.updateCommitment'>) => change('plans.updateCommitment', patch),
    deleteCommitment: (id: number) => change('plans.deleteCommitment', { id }),
    recordCheckIn: (input: ProcedureInput<'plans.recordCheckIn'>) => change('plans.recordCheckIn', input),
    clearCheckIn: (commitmentId: number, onDate: string) => change('plans.clearCheckIn', { commitmentId, onDate }),
    listCheckIns: (commitmentId: number) => call('plans.listCheckIns', { commitmentId }),
    listUnrecordedDays: (commitmentId: number) => call('plans.listUnrecordedDays', { commitmentId }),
    linkEntry: (planId: number, entryId: number) => change('plans.linkEntry', { planId, entryId }),
    unlinkEntry: (planId: number, entryId: number) => change('plans.unlinkEntry', { planId, entryId }),
    reset,
  }
})
