import { defineStore } from 'pinia'
import { ref } from 'vue'
import type {
  AssessmentDraft,
  AssessmentListItem,
  AssessmentOverview,
  AssessmentStatus,
  MendErrorPayload,
  ProcedureInput,
  ProcedureName,
  ProcedureOutput,
  PromiseResolution,
  TrustAssessment,
} from '../../electron/contract'
import { apiClient } from '../api/client'
import { registerStoreReset } from './store-registry'

/**
 * Trust assessments: the list, and the assessment on screen (its ledger, answers, checks and
 * the figures and summary core computes from them). Every change reloads the overview, so a
 * figure, the chart and the summary never disagree with the ledger beside them.
 */
export const useAssessmentsStore = defineStore('assessments', () => {
  const assessments = ref<AssessmentListItem[]>([])
  const overview = ref<AssessmentOverview | null>(null)
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
    const list = await call('assessments.list', {})
    if (list) assessments.value = list
  }

  /** Loads (or reloads) one overview. A later load or a lock makes an earlier answer stale. */
  async function loadOverview(id: number): Promise<boolean> {
    generation += 1
    const mine = generation
    if (overview.value?.assessment.id !== id) loading.value = true
    const result = await apiClient().call('assessments.getOverview', { id })
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
    if (overview.value) await loadOverview(overview.value.assessment.id)
  }

  /** Runs a change, then reloads the assessment on screen; false (with `error` set) when refused. */
  async function change<N extends ProcedureName>(procedure: N, input: ProcedureInput<N>): Promise<boolean> {
    const value = await call(procedure, input)
    if (value === null) return false
    await reloadCurrent()
    return true
  }

  async function create(draft: AssessmentDraft): Promise<TrustAssessment | null> {
    const created = await call('assessments.create', draft)
    if (created) await loadList()
    return created
  }

  async function remove(id: number): Promise<boolean> {
    const done = await call('assessments.delete', { id })
    if (done === null) return false
    if (overview.value?.assessment.id === id) overview.value = null
    await loadList()
    return true
  }

  function reset(): void {
    generation += 1
    assessments.value = []
    overview.value = null
    error.value = null
    loading.value = false
  }
  registerStoreReset(reset)

  return {
    assessments,
    overview,
    error,
    loading,
    loadList,
    loadOverview,
    reloadCurrent,
    create,
    remove,
    update: (patch: ProcedureInput<'assessments.update'>) => change('assessments.update', patch),
    setStatus: (id: number, status: AssessmentStatus) => change('assessments.setStatus', { id, status }),
    addEvidence: (draft: ProcedureInput<'assessments.addEvidence'>) => change('assessments.addEvidence', draft),
    updateEvidence: (patch: ProcedureInput<'assessments.updateEvidence'>) =>
      change('assessments.updateEvidence', patch),
    deleteEvidence: (id: number) => change('assessments.deleteEvidence', { id }),
    resolvePromise: (id: number, resolution: PromiseResolution | null) =>
      change('assessments.resolvePromise', { id, resolution }),
    answerStep: (input: ProcedureInput<'assessments.answerStep'>) => change('assessments.answerStep', input),
    recordCheck: (input: ProcedureInput<'assessments.recordCheck'>) => change('assessments.recordCheck', input),
    deleteCheck: (id: number) => change('assessments.deleteCheck', { id }),
    reset,
  }
})
