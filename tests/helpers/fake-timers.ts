import type { Timers } from '../../electron/core'

/** A Timers port the test drives by hand: nothing fires until `advance` passes its time. */
export function fakeTimers() {
  let now = 0
  let nextId = 1
  const pending = new Map<number, { at: number; callback: () => void }>()
  const timers: Timers & { advance(ms: number): void; pendingCount(): number } = {
    setTimeout(callback, ms) {
      const id = nextId++
      pending.set(id, { at: now + ms, callback })
      return id
    },
    clearTimeout(handle) {
      pending.delete(handle as number)
    },
    /** Moves time forward, firing each timer that falls due, in order. */
    advance(ms) {
      const target = now + ms
      for (;;) {
        const due = [...pending.entries()].filter(([, t]) => t.at <= target).sort((a, b) => a[1].at - b[1].at)[0]
        if (!due) break
        pending.delete(due[0])
        now = due[1].at
        due[1].callback()
      }
      now = target
    },
    pendingCount: () => pending.size,
  }
  return timers
}
