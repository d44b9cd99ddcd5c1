import { defineStore } from 'pinia'
import { reactive, ref } from 'vue'
import type { MendErrorPayload, SearchFilters, SearchHit } from '../../electron/contract'
import { apiClient } from '../api/client'
import { registerStoreReset } from './store-registry'

/** Short enough to feel instant, long enough not to search for every letter of a fast typist. */
export const SEARCH_DELAY_MS = 120

/** One box, results as you type; a slower answer to an older query never replaces a newer one. */
export const useSearchStore = defineStore('search', () => {
  const query = ref('')
  const filters = reactive<SearchFilters>({})
  const hits = ref<SearchHit[]>([])
  const total = ref(0)
  /** More matches than `total` (the core stops counting at 1,000). */
  const totalCapped = ref(false)
  const searching = ref(false)
  const searched = ref(false)
  const error = ref<MendErrorPayload | null>(null)
  let latest = 0
  let timer: ReturnType<typeof setTimeout> | null = null

  async function run(): Promise<void> {
    const mine = ++latest
    searching.value = true
    const result = await apiClient().call('journal.search', {
      query: query.value,
      asYouType: true,
      filters: JSON.parse(JSON.stringify(filters)) as SearchFilters,
      limit: 50,
    })
    if (mine !== latest) return
    searching.value = false
    searched.value = true
    if (!result.ok) {
      error.value = result.error
      return
    }
    error.value = null
    hits.value = result.value.hits
    total.value = result.value.total
    totalCapped.value = result.value.totalCapped
  }

  function schedule(): void {
    if (timer) clearTimeout(timer)
    timer = setTimeout(() => void run(), SEARCH_DELAY_MS)
  }

  function setQuery(text: string): void {
    query.value = text
    schedule()
  }

  function setFilters(next: SearchFilters): void {
    for (const key of Object.keys(filters) as Array<keyof SearchFilters>) delete filters[key]
    Object.assign(filters, next)
    schedule()
  }

  function reset(): void {
    if (timer) clearTimeout(timer)
    latest += 1
    query.value = ''
    for (const key of Object.keys(filters) as Array<keyof SearchFilters>) delete filters[key]
    hits.value = []
    total.value = 0
    totalCapped.value = false
    searching.value = false
    searched.value = false
    error.value = null
  }
  registerStoreReset(reset)

  return { query, filters, hits, total, totalCapped, searching, searched, error, run, setQuery, setFilters, reset }
})
