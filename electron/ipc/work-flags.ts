import type { WorkSignals } from '../core/ports'

const LOCK = 0
const CANCEL = 1

/**
 * The two signals long work looks at between its chunks (see WorkSignals), in memory that the
 * host's thread and the core's worker thread share: the host sets a flag the moment a lock or a
 * cancel is asked for, and work that never yields to the worker's event loop (an index being
 * built inside one migration) still sees it at its next step. Atomics, so neither thread ever
 * reads a torn or stale value.
 */
export class WorkFlags implements WorkSignals {
  readonly buffer: SharedArrayBuffer
  private readonly cells: Int32Array

  constructor(buffer: SharedArrayBuffer = new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT)) {
    if (buffer.byteLength < 2 * Int32Array.BYTES_PER_ELEMENT) throw new RangeError('WorkFlags needs 8 bytes')
    this.buffer = buffer
    this.cells = new Int32Array(buffer, 0, 2)
  }

  requestLock(): void {
    Atomics.store(this.cells, LOCK, 1)
  }

  /** The lock has happened (and any unlock that was under way when it was asked for is locked too). */
  lockDone(): void {
    Atomics.store(this.cells, LOCK, 0)
  }

  requestCancel(): void {
    Atomics.store(this.cells, CANCEL, 1)
  }

  lockRequested(): boolean {
    return Atomics.load(this.cells, LOCK) !== 0
  }

  cancelRequested(): boolean {
    return Atomics.load(this.cells, CANCEL) !== 0
  }

  clearCancel(): void {
    Atomics.store(this.cells, CANCEL, 0)
  }
}
