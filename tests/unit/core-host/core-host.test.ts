import { EventEmitter } from 'node:events'
import { describe, expect, it } from 'vitest'
import type { MendEvent } from '../../../electron/contract'
import { silentLogger, type Logger } from '../../../electron/core'
import { startCoreHost, type HostServices } from '../../../electron/core-host'
import type { CoreWorkerHandle } from '../../../electron/core-host/core-host'
import { CORE_STOPPED } from '../../../electron/core-host/protocol'
import { noDialogs } from '../../../electron/ipc'
import { WorkFlags } from '../../../electron/ipc/work-flags'

/** A worker thread as the host sees one: what it was sent, and a way to make it answer or die. */
class FakeWorker extends EventEmitter implements CoreWorkerHandle {
  sent: Array<Record<string, unknown>> = []
  terminated = false
  constructor(readonly flags: WorkFlags) {
    super()
  }
  postMessage(message: unknown): void {
    this.sent.push(structuredClone(message) as Record<string, unknown>)
  }
  async terminate(): Promise<number> {
    this.terminated = true
    this.emit('exit', 1)
    return 1
  }
  say(message: unknown): void {
    this.emit('message', message)
  }
  lastOf(kind: string) {
    return this.sent.filter((message) => message['kind'] === kind).at(-1)
  }
}

function setUp(options: { services?: Partial<HostServices>; now?: () => number } = {}) {
  const workers: FakeWorker[] = []
  const logged: string[] = []
  const logger: Logger = {
    ...silentLogger,
    warn: (message) => logged.push(message),
    error: (message) => logged.push(message),
  }
  const host = startCoreHost({
    spawn: (buffer) => {
      const worker = new FakeWorker(new WorkFlags(buffer))
      workers.push(worker)
      return worker
    },
    services: { dialogs: noDialogs, takeBackupFile: () => null, ...options.services },
    logger,
    ...(options.now ? { now: options.now } : {}),
  })
  const events: MendEvent[] = []
  host.subscribe((event) => events.push(event))
  return { host, workers, current: () => workers.at(-1)!, events, logged }
}

