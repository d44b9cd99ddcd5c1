import { nextTick, ref } from 'vue'

/**
 * A list item that is shown, edited in place, or waiting for a delete confirmation. Focus goes
 * where the keyboard expects it: the Keep button when a delete is asked, the Edit button when
 * the item goes back to its plain view, so nobody loses their place in the list.
 */
export function useEditableItem() {
  const mode = ref<'view' | 'edit' | 'confirm-delete'>('view')
  const busy = ref(false)
  const root = ref<HTMLElement | null>(null)

  /** Runs a store change with the item marked busy; true when it went through. */
  async function run(action: () => Promise<boolean>): Promise<boolean> {
    busy.value = true
    try {
      return await action()
    } finally {
      busy.value = false
    }
  }

  async function leave(): Promise<void> {
    mode.value = 'view'
    await nextTick()
    root.value?.querySelector<HTMLButtonElement>('.edit')?.focus()
  }

  async function askDelete(): Promise<void> {
    mode.value = 'confirm-delete'
    await nextTick()
    root.value?.querySelector<HTMLButtonElement>('.keep')?.focus()
  }

  return { mode, busy, root, run, leave, askDelete }
}
