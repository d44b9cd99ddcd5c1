import { defineStore } from 'pinia'
import { ref } from 'vue'
import type {
  AssessmentDraft,
  AssessmentListItem,
  AssessmentOverview,
  AssessmentStatus,
  ProcedureInput,
  PromiseResolution,
  TrustAssessment,
} from '../../electron/contract'
import { apiClient } from '../api/client'
import { useOverviewCalls } from './overview-calls'
import { registerStoreReset } from './store-registry'

/**
 * Trust assessments: the list, and the assessment on screen (its ledger, answers, checks and
 * the figures and summary core computes from them). Every change reloads the overview, so a
 * figure, the chart and the summary never disagree with the ledger beside them.
 */
export const useAssessmentsStore = defineStore('assessments', () => {
  const assessments = ref<AssessmentListItem[]>([])
  const { overview, error, loading, call, loadOverview, reloadCurrent, change, forget, ...calls } = useOverviewCalls({
    fetch: (id: number) => apiClient().call('assessments.getOverview', { id }),
    idOf: (current: AssessmentOverview) => current.assessment.id,
  })

  async function loadList(): Promise<void> {
    const list = await call('assessments.list', {})
    if (list) assessments.value = list
  }

  async function create(draft: AssessmentDraft): Promise<TrustAssessment | null> {
    const created = await call('assessments.create', draft)
    if (created) await loadList()
    return created
  }

  async function remove(id: number): Promise<boolean> {
    const done = await call('assessments.delete', { id })
    if (done === null) return false
    forget(id)
    await loadList()
    return true
  }

  function reset(): void {
    calls.reset()
    assessments.value = []
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
    /** Kept or broken on `resolvedOn` (the figures count it that day); null reopens it. */
    resolvePromise: (id: number, resolution: PromiseResolution | null, resolvedOn?: string) =>
      change('assessments.resolvePromise', { id, resolution, ...(resolution && resolvedOn ? { resolvedOn } : {}) }),
    answerStep: (input: ProcedureInput<'assessments.answerStep'>) => change('assessments.answerStep', input),
    recordCheck: (input: ProcedureInput<'assessments.recordCheck'>) => change('assessments.recordCheck', input),
    deleteCheck: (id: number) => change('assessments.deleteCheck', { id }),
    reset,
  }
})
