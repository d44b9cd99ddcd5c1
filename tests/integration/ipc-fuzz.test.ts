import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { procedures, type ProcedureName, type Result } from '../../electron/contract'
import { GOOD_PASSPHRASE, makeVault } from '../helpers/temp-vault'
import { seedVault, startFuzzApp, type FuzzApp } from '../helpers/fuzz-app'
import { payloadArbitrary } from '../helpers/fuzz-payloads'
import { asDelivered, judge, newTally, report, sketch, type Tally } from '../helpers/fuzz-tally'
import { bigValuesOnce, type Transport } from '../helpers/fuzz-values'

/**
 * IPC fuzzing (issue 9, "Bad input"): for every procedure in the contract, generated malformed
 * payloads (wrong types, missing and extra fields, huge strings, deep nesting, __proto__ keys, NaN,
 * invalid dates, lone surrogates, non-plain objects) reach the router the way Electron IPC, the HTTP
 * bridge and in-process callers deliver them, against a real encrypted vault. Every answer must be
 * a typed INVALID_INPUT (LOCKED while locked), except for payloads the procedure's own schema
 * accepts, which may do their work but never crash.
 *
 * CI runs 10,000 payloads; `MEND_RELIABILITY=full` runs 100,000. MEND_FUZZ_SEED replays a run.
 */
const FULL = process.env.MEND_RELIABILITY === 'full'
const TOTAL = FULL ? 100_000 : 10_000
const SEED = Number(process.env.MEND_FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31))
const NAMES = Object.keys(procedures) as ProcedureName[]
const PER_PROCEDURE = Math.ceil(TOTAL / NAMES.length)
/** Electron IPC is the product's transport, so it gets most payloads; the bridge (slowest) the fewest. */
const SHARE: Record<Transport, number> = { ipc: 0.8, 'in-process': 0.15, http: 0.05 }
/** While locked every procedure is called too (the lock check comes before validation). */
const LOCKED_PER_PROCEDURE = FULL ? 100 : 12

function seedFor(name: string, transport: string): number {
  let hash = SEED
  for (const char of `${name}/${transport}`) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) | 0
  return hash
}

/** Rows this connection inserted, updated or deleted so far (null while locked). */
function rowsWritten(app: FuzzApp): number | null {
  if (!app.api.vault.isUnlocked) return null
  return app.api.vault.database().prepare<[], { n: number }>('SELECT total_changes() AS n').get()!.n
}

/** Sends one payload the way `transport` would and judges the answer; true when the payload was malformed. */
async function sendOne(
  app: FuzzApp,
  tally: Tally,
  name: ProcedureName,
  transport: Transport,
  payload: unknown,
  locked: boolean,
): Promise<boolean> {
  let way = transport
  let received: unknown
  try {
    received = asDelivered(payload, transport)
  } catch {
    // Electron's renderer (or the browser's JSON.stringify) would have thrown before sending.
    tally.rerouted += 1
    way = 'in-process'
    received = payload
  }
  const send = way === 'ipc' ? app.ipc : way === 'http' ? app.http : app.direct
  const writesBefore = rowsWritten(app)
  const logsBefore = app.loggedErrors.length
  let reply: Result<unknown>
  try {
    reply = await send(name, payload)
  } catch (error) {
    tally.problems.push(`${way} ${name}: the call threw ${String(error).slice(0, 200)}; payload ${sketch(payload)}`)
    return true
  }
  const accepted = judge(tally, name, way, { payload, received }, reply, locked)
  for (const line of app.loggedErrors.splice(logsBefore)) {
    tally.problems.push(`${way} ${name}: logged "${line.slice(0, 200)}"; payload ${sketch(payload)}`)
  }
  // Validation that threw (a getter, a proxy, a `length` zod cannot compare): refused, and only warned.
  tally.unreadable += app.warnings.splice(0).filter((line) => line.endsWith('a request could not be read')).length
  if (!reply.ok && reply.error.code === 'INVALID_INPUT' && rowsWritten(app) !== writesBefore) {
    tally.problems.push(`${way} ${name}: refused input still wrote rows; payload ${sketch(payload)}`)
  }
  // A payload that happened to be a valid vault.lock (or restore) changes the state the next one meets.
  if (locked) {
    if (app.api.vault.isUnlocked) await app.api.lock('manual')
  } else await app.ensureUnlocked()
  return !accepted
}

