import { defineStore } from 'pinia'
import { reactive, ref } from 'vue'
import type {
  ApologyPartView,
  DismissedFinding,
  LanguageFindingView,
  MendErrorPayload,
  RepairPlan,
  WritingStep,
} from '../../electron/contract'
import { apiClient } from '../api/client'
import {
  dismissalFor,
  mapFindings,
  sameDismissal,
  visibleFindings,
} from '../components/plans/steps/finding-decorations'
import { AUTOSAVE_DELAY_MS, type SaveState } from './entry-editor'
import { useNoticesStore } from './notices'
import { usePlansStore } from './plans'
import { registerBeforeLock, registerStoreReset } from './store-registry'
import { messages } from '../messages'

/** Quiet time after a keystroke before the language check reads the text: live, without a call per key. */
export const CHECK_DELAY_MS = 250

const STEPS: readonly WritingStep[] = ['ownership', 'compassion']

interface StepCheck {
  findings: LanguageFindingView[]
  parts: ApologyPartView[]
  /** True once an answer for the text on screen (or an earlier one, mapped) has arrived. */
  checked: boolean
}

const emptyCheck = (): StepCheck => ({ findings: [], parts: [], checked: false })

/**
 * The writing of the ownership and compassion steps: autosaved like a journal entry, checked
 * live by the language check, with the writer's dismissed findings kept on the plan.
 */
export const usePlanWritingStore = defineStore('planWriting', () => {
  const planId = ref<number | null>(null)
  const text = reactive<Record<WritingStep, string>>({ ownership: '', compassion: '' })
  const checks = reactive<Record<WritingStep, StepCheck>>({ ownership: emptyCheck(), compassion: emptyCheck() })
  const dismissed = ref<DismissedFinding[]>([])
  const state = ref<SaveState>('idle')
  const error = ref<MendErrorPayload | null>(null)
  const checkError = ref<MendErrorPayload | null>(null)
  const dirty = new Set<WritingStep>()
  let saveTimer: ReturnType<typeof setTimeout> | null = null
  const checkTimers = new Map<WritingStep, ReturnType<typeof setTimeout>>()
  let saving: Promise<void> | null = null
  /** Bumped when another plan opens or the vault locks: a late answer for the old one is dropped. */
  let generation = 0
  /** Per step, bumped by every change: only the answer for the latest text may replace findings. */
  const checkSeq: Record<WritingStep, number> = { ownership: 0, compassion: 0 }

  async function open(plan: RepairPlan): Promise<void> {
    if (planId.value === plan.id) return
    await flush()
    generation += 1
    clearTimers()
    dirty.clear()
    planId.value = plan.id
    text.ownership = plan.ownership
    text.compassion = plan.compassion
    dismissed.value = [...plan.dismissed]
    state.value = 'idle'
    error.value = null
    checkError.value = null
    for (const step of STEPS) {
      checks[step] = emptyCheck()
      checkSeq[step] += 1
    }
    await Promise.all(STEPS.map((step) => check(step)))
  }

  function change(step: WritingStep, value: string): void {
    if (value === text[step]) return
    checks[step].findings = mapFindings(checks[step].findings, text[step], value)
    text[step] = value
    dirty.add(step)
    state.value = 'pending'
    if (saveTimer) clearTimeout(saveTimer)
    saveTimer = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS)
    checkSeq[step] += 1
    const pending = checkTimers.get(step)
    if (pending) clearTimeout(pending)
    checkTimers.set(
      step,
      setTimeout(() => void check(step), CHECK_DELAY_MS),
    )
  }

  /** Runs the language check on the step's text now; an answer overtaken by typing is ignored. */
  async function check(step: WritingStep): Promise<void> {
    checkTimers.delete(step)
    const mine = generation
    const seq = checkSeq[step]
    const sent = text[step]
    const result = await apiClient().call('plans.checkWriting', { step, text: sent })
    if (mine !== generation || seq !== checkSeq[step]) return
    if (!result.ok) {
      checkError.value = result.error
      return
    }
    checkError.value = null
    checks[step] = { findings: result.value.findings, parts: result.value.parts, checked: true }
  }

  async function saveOnce(): Promise<void> {
    const id = planId.value
    if (dirty.size === 0 || id === null) return
    const mine = generation
    const sent = [...dirty]
    dirty.clear()
    const patch: { id: number; ownership?: string; compassion?: string } = { id }
    for (const step of sent) patch[step] = text[step]
    state.value = 'saving'
    const result = await apiClient().call('plans.update', patch)
    if (mine !== generation) return
    if (!result.ok) {
      // The words stay on screen and stay dirty, so the next change (or Try again) sends them.
      for (const step of sent) dirty.add(step)
      error.value = result.error
      state.value = 'error'
      return
    }
    error.value = null
    state.value = dirty.size > 0 ? 'pending' : 'saved'
    // Step progress on screen depends on the writing; refresh it once nothing more is waiting.
    const plans = usePlansStore()
    if (dirty.size === 0 && plans.overview?.plan.id === id) void plans.reloadCurrent()
  }

  /** Saves now whatever is unsaved, waiting for a save already under way. */
  async function flush(): Promise<void> {
    if (saveTimer) {
      clearTimeout(saveTimer)
      saveTimer = null
    }
    while (saving) await saving
    if (dirty.size === 0) return
    saving = saveOnce().finally(() => {
      saving = null
    })
    await saving
    if (dirty.size > 0 && state.value !== 'error') await flush()
  }

  /** The step's findings the writer still sees (dismissed ones and other steps' concerns left out). */
  function shownFindings(step: WritingStep): LanguageFindingView[] {
    return visibleFindings(step, checks[step].findings, text[step], dismissed.value)
  }

  async function saveDismissed(next: DismissedFinding[]): Promise<boolean> {
    const id = planId.value
    if (id === null) return false
    const before = dismissed.value
    dismissed.value = next
    const done = await usePlansStore().update({ id, dismissed: next })
    if (!done && planId.value === id) {
      dismissed.value = before
      const reason = usePlansStore().error?.message ?? messages.notices.somethingWentWrong
      useNoticesStore().push(messages.notices.findingsNotChanged(reason), 'error')
    }
    return done
  }

  /** Keeps a finding's words: they stay unmarked in this step until brought back. */
  function dismiss(step: WritingStep, finding: LanguageFindingView): Promise<boolean> {
    const entry = dismissalFor(step, finding, text[step])
    if (dismissed.value.some((d) => sameDismissal(d, entry))) return Promise.resolve(true)
    return saveDismissed([...dismissed.value, entry])
  }

  function restore(entry: DismissedFinding): Promise<boolean> {
    return saveDismissed(dismissed.value.filter((d) => !sameDismissal(d, entry)))
  }

  function hasUnsavedChanges(): boolean {
    return dirty.size > 0
  }

  function clearTimers(): void {
    if (saveTimer) clearTimeout(saveTimer)
    saveTimer = null
    for (const timer of checkTimers.values()) clearTimeout(timer)
    checkTimers.clear()
  }

  function reset(): void {
    clearTimers()
    generation += 1
    dirty.clear()
    planId.value = null
    text.ownership = ''
    text.compassion = ''
    for (const step of STEPS) checks[step] = emptyCheck()
    dismissed.value = []
    state.value = 'idle'
    error.value = null
    checkError.value = null
  }
  registerStoreReset(reset)
  registerBeforeLock(flush)

  return {
    planId,
    text,
    checks,
    dismissed,
    state,
    error,
    checkError,
    open,
    change,
    check,
    flush,
    shownFindings,
    dismiss,
    restore,
    hasUnsavedChanges,
    reset,
  }
})
