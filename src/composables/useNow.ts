import { onBeforeUnmount, ref, type Ref } from 'vue'

/** The current time, updated every `intervalMs` while the component is mounted. */
export function useNow(intervalMs = 250): Ref<number> {
  const now = ref(Date.now())
  const timer = setInterval(() => (now.value = Date.now()), intervalMs)
  onBeforeUnmount(() => clearInterval(timer))
  return now
}
