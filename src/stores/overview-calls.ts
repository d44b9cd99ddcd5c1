import { computed, ref, type Ref } from 'vue'
import type { MendErrorPayload, ProcedureInput, ProcedureName, ProcedureOutput, Result } from '../../electron/contract'
import { apiClient } from '../api/client'

/**
 * What the plan and assessment stores share: calls that set `error` when refused, one overview
 * on screen that a later load or a lock makes stale, and changes that reload it, so figures
 * that depend on each other (progress, stats, chart, summary) never disagree on screen.
 */
export function useOverviewCalls<O>(options: {
  fetch: (id: number) => Promise<Result<O>>
  idOf: (overview: O) => number
}) {
  const overview = ref(null) as Ref<O | null>
  const error = ref<MendErrorPayload | null>(null)
  const loading = ref(false)
  let generation = 0
  /** Loads and changes under way: what is on screen may still change (the screens' aria-busy). */
  const underWay = ref(0)
  const busy = computed(() => underWay.value > 0)

  async function tracked<T>(work: () => Promise<T>): Promise<T> {
    underWay.value += 1
    try {
      return await work()
    } finally {
      underWay.value -= 1
    }
  }

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

  /** Loads (or reloads) one overview; false when refused or overtaken by a later load or a lock. */
  function loadOverview(id: number): Promise<boolean> {
    return tracked(() => load(id))
  }

  async function load(id: number): Promise<boolean> {
    generation += 1
    const mine = generation
    if (!overview.value || options.idOf(overview.value) !== id) loading.value = true
    const result = await options.fetch(id)
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
    if (overview.value) await loadOverview(options.idOf(overview.value))
  }

  /** Runs a change, then reloads the overview on screen; false (with `error` set) when refused. */
  function change<N extends ProcedureName>(procedure: N, input: ProcedureInput<N>): Promise<boolean> {
    return tracked(async () => {
      const value = await call(procedure, input)
      if (value === null) return false
      await reloadCurrent()
      return true
    })
  }

  /** Forgets the overview if it is `id`'s (after a delete). */
  function forget(id: number): void {
    if (overview.value && options.idOf(overview.value) === id) overview.value = null
  }

  function reset(): void {
    generation += 1
    overview.value = null
    error.value = null
    loading.value = false
  }

  return { overview, error, loading, busy, call, loadOverview, reloadCurrent, change, forget, reset }
}
