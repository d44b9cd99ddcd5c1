/**
 * Runs async operations one after another. Vault operations (create, unlock, lock) must not
 * interleave: an unlock still deriving its key must not race a lock.
 */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve()

  run<T>(operation: () => T | Promise<T>): Promise<T> {
    const result = this.tail.then(operation, operation)
    this.tail = result.catch(() => undefined)
    return result
  }
}
