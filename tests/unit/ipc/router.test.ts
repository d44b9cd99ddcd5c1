import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { MendErrorPayload, procedures, type Result } from '../../../electron/contract'
import { silentLogger, type Logger } from '../../../electron/core'
import { createAppApi, createRouter, type AppApi, type Handlers } from '../../../electron/ipc'
import { FAST_SCRYPT, GOOD_PASSPHRASE, makeTempDir } from '../../helpers/temp-vault'

const MB = 1024 * 1024

function expectFailure(result: Result<unknown>, code: string): MendErrorPayload {
  expect(result.ok).toBe(false)
  if (result.ok) throw new Error('unreachable')
  expect(MendErrorPayload.safeParse(result.error).success).toBe(true)
  expect(result.error.code).toBe(code)
  return result.error
}

describe('router', () => {
  let temp: ReturnType<typeof makeTempDir>
  let dir: string
  let api: AppApi
  beforeEach(() => {
    temp = makeTempDir()
    dir = join(temp.path, 'vault')
    api = createAppApi({ directory: dir, scrypt: FAST_SCRYPT, logger: silentLogger })
  })
  afterEach(() => {
    api.vault.lockNow()
    temp.remove()
  })
  const call = (procedure: unknown, input?: unknown) => api.router.dispatch(procedure, input)

  it('answers a known procedure with an ok envelope', async () => {
    expect(await call('vault.getStatus', {})).toEqual({
      ok: true,
      value: { state: 'none', retryAfterMs: 0, location: dir },
    })
  })

  it.each(['journal.deleteEverything', '', 'vault.getstatus', ' vault.getStatus', 'vault'])(
    'answers the unknown procedure %j with UNKNOWN_PROCEDURE',
    async (name) => {
      expectFailure(await call(name, {}), 'UNKNOWN_PROCEDURE')
    },
  )

  it.each<[string, unknown]>([
    ['a number', 42],
    ['null', null],
    ['undefined', undefined],
    ['an object', { name: 'vault.getStatus' }],
    ['an array', ['vault.getStatus']],
  ])('answers a procedure name that is %s with UNKNOWN_PROCEDURE', async (_label, name) => {
    expectFailure(await call(name, {}), 'UNKNOWN_PROCEDURE')
  })

  it.each(['__proto__', 'toString', 'constructor', 'hasOwnProperty', 'valueOf', '__defineGetter__'])(
    'does not dispatch to the inherited property %s (UNKNOWN_PROCEDURE)',
    async (name) => {
      expectFailure(await call(name, {}), 'UNKNOWN_PROCEDURE')
    },
  )

  it('answers every procedure outside the vault with LOCKED while locked', async () => {
    const guarded = Object.entries(procedures)
      .filter(([, d]) => !d.whileLocked)
      .map(([name]) => name)
    expect(guarded).toContain('vault.getInfo')
    for (const name of guarded) expectFailure(await call(name, {}), 'LOCKED')
    await call('vault.create', { passphrase: GOOD_PASSPHRASE })
    await call('vault.lock', {})
    for (const name of guarded) expectFailure(await call(name, {}), 'LOCKED')
  })

  describe('invalid input names the field and never crashes', () => {
    it.each<[string, string, unknown, string]>([
      ['a number passphrase', 'vault.create', { passphrase: 12345678901 }, 'passphrase'],
      ['a missing passphrase', 'vault.create', {}, 'passphrase'],
      ['a missing passphrase on unlock', 'vault.unlock', { passphrase: undefined }, 'passphrase'],
      ['an empty passphrase', 'vault.unlock', { passphrase: '' }, 'passphrase'],
      ['a passphrase array', 'vault.unlock', { passphrase: [GOOD_PASSPHRASE] }, 'passphrase'],
      ['a number displayName', 'vault.create', { passphrase: GOOD_PASSPHRASE, displayName: 5 }, 'displayName'],
      ['an extra field on create', 'vault.create', { passphrase: GOOD_PASSPHRASE, isAdmin: true }, 'isAdmin'],
      ['an extra field on unlock', 'vault.unlock', { passphrase: GOOD_PASSPHRASE, skipThrottle: true }, 'skipThrottle'],
      ['an extra field on an empty input', 'vault.getStatus', { verbose: 1 }, 'verbose'],
      ['a 1 MB passphrase', 'vault.create', { passphrase: 'x'.repeat(MB) }, 'passphrase'],
      ['a 1 MB passphrase on unlock', 'vault.unlock', { passphrase: 'y'.repeat(MB) }, 'passphrase'],
      [
        'a 1 MB displayName',
        'vault.create',
        { passphrase: GOOD_PASSPHRASE, displayName: 'z'.repeat(MB) },
        'displayName',
      ],
    ])('%s gives INVALID_INPUT on that field', async (_label, procedure, input, field) => {
      const error = expectFailure(await call(procedure, input), 'INVALID_INPUT')
      expect(error.field).toBe(field)
      expect(error.message.length).toBeLessThan(300)
      expect(error.message).not.toContain(GOOD_PASSPHRASE)
    })

    it.each<[string, unknown]>([
      ['null', null],
      ['a string', 'passphrase'],
      ['an array', []],
    ])('an input that is %s gives INVALID_INPUT', async (_label, input) => {
      expectFailure(await call('vault.create', input), 'INVALID_INPUT')
    })

    it('leaves the app working: nothing was created, and create then getInfo succeed', async () => {
      await call('vault.create', { passphrase: 'x'.repeat(MB) })
      await call('vault.create', { passphrase: GOOD_PASSPHRASE, displayName: 'z'.repeat(MB) })
      await call('vault.create', { passphrase: GOOD_PASSPHRASE, isAdmin: true })
      expect(await call('vault.getStatus', {})).toEqual({
        ok: true,
        value: { state: 'none', retryAfterMs: 0, location: dir },
      })
      expect(() => readdirSync(dir)).toThrow()

      const created = await call('vault.create', { passphrase: GOOD_PASSPHRASE, displayName: '  Sam  ' })
      expect(created).toMatchObject({ ok: true, value: { info: { displayName: 'Sam', location: dir } } })
      if (!created.ok) throw new Error('create failed')
      expect(await call('vault.getInfo', {})).toEqual({ ok: true, value: (created.value as { info: unknown }).info })
    })
  })

  it('passes core failures through as their typed payload (weak passphrase, wrong passphrase)', async () => {
    expect(expectFailure(await call('vault.create', { passphrase: 'short' }), 'INVALID_INPUT').field).toBe('passphrase')
    await call('vault.create', { passphrase: GOOD_PASSPHRASE })
    await call('vault.lock', {})
    const wrong = expectFailure(
      await call('vault.unlock', { passphrase: 'not the right one at all' }),
      'WRONG_PASSPHRASE',
    )
    expect(wrong.retryAfterMs).toBeGreaterThan(0)
    expect(wrong.retryAfterMs).toBeLessThanOrEqual(1_000)
    expectFailure(await call('vault.unlock', { passphrase: GOOD_PASSPHRASE }), 'TOO_MANY_ATTEMPTS')
  })

  it('stores a blank displayName as none', async () => {
    const created = await call('vault.create', { passphrase: GOOD_PASSPHRASE, displayName: '   ' })
    expect(created).toMatchObject({ ok: true, value: { info: { displayName: null } } })
  })
})

