import { defineStore } from 'pinia'
import { reactive, ref } from 'vue'
import type {
  Entry,
  EntryDraft,
  EntryTemplate,
  EntryVersion,
  EntryVersionSummary,
  MendErrorPayload,
} from '../../electron/contract'
import { apiClient } from '../api/client'
import { registerBeforeLock, registerStoreReset } from './store-registry'

/** Quiet time after the last keystroke before saving: well inside the promised one second. */
export const AUTOSAVE_DELAY_MS = 600

export interface DraftFields {
  kind: Entry['kind']
  title: string
  body: string
  entryDate: string | undefined
  mood: number | null
  starred: boolean
  tags: string[]
  personIds: number[]
}
type Field = keyof DraftFields
export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error'

function emptyDraft(): DraftFields {
  return {
    kind: 'journal',
    title: '',
    body: '',
    entryDate: undefined,
    mood: null,
    starred: false,
    tags: [],
    personIds: [],
  }
}

/**
 * The entry being written. Every change is saved shortly after typing stops; a new entry is
 * created by its first save, so opening "New entry" and leaving leaves nothing behind.
 */
export const useEntryEditorStore = defineStore('entryEditor', () => {
  const id = ref<number | null>(null)
  const saved = ref<Entry | null>(null)
  const draft = reactive<DraftFields>(emptyDraft())
  const state = ref<SaveState>('idle')
  const error = ref<MendErrorPayload | null>(null)
  const loadError = ref<MendErrorPayload | null>(null)
  const versions = ref<EntryVersionSummary[]>([])
  const dirty = new Set<Field>()
  let timer: ReturnType<typeof setTimeout> | null = null
  let saving: Promise<void> | null = null
  /** Bumped whenever another entry is opened, so a late answer for the previous one is ignored. */
  let generation = 0
  /** A new entry prefilled from a template that the person has not changed yet. */
  let fromTemplate = false

  function fill(source: DraftFields): void {
    Object.assign(draft, { ...source, tags: [...source.tags], personIds: [...source.personIds] })
  }

  async function open(entryId: number): Promise<void> {
    await flush()
    generation += 1
    fromTemplate = false
    const mine = generation
    dirty.clear()
    versions.value = []
    loadError.value = null
    error.value = null
    const result = await apiClient().call('journal.getEntry', { id: entryId })
    if (mine !== generation) return
    if (!result.ok) {
      loadError.value = result.error
      id.value = null
      saved.value = null
      return
    }
    id.value = result.value.id
    saved.value = result.value
    fill(result.value)
    state.value = 'idle'
  }

  async function startNew(template?: EntryTemplate): Promise<void> {
    await flush()
    generation += 1
    dirty.clear()
    id.value = null
    saved.value = null
    versions.value = []
    loadError.value = null
    error.value = null
    fill({
      ...emptyDraft(),
      kind: template?.kind ?? 'journal',
      title: template?.title ?? '',
      body: template?.body ?? '',
    })
    // Text from a template becomes the person's with their first change; untouched, it is not kept.
    fromTemplate = template !== undefined
    state.value = 'idle'
  }

  function change(patch: Partial<DraftFields>): void {
    if (fromTemplate) {
      fromTemplate = false
      for (const field of ['kind', 'title', 'body'] as const) dirty.add(field)
    }
    for (const [field, value] of Object.entries(patch) as Array<[Field, never]>) {
      draft[field] = value
      dirty.add(field)
    }
    state.value = 'pending'
    if (timer) clearTimeout(timer)
    timer = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS)
  }

  function pendingPatch(): EntryDraft {
    const patch: Record<string, unknown> = {}
    for (const field of dirty)
      patch[field] = Array.isArray(draft[field]) ? [...(draft[field] as unknown[])] : draft[field]
    dirty.clear()
    return patch as EntryDraft
  }

  async function saveOnce(): Promise<void> {
    if (dirty.size === 0) return
    const mine = generation
    const patch = pendingPatch()
    state.value = 'saving'
    const result =
      id.value === null
        ? await apiClient().call('journal.createEntry', { ...patch, kind: draft.kind })
        : await apiClient().call('journal.updateEntry', { ...patch, id: id.value })
    if (mine !== generation) return
    if (!result.ok) {
      // Keep the unsaved fields so the next change (or Retry) sends them again.
      for (const field of Object.keys(patch) as Field[]) dirty.add(field)
      error.value = result.error
      state.value = 'error'
      return
    }
    id.value = result.value.id
    saved.value = result.value
    error.value = null
    if (draft.entryDate === undefined) draft.entryDate = result.value.entryDate
    state.value = dirty.size > 0 ? 'pending' : 'saved'
  }

  /** Saves now whatever is unsaved, waiting for a save already under way. */
  async function flush(): Promise<void> {
    if (timer) {
      clearTimeout(timer)
      timer = null
    }
    while (saving) await saving
    if (dirty.size === 0) return
    saving = saveOnce().finally(() => {
      saving = null
    })
    await saving
    if (dirty.size > 0 && state.value !== 'error') await flush()
  }

  async function loadVersions(): Promise<void> {
    if (id.value === null) return
    await flush()
    const result = await apiClient().call('journal.listVersions', { entryId: id.value })
    if (result.ok) versions.value = result.value
  }

  async function readVersion(versionId: number): Promise<EntryVersion | null> {
    const result = await apiClient().call('journal.getVersion', { id: versionId })
    if (!result.ok) error.value = result.error
    return result.ok ? result.value : null
  }

  async function restoreVersion(versionId: number): Promise<boolean> {
    await flush()
    const result = await apiClient().call('journal.restoreVersion', { id: versionId })
    if (!result.ok) {
      error.value = result.error
      return false
    }
    saved.value = result.value
    fill(result.value)
    state.value = 'saved'
    await loadVersions()
    return true
  }

  /** True while a change has not reached the journal (a save failed, or one is still to come). */
  function hasUnsavedChanges(): boolean {
    return dirty.size > 0
  }

  function reset(): void {
    if (timer) clearTimeout(timer)
    fromTemplate = false
    timer = null
    generation += 1
    dirty.clear()
    id.value = null
    saved.value = null
    fill(emptyDraft())
    state.value = 'idle'
    error.value = null
    loadError.value = null
    versions.value = []
  }
  registerStoreReset(reset)
  registerBeforeLock(flush)

  return {
    id,
    saved,
    draft,
    state,
    error,
    loadError,
    versions,
    open,
    startNew,
    change,
    flush,
    hasUnsavedChanges,
    loadVersions,
    readVersion,
    restoreVersion,
    reset,
  }
})
