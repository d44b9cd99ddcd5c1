import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { Entry, MendEvent, Result } from '../../electron/contract'
import { CORE_STOPPED, FromCore } from '../../electron/core-host/protocol'
import { GOOD_PASSPHRASE, makeTempDir } from '../helpers/temp-vault'
import { startTestCore, type TestCore } from '../helpers/test-core'

/**
 * Issue 20: if the core's thread dies, every request still waiting gets a typed error, the window
 * is told, a new worker starts locked, and nothing that was acknowledged is lost. And a message
 * between host and worker that does not fit the protocol gets a typed error, not a crash.
 */
describe('the core worker stopping unexpectedly', () => {
  let temp: ReturnType<typeof makeTempDir>
  let core: TestCore
  afterEach(async () => {
    await core.stop()
    temp.remove()
  })

  it('answers what was waiting with a typed error, restarts locked, and keeps every acknowledged save', async () => {
    temp = makeTempDir('mend-core-crash-')
    core = startTestCore(join(temp.path, 'vault'))
    await core.call('vault.create', { passphrase: GOOD_PASSPHRASE })
    const acknowledged: number[] = []
    for (let i = 0; i < 20; i += 1) {
      acknowledged.push((await core.call<Entry>('journal.createEntry', { title: `Saved ${i}`, body: 'Kept.' })).id)
    }
    // A stream of saves in flight, and the thread ended in the middle of it.
    const inFlight: Array<Promise<Result<unknown>>> = []
    for (let i = 0; i < 200; i += 1) {
      inFlight.push(core.host.invoke('journal.createEntry', { title: `In flight ${i}`, body: 'Maybe.' }))
    }
    await inFlight[5]
    const dead = core.worker()
    await dead.terminate()
    const answers = await Promise.all(inFlight)

    const stopped = answers.filter((answer) => !answer.ok)
    expect(stopped.length).toBeGreaterThan(0)
    for (const answer of stopped) expect(answer).toEqual({ ok: false, error: CORE_STOPPED })
    for (const answer of answers.filter((a) => a.ok)) acknowledged.push((answer as { value: Entry }).value.id)
    expect(core.events).toContainEqual({ type: 'core.restarted' } satisfies MendEvent)
    expect(core.worker()).not.toBe(dead)

    // The new worker starts locked, on the same journal.
    expect(await core.host.invoke('vault.getStatus', {})).toMatchObject({ ok: true, value: { state: 'locked' } })
    expect(await core.host.invoke('journal.getEntry', { id: acknowledged[0] })).toMatchObject({
      ok: false,
      error: { code: 'LOCKED' },
    })
    await core.call('vault.unlock', { passphrase: GOOD_PASSPHRASE })
    for (const id of acknowledged) {
      expect(await core.host.invoke('journal.getEntry', { id }), `entry ${id}`).toMatchObject({ ok: true })
    }
    expect(acknowledged.length).toBeGreaterThan(20)
  })

  it('gives a typed error to a message that does not fit the protocol, and keeps serving', async () => {
    temp = makeTempDir('mend-core-protocol-')
    core = startTestCore(join(temp.path, 'vault'))
    const worker = core.worker()
    const raw: unknown[] = []
    worker.on('message', (message) => raw.push(message))
    const replyTo = (id: number) =>
      new Promise<unknown>((resolve) => {
        const look = (message: unknown) => (message as { id?: number }).id === id && resolve(message)
        raw.forEach(look)
        worker.on('message', look)
      })
    const unreadable = () => raw.filter((message) => (message as { kind?: string }).kind === 'unreadable').length

    // Named a request: answered, by its number, with INVALID_INPUT.
    worker.postMessage({ kind: 'invoke', id: 900_001, procedure: 'vault.getStatus', input: {}, admin: true })
    worker.postMessage({ kind: 'call', id: 900_002, name: 'exportEverything' })
    worker.postMessage({ kind: 'transmogrify', id: 900_003 })
    for (const id of [900_001, 900_002, 900_003]) {
      const reply = FromCore.parse(await replyTo(id))
      expect(reply).toMatchObject({ kind: 'result', id, result: { ok: false, error: { code: 'INVALID_INPUT' } } })
    }
    // Named none: said so, and dropped.
    for (const garbage of ['hello', null, 42, { kind: 'lock', reason: 'because' }, { kind: 'invoke', id: -1 }]) {
      const before = unreadable()
      worker.postMessage(garbage)
      await expect.poll(unreadable).toBe(before + 1)
    }
    // A request the host cannot even pass on (it cannot be cloned) is refused the same way.
    expect(await core.host.invoke('vault.getStatus', { now: () => 1 })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    })
    expect(await core.host.invoke('vault.getStatus', {})).toMatchObject({ ok: true, value: { state: 'none' } })
    expect(core.events.filter((event) => event.type === 'core.restarted')).toEqual([])
  })
})
