import { defineStore } from 'pinia'
import { ref } from 'vue'
import type {
  MendErrorPayload,
  PlanDraft,
  PlanOverview,
  PlanStatus,
  PlanSummary,
  ProcedureInput,
  ProcedureName,
  ProcedureOutput,
  Reminder,
  RepairPlan,
} from '../../electron/contract'
import { apiClient } from '../api/client'
import { registerStoreReset } from './store-registry'

/**
 * Repair plans: the list, the plan on screen (its overview: steps, amends, commitments,
 * check-ins, chart data) and what is due. Every change reloads the overview, so figures that
 * depend on each other (step progress, stats, the chart) never disagree on screen.
 */
export const usePlansStore = defineStore('plans', () => {
  const plans = ref<PlanSummary[]>([])
  const overview = ref<PlanOverview | null>(null)
  const reminders = ref<Reminder[]>([])
  const error = ref<MendErrorPayload | null>(null)
  const loading = ref(false)
  let generation = 0

  async function call<N extends ProcedureName>(
    procedure: N,
    input: ProcedureInput<N>,
  ): Promise<ProcedureOutput<N> | null> {
    error.value = null
    const result = await apiClient().call(procedure, input)
    if (!result.ok) {
      error.value = result.error
      return null
    }
    return result.value
  }

  async function loadList(): Promise<void> {
    const list = await call('plans.list', {})
    if (list) plans.value = list
  }

  /** Loads (or reloads) the overview of one plan. A later load or a lock makes an answer stale. */
  async function loadOverview(id: number): Promise<boolean> {
    generation += 1
    const mine = generation
    if (overview.value?.plan.id !== id) loading.value = true
    const result = await apiClient().call('plans.getOverview', { id })
    if (mine !== generation) return false
    loading.value = false
    if (!result.ok) {
      error.value = result.error
      overview.value = null
      return false
    }
    error.value = null
    overview.value = result.value
    return true
  }

  async function reloadCurrent(): Promise<void> {
    if (overview.value) await loadOverview(overview.value.plan.id)
  }

  /** Runs a change, then reloads the plan on screen; false (with `error` set) when refused. */
  async function change<N extends ProcedureName>(procedure: N, input: ProcedureInput<N>): Promise<boolean> {
    const value = await call(procedure, input)
    if (value === null) return false
    await reloadCurrent()
    return true
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
    if (overview.value?.plan.id === id) overview.value = null
    await loadList()
    return true
  }

  function reset(): void {
    generation += 1
    plans.value = []
    overview.value = null
    reminders.value = []
    error.value = null
    loading.value = false
  }
  registerStoreReset(reset)

  return {
    plans,
    overview,
    reminders,
    error,
    loading,
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
    linkEntry: (planId: number, entryId: number) => change('plans.linkEntry', { planId, entryId }),
    unlinkEntry: (planId: number, entryId: number) => change('plans.unlinkEntry', { planId, entryId }),
    reset,
  }
})
