/**
 * Locks after a stretch without use. The renderer reports activity (throttled) and every API
 * call counts too; `onIdle` fires once when no activity came for `minutes`.
 */
export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
}

const systemTimers: Timers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
}

export class IdleTimer {
  private handle: unknown = null
  private minutes = 0

  constructor(
    private readonly onIdle: () => void,
    private readonly timers: Timers = systemTimers,
  ) {}

  get running(): boolean {
    return this.handle !== null
  }

  start(minutes: number): void {
    this.minutes = minutes
    this.touch()
  }

  /** Activity: the countdown starts again. Ignored while stopped. */
  touch(): void {
    if (this.minutes <= 0) return
    if (this.handle !== null) this.timers.clearTimeout(this.handle)
    this.handle = this.timers.setTimeout(() => {
      this.handle = null
      this.minutes = 0
      this.onIdle()
    }, this.minutes * 60_000)
  }

  stop(): void {
    if (this.handle !== null) this.timers.clearTimeout(this.handle)
    this.handle = null
    this.minutes = 0
  }
}