describe('router with failing handlers', () => {
  const logged: string[] = []
  const logger: Logger = { ...silentLogger, error: (message) => logged.push(message) }
  let temp: ReturnType<typeof makeTempDir>
  beforeEach(() => {
    temp = makeTempDir()
    logged.length = 0
  })
  afterEach(() => temp.remove())

  function routerWith(overrides: Partial<Handlers>) {
    const api = createAppApi({ directory: temp.path, scrypt: FAST_SCRYPT, logger })
    return createRouter({ ...api.handlers, ...overrides }, { isUnlocked: () => true, logger })
  }

  it('turns a plain Error into INTERNAL with a generic message, leaking none of its text', async () => {
    const router = routerWith({
      'vault.getStatus': () => {
        throw new Error('SQLITE_ERROR near "my secret diary entry"')
      },
    })
    const error = expectFailure(await router.dispatch('vault.getStatus', {}), 'INTERNAL')
    expect(error.message).not.toMatch(/secret|diary|SQLITE/)
    expect(logged.join(' ')).toContain('vault.getStatus')
    expect(logged.join(' ')).not.toContain('secret diary')
  })

  it('turns a thrown non-Error value and a rejected promise into INTERNAL', async () => {
    const router = routerWith({
      'vault.getStatus': () => {
        throw 'a string'
      },
      'vault.getInfo': () => Promise.reject(new TypeError('x is undefined')),
    })
    expectFailure(await router.dispatch('vault.getStatus', {}), 'INTERNAL')
    expectFailure(await router.dispatch('vault.getInfo', {}), 'INTERNAL')
  })

  it('refuses output that breaks the contract with INTERNAL instead of passing it on', async () => {
    const router = routerWith({
      'vault.getStatus': () => ({ state: 'unlocked', retryAfterMs: 0, dataKey: 'deadbeef' }) as never,
    })
    const result = await router.dispatch('vault.getStatus', {})
    expectFailure(result, 'INTERNAL')
    expect(JSON.stringify(result)).not.toContain('deadbeef')
  })

  it('never rejects, even when reading the input throws (in-process callers can pass anything)', async () => {
    const router = routerWith({})
    const hostile = {
      get passphrase(): string {
        throw new Error('getter exploded')
      },
    }
    const outcome = await router.dispatch('vault.unlock', hostile).then(
      (result) => ({ resolved: result }),
      (error: unknown) => ({ rejected: String(error) }),
    )
    expect(outcome).not.toHaveProperty('rejected')
    expect(outcome).toMatchObject({ resolved: { ok: false } })
  })
})
