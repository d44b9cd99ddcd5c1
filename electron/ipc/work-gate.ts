/**
 * Keeps other requests waiting while an import runs. An import is one transaction that yields to
 * the event loop between its chunks, and the database connection is shared: a save that ran in
 * between would join the import's transaction, be acknowledged, and then be undone if the import
 * is cancelled or locked. So everything but a few calls that never touch the database waits.
 */
export class WorkGate {
  private running: Promise<unknown> | null = null

  /** Runs `work` with the gate closed; requests that arrived meanwhile go on when it ends. */
  async hold<T>(work: () => Promise<T>): Promise<T> {
    await this.open()
    const result = work()
    this.running = result
    try {
      return await result
    } finally {
      if (this.running === result) this.running = null
    }
  }

  /** Resolves once no held work is running (at once if none is). */
  async open(): Promise<void> {
    while (this.running) await this.running.catch(() => undefined)
  }

  get busy(): boolean {
    return this.running !== null
  }
}
