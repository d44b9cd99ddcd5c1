import { defineStore } from 'pinia'
import { ref, shallowRef, triggerRef } from 'vue'
import type { EntrySummary, MendErrorPayload, TagCount, TimelineOutline } from '../../electron/contract'
import { apiClient } from '../api/client'
import { registerStoreReset } from './store-registry'

/** Entries fetched per request as the timeline scrolls. */
export const TIMELINE_PAGE = 100

/**
 * The timeline as the person scrolls it: the outline (entries per month) up front, entries
 * fetched a page at a time around what is on screen, so 100,000 entries cost a few pages.
 */
export const useJournalStore = defineStore('journal', () => {
  const outline = ref<TimelineOutline | null>(null)
  /** Page number -> its entries; shallow, because pages are replaced whole. */
  const pages = shallowRef(new Map<number, EntrySummary[]>())
  const loading = new Set<number>()
  const onThisDay = ref<EntrySummary[]>([])
  const tags = ref<TagCount[]>([])
  const trash = ref<EntrySummary[]>([])
  const error = ref<MendErrorPayload | null>(null)
  let generation = 0

  async function loadOutline(): Promise<void> {
    generation += 1
    const mine = generation
    loading.clear()
    const result = await apiClient().call('journal.getTimelineOutline', {})
    // A later loadOutline() or a lock (reset) came first: this answer is stale.
    if (mine !== generation) return
    if (!result.ok) {
      error.value = result.error
      return
    }
    pages.value = new Map()
    outline.value = result.value
  }

  /** The entry at `offset` (0 = newest), or undefined while its page is on its way. */
  function entryAt(offset: number): EntrySummary | undefined {
    return pages.value.get(Math.floor(offset / TIMELINE_PAGE))?.[offset % TIMELINE_PAGE]
  }

  /** Makes sure the pages covering entries first..last are loaded or loading. */
  function ensureRange(first: number, last: number): void {
    for (let page = Math.floor(first / TIMELINE_PAGE); page <= Math.floor(last / TIMELINE_PAGE); page++) {
      if (pages.value.has(page) || loading.has(page)) continue
      loading.add(page)
      const mine = generation
      void apiClient()
        .call('journal.listEntries', { offset: page * TIMELINE_PAGE, limit: TIMELINE_PAGE })
        .then((result) => {
          if (mine !== generation) return
          loading.delete(page)
          if (!result.ok) {
            error.value = result.error
            return
          }
          pages.value.set(page, result.value)
          triggerRef(pages)
        })
    }
  }

  async function loadHome(): Promise<void> {
    const [days, tagCounts] = await Promise.all([
      apiClient().call('journal.onThisDay', {}),
      apiClient().call('journal.listTags', {}),
    ])
    if (days.ok) onThisDay.value = days.value
    if (tagCounts.ok) tags.value = tagCounts.value
  }

  async function loadTags(): Promise<void> {
    const result = await apiClient().call('journal.listTags', {})
    if (result.ok) tags.value = result.value
  }

  async function moveToTrash(id: number): Promise<boolean> {
    const result = await apiClient().call('journal.trashEntry', { id })
    if (!result.ok) error.value = result.error
    return result.ok
  }

  async function loadTrash(): Promise<void> {
    const result = await apiClient().call('journal.listTrash', {})
    if (result.ok) trash.value = result.value
    else error.value = result.error
  }

  async function restore(id: number): Promise<boolean> {
    const result = await apiClient().call('journal.restoreEntry', { id })
    if (!result.ok) error.value = result.error
    await loadTrash()
    return result.ok
  }

  async function deleteForever(id: number): Promise<boolean> {
    const result = await apiClient().call('journal.deleteEntryForever', { id })
    if (!result.ok) error.value = result.error
    await loadTrash()
    return result.ok
  }

  async function emptyTrash(): Promise<number> {
    const result = await apiClient().call('journal.emptyTrash', {})
    if (!result.ok) error.value = result.error
    await loadTrash()
    return result.ok ? result.value.deleted : 0
  }

  function reset(): void {
    generation += 1
    outline.value = null
    pages.value = new Map()
    loading.clear()
    onThisDay.value = []
    tags.value = []
    trash.value = []
    error.value = null
  }
  registerStoreReset(reset)

  return {
    outline,
    pages,
    onThisDay,
    tags,
    trash,
    error,
    loadOutline,
    entryAt,
    ensureRange,
    loadHome,
    loadTags,
    moveToTrash,
    loadTrash,
    restore,
    deleteForever,
    emptyTrash,
    reset,
  }
})
