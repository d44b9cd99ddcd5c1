import { defineStore } from 'pinia'
import { ref } from 'vue'
import { registerStoreReset } from './store-registry'

export interface Notice {
  id: number
  text: string
  tone: 'info' | 'error'
  /** One follow-up the person may take, such as Undo. */
  action?: { label: string; run: () => void }
}

/** Short messages about background results (a backup finished), shown as toasts. */
export const useNoticesStore = defineStore('notices', () => {
  const notices = ref<Notice[]>([])
  let nextId = 1

  function push(text: string, tone: Notice['tone'] = 'info', ttlMs = 6000, action?: Notice['action']): void {
    const id = nextId++
    notices.value.push(action ? { id, text, tone, action } : { id, text, tone })
    if (ttlMs > 0) setTimeout(() => dismiss(id), ttlMs)
  }

  function dismiss(id: number): void {
    notices.value = notices.value.filter((notice) => notice.id !== id)
  }

  function reset(): void {
    notices.value = []
  }
  registerStoreReset(reset)

  return { notices, push, dismiss, reset }
})