describe("the core host (main's side of the worker)", () => {
  it('numbers every request and matches each answer by its number, whatever the order', async () => {
    const { host, current } = setUp()
    const first = host.invoke('journal.getEntry', { id: 1 })
    const second = host.invoke('journal.getEntry', { id: 2 })
    const [a, b] = current().sent
    expect(a).toMatchObject({ kind: 'invoke', procedure: 'journal.getEntry', input: { id: 1 } })
    expect(b!['id']).not.toBe(a!['id'])
    current().say({ kind: 'result', id: b!['id'], result: { ok: true, value: 'second' } })
    current().say({ kind: 'result', id: a!['id'], result: { ok: true, value: 'first' } })
    expect(await first).toEqual({ ok: true, value: 'first' })
    expect(await second).toEqual({ ok: true, value: 'second' })
  })

  it('gives a typed error to a request whose answer does not fit the protocol, and drops other junk', async () => {
    const { host, current, logged, events } = setUp()
    const asked = host.invoke('vault.getStatus', {})
    const { id } = current().sent[0]!
    current().say({ kind: 'nonsense' })
    current().say('text')
    current().say({ kind: 'event', event: { type: 'vault.exploded' } })
    current().say({ kind: 'result', id, result: { ok: 'maybe' } })
    expect(await asked).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
    expect(logged.filter((line) => line.includes('cannot read'))).toHaveLength(4)
    expect(events).toEqual([])
  })

  it('locks at once: the flag first, then the message, and the window is told only once', () => {
    const { host, current, events } = setUp()
    current().say({ kind: 'state', unlocked: true, lockWhenHidden: true })
    expect(host.state).toEqual({ unlocked: true, lockWhenHidden: true })
    host.lock('suspend')
    expect(current().flags.lockRequested()).toBe(true)
    expect(current().lastOf('lock')).toEqual({ kind: 'lock', reason: 'suspend' })
    expect(events).toEqual([{ type: 'vault.locked', reason: 'suspend' }])
    // The worker's own word on the same lock is not repeated; nor is a second lock while locked.
    current().say({ kind: 'event', event: { type: 'vault.locked', reason: 'suspend' } })
    host.lock('screen-lock')
    expect(events).toHaveLength(1)
    // An idle lock the worker decided on itself reaches the window.
    current().say({ kind: 'state', unlocked: true, lockWhenHidden: false })
    current().say({ kind: 'event', event: { type: 'vault.locked', reason: 'idle' } })
    expect(events.at(-1)).toEqual({ type: 'vault.locked', reason: 'idle' })
  })

  it('acts on the Lock button and on Cancel before the worker has read either request', () => {
    const { host, current } = setUp()
    void host.invoke('vault.lock', {})
    expect(current().sent.map((message) => message['kind'])).toEqual(['lock', 'invoke'])
    void host.invoke('session.cancelWork', {})
    expect(current().flags.cancelRequested()).toBe(true)
  })

  it("answers the worker's asks from main's services, and says so when one fails", async () => {
    const { current } = setUp({
      services: {
        dialogs: { ...noDialogs, choosePdfTarget: async (name) => `/home/robin/${name}` },
        takeBackupFile: () => {
          throw new Error('no')
        },
      },
    })
    current().say({ kind: 'ask', id: 7, ask: { name: 'choosePdfTarget', suggestedName: 'Mend plan.pdf' } })
    current().say({ kind: 'ask', id: 8, ask: { name: 'takeBackupFile' } })
    await expect.poll(() => current().sent.length).toBe(2)
    expect([...current().sent].sort((a, b) => Number(a['id']) - Number(b['id']))).toEqual([
      { kind: 'answer', id: 7, value: '/home/robin/Mend plan.pdf' },
      { kind: 'answer', id: 8, failed: 'takeBackupFile failed' },
    ])
  })

  it('when the worker dies: typed errors for what waited, the window told, a new worker started locked', async () => {
    const { host, workers, current, events } = setUp()
    current().say({ kind: 'state', unlocked: true, lockWhenHidden: false })
    current().flags.requestCancel()
    const waiting = host.invoke('journal.createEntry', { title: 'Half typed' })
    current().emit('exit', 1)
    expect(await waiting).toEqual({ ok: false, error: CORE_STOPPED })
    expect(events).toEqual([{ type: 'core.restarted' }])
    expect(workers).toHaveLength(2)
    expect(host.state.unlocked).toBe(false)
    // The new worker starts with clear flags and serves the next request.
    expect(current().flags.cancelRequested()).toBe(false)
    const next = host.invoke('vault.getStatus', {})
    current().say({ kind: 'result', id: current().sent[0]!['id'], result: { ok: true, value: 'locked' } })
    expect(await next).toEqual({ ok: true, value: 'locked' })
  })

  it('stops restarting a worker that keeps dying, and answers at once instead of waiting forever', async () => {
    let time = 0
    const { host, workers, current } = setUp({ now: () => time })
    for (let crash = 0; crash < 4; crash += 1) {
      time += 1_000
      current().emit('exit', 1)
    }
    expect(workers).toHaveLength(4)
    expect(await host.invoke('vault.getStatus', {})).toEqual({ ok: false, error: CORE_STOPPED })
  })

  it('restarts again after a quiet minute', () => {
    let time = 0
    const { workers, current } = setUp({ now: () => time })
    for (let crash = 0; crash < 6; crash += 1) {
      time += 30_000
      current().emit('exit', 1)
    }
    expect(workers).toHaveLength(7)
  })

  it('stops by locking first, then ends the thread; a worker that never answers is ended after the timeout', async () => {
    const { host, current, events } = setUp()
    const worker = current()
    const stopping = host.stop(50)
    expect(worker.lastOf('stop')).toEqual({ kind: 'stop' })
    expect(worker.flags.lockRequested()).toBe(true)
    await stopping
    expect(worker.terminated).toBe(true)
    expect(events).toEqual([])

    const second = setUp()
    const answering = second.host.stop(60_000)
    second.current().say({ kind: 'stopped' })
    await answering
    expect(second.current().terminated).toBe(true)
  })
})