/** Generates and sends payloads until `malformed` of them were malformed (valid ones come on top). */
async function fuzz(
  app: FuzzApp,
  tally: Tally,
  name: ProcedureName,
  transport: Transport,
  malformed: number,
  locked: boolean,
): Promise<void> {
  const arbitrary = payloadArbitrary(procedures[name].input, transport)
  let sent = 0
  // A bounded number of batches: a schema that accepted nearly everything would show as too few payloads.
  for (let batch = 0; sent < malformed && batch < 20; batch += 1) {
    const payloads = fc.sample(arbitrary, { numRuns: malformed - sent, seed: seedFor(name, `${transport}/${batch}`) })
    for (const payload of payloads) {
      if (await sendOne(app, tally, name, transport, payload, locked)) sent += 1
    }
  }
  tally.perProcedure.set(name, (tally.perProcedure.get(name) ?? 0) + sent)
}

function prototypesSnapshot(): string[] {
  return [Object.prototype, Array.prototype, Function.prototype, String.prototype].flatMap((proto) =>
    Reflect.ownKeys(proto).map(String),
  )
}

describe('every procedure, fuzzed with malformed payloads on a real encrypted vault', () => {
  let app: FuzzApp
  const unhandled: unknown[] = []
  const onUnhandled = (reason: unknown) => unhandled.push(reason)
  const prototypesBefore = prototypesSnapshot()

  beforeAll(async () => {
    process.on('unhandledRejection', onUnhandled)
    process.on('uncaughtException', onUnhandled)
    bigValuesOnce()
    app = await startFuzzApp()
    await seedVault(app)
  })
  afterAll(async () => {
    process.off('unhandledRejection', onUnhandled)
    process.off('uncaughtException', onUnhandled)
    await app?.close()
  })

  it(`answers ${TOTAL.toLocaleString('en')} malformed payloads while unlocked with INVALID_INPUT, and nothing crashes`, async () => {
    const tally = newTally()
    const started = performance.now()
    for (const name of NAMES) {
      for (const transport of Object.keys(SHARE) as Transport[]) {
        await fuzz(app, tally, name, transport, Math.ceil(PER_PROCEDURE * SHARE[transport]), false)
      }
    }
    // Rejections nobody awaited surface on a later turn of the event loop.
    await new Promise((resolve) => setTimeout(resolve, 50))
    report('unlocked', tally, performance.now() - started, SEED)

    expect(tally.problems.slice(0, 10)).toEqual([])
    expect(NAMES.filter((name) => (tally.perProcedure.get(name) ?? 0) < PER_PROCEDURE)).toEqual([])
    expect([...tally.perProcedure.values()].reduce((sum, n) => sum + n, 0)).toBeGreaterThanOrEqual(TOTAL)
    expect(unhandled.map(String)).toEqual([])
    expect(app.loggedErrors).toEqual([])
    expect(prototypesSnapshot()).toEqual(prototypesBefore)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  }, 600_000)

  it('answers LOCKED (or INVALID_INPUT for the vault’s own procedures) while locked', async () => {
    await app.api.lock('manual')
    const tally = newTally()
    const started = performance.now()
    for (const name of NAMES) await fuzz(app, tally, name, 'ipc', LOCKED_PER_PROCEDURE, true)
    await new Promise((resolve) => setTimeout(resolve, 50))
    report('locked', tally, performance.now() - started, SEED)

    expect(tally.problems.slice(0, 10)).toEqual([])
    expect(tally.byCode.get('LOCKED')).toBeGreaterThan(0)
    expect(unhandled.map(String)).toEqual([])
    expect(app.loggedErrors).toEqual([])
    expect(prototypesSnapshot()).toEqual(prototypesBefore)
  }, 300_000)

  // Found by this fuzzer: the key survived structured clone holding undefined, and settings.update
  // answered INTERNAL (the merged settings failed their own schema).
  it('treats a settings key that arrives over IPC holding undefined as not given', async () => {
    await app.ensureUnlocked()
    const saved = await app.ipc('settings.update', { quietHours: { start: '23:00', end: '07:00' } })
    expect(saved.ok).toBe(true)
    const reply = await app.ipc('settings.update', {
      backupsToKeep: 3,
      quietHours: undefined,
      autoLockMinutes: undefined,
    })
    expect(reply).toMatchObject({
      ok: true,
      value: { backupsToKeep: 3, quietHours: { start: '23:00', end: '07:00' }, autoLockMinutes: expect.any(Number) },
    })
    expect(await app.ipc('settings.get', {})).toEqual(reply)
    expect(app.loggedErrors).toEqual([])
  })

  // Found by this fuzzer: zod 4 compares the `length` of any object against `.max()`, and this one
  // cannot be turned into a number. Structured clone carries it, so the renderer could send it.
  it('refuses an object whose length cannot be compared as INVALID_INPUT, without logging an error', async () => {
    await app.ensureUnlocked()
    const odd = { length: { toString: {}, valueOf: {} } }
    expect(await app.ipc('vault.unlock', { passphrase: odd })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    })
    expect(await app.ipc('journal.createEntry', { tags: odd })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    })
    expect(app.loggedErrors).toEqual([])
    expect(app.warnings.splice(0)).toEqual([
      'vault.unlock: a request could not be read',
      'journal.createEntry: a request could not be read',
    ])
  })

  it('answers raw bridge bodies that are not a well-formed request with INVALID_INPUT', async () => {
    await app.ensureUnlocked()
    const request = (input: string) => `{"procedure":"journal.createEntry","input":${input}}`
    const deep = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`
    const bodies: Array<[string, string | Buffer]> = [
      ['not JSON', 'procedure=journal.getEntry&id=1'],
      ['cut short', request('{"body":"a').slice(0, 50)],
      ['empty', ''],
      ['JSON null', 'null'],
      ['invalid UTF-8', Buffer.from([0x7b, 0xff, 0xfe, 0x7d])],
      ['input 100,000 arrays deep', request(deep(100_000))],
      ['body nested 100,000 levels deep', request(`{"body":${deep(100_000)}}`)],
      [
        '__proto__ and constructor keys',
        request('{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}}}'),
      ],
      ['a 15 MB title', request(`{"title":"${'t'.repeat(15 * 1024 * 1024)}"}`)],
      ['a 17 MB body, over the bridge limit', request(`{"body":"${'b'.repeat(17 * 1024 * 1024)}"}`)],
    ]
    const answers: string[] = []
    for (const [label, body] of bodies) {
      const reply = await app.httpRaw(body)
      const result = JSON.parse(reply.body) as Result<unknown>
      answers.push(`${label}: ${reply.status} ${result.ok ? 'ok' : result.error.code}`)
    }
    expect(answers).toEqual(bodies.map(([label]) => `${label}: 200 INVALID_INPUT`))
    expect(app.loggedErrors).toEqual([])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('leaves a vault that opens afresh and passes integrity_check', async () => {
    await app.api.lock('manual')
    // The same clock as the app's: a wrong fuzzed passphrase's throttle is timed by it.
    app.clock.advance(10 * 60_000)
    const vault = makeVault(app.vaultDir, { clock: app.clock })
    await vault.unlock(GOOD_PASSPHRASE)
    try {
      const db = vault.database()
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
      expect(db.pragma('foreign_key_check')).toEqual([])
    } finally {
      await vault.lock()
    }
  })
})
