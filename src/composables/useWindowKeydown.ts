import { onBeforeUnmount, onMounted } from 'vue'

/** A screen's own keys, heard wherever focus is on the page, for as long as the screen shows. */
export function useWindowKeydown(handler: (event: KeyboardEvent) => void): void {
  onMounted(() => window.addEventListener('keydown', handler))
  onBeforeUnmount(() => window.removeEventListener('keydown', handler))
}
