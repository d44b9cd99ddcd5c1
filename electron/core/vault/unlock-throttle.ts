import { readFileSync } from 'node:fs'
import type { Clock, Logger } from '../ports'
import { writeFileAtomic } from '../fs/atomic-write'

const FIRST_DELAY_MS = 1_000
const MAX_DELAY_MS = 5 * 60_000

/** 1 s after the first wrong passphrase, doubling after each further one, at most 5 minutes. */
export function delayAfterFailures(failures: number): number {
  if (failures <= 0) return 0
  return Math.min(FIRST_DELAY_MS * 2 ** (failures - 1), MAX_DELAY_MS)
}

interface ThrottleState {
  failures: number
  lastFailureAt: number
}

/**
 * Slows down passphrase guessing through the app. Kept in a small file so that quitting and
 * restarting does not reset it; it holds only a count and a time.
 */
export class UnlockThrottle {
  private state: ThrottleState

  constructor(
    private readonly path: string,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {
    this.state = this.load()
  }

  /** Milliseconds before the next attempt may run (0 = now). Robust to the clock moving back. */
  retryAfterMs(): number {
    const delay = delayAfterFailures(this.state.failures)
    const remaining = this.state.lastFailureAt + delay - this.clock.now()
    return Math.max(0, Math.min(delay, Math.ceil(remaining)))
  }

  recordFailure(): number {
    this.state = { failures: this.state.failures + 1, lastFailureAt: this.clock.now() }
    this.save()
    return this.retryAfterMs()
  }

  recordSuccess(): void {
    if (this.state.failures === 0) return
    this.state = { failures: 0, lastFailureAt: 0 }
    this.save()
  }

  private load(): ThrottleState {
    try {
      const json = JSON.parse(readFileSync(this.path, 'utf8')) as Partial<ThrottleState>
      const failures = Number.isSafeInteger(json.failures) ? Math.max(0, json.failures as number) : 0
      const lastFailureAt = Number.isFinite(json.lastFailureAt) ? (json.lastFailureAt as number) : 0
      return { failures, lastFailureAt }
    } catch {
      return { failures: 0, lastFailureAt: 0 }
    }
  }

  private save(): void {
    try {
      writeFileAtomic(this.path, JSON.stringify(this.state), 'save the unlock attempts')
    } catch (error) {
      // The in-memory throttle still applies; only its survival across restarts is lost.
      this.logger.warn(`could not persist unlock throttle: ${(error as Error).message}`)
    }
  }
}
