import { MendError } from '../errors'
import { SerialQueue } from './serial-queue'

const LOCKED_WHILE_OPENING =
  'Mend locked while the journal was opening (the computer slept or its screen locked). Unlock it again.'

/**
 * The vault's operations run one at a time; locks do not queue (see Vault.lockNow). Each
 * operation notes how many locks had been asked for when it was queued: if that number has moved
 * by the time it would open the journal, a lock (sleep, a screen lock, quit) came meanwhile and
 * the journal must stay closed.
 */
export class VaultOperations {
  private readonly queue = new SerialQueue()
  private lockRequests = 0
  private runningSince = 0

  /** How many times the vault was told to lock; see run's `since`. */
  get lockGeneration(): number {
    return this.lockRequests
  }

  noteLock(): void {
    this.lockRequests += 1
  }

  /** Runs `work` after the operation in progress; a lock asked for after `since` keeps it from opening. */
  run<T>(work: () => T | Promise<T>, since = this.lockRequests): Promise<T> {
    return this.queue.run(() => {
      this.runningSince = since
      return work()
    })
  }

  /** LOCKED when a lock came after the running operation was queued. */
  refuseIfLockedMeanwhile(message = LOCKED_WHILE_OPENING): void {
    if (this.lockRequests !== this.runningSince) throw new MendError('LOCKED', message)
  }
}
