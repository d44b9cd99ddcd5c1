import type { MessagePort } from 'node:worker_threads'
import type { AppApi } from '../../ipc'

/**
 * A test-only channel into a core worker, beside the app's own (see control-worker.ts): what the
 * end-to-end tests used to do to an in-process API, now that the core runs in a thread. It exists
 * only in test workers; the app's worker (core-worker.ts) never reads it and is never built with it.
 */
export interface TestControl {
  /** Moves the core's clock forward, as if that much time had passed (history intervals, due days). */
  advanceClock(ms: number): Promise<void>
  /** Every row of every table of the open journal, as text: what the database really holds. */
  dumpTables(): Promise<string>
}

type Command = { [K in keyof TestControl]: { command: K; args: Parameters<TestControl[K]> } }[keyof TestControl]
type Reply = { id: number; ok: true; value: unknown } | { id: number; ok: false; message: string }

/** The host's end: each command is numbered and its reply matched by number. */
export function testControlClient(port: MessagePort): TestControl {
  const waiting = new Map<number, (reply: Reply) => void>()
  let lastId = 0
  port.on('message', (reply: Reply) => {
    waiting.get(reply.id)?.(reply)
    waiting.delete(reply.id)
  })
  port.unref()
  const send = <T>(command: Command): Promise<T> =>
    new Promise((resolve, reject) => {
      const id = ++lastId
      waiting.set(id, (reply) => (reply.ok ? resolve(reply.value as T) : reject(new Error(reply.message))))
      port.postMessage({ id, ...command })
    })
  return {
    advanceClock: (ms) => send({ command: 'advanceClock', args: [ms] }),
    dumpTables: () => send({ command: 'dumpTables', args: [] }),
  }
}

/** The worker's end, over the running API and the clock offset the test worker's clock adds. */
export function serveTestControl(port: MessagePort, api: AppApi, clock: { offsetMs: number }): void {
  const handlers: TestControl = {
    async advanceClock(ms) {
      clock.offsetMs += ms
    },
    async dumpTables() {
      const db = api.vault.database()
      const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]
      return tables.map((table) => JSON.stringify(db.prepare(`SELECT * FROM "${table}"`).all())).join('\n')
    },
  }
  port.on('message', (message: { id: number } & Command) => {
    const run = handlers[message.command] as (...args: unknown[]) => Promise<unknown>
    run(...message.args).then(
      (value) => port.postMessage({ id: message.id, ok: true, value }),
      (error: unknown) => port.postMessage({ id: message.id, ok: false, message: String(error) }),
    )
  })
}
