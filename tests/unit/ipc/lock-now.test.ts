import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { MendEvent } from '../../../electron/contract'
import { BackupService, silentLogger } from '../../../electron/core'
import { createAppApi, type AppApi } from '../../../electron/ipc'
import { fakeTimers } from '../../helpers/fake-timers'
import { GOOD_PASSPHRASE, makeTempDir, makeVault } from '../../helpers/temp-vault'
import { expectMendError } from '../../helpers/vault-files'

/** About 50 ms of key derivation here: long enough to lock while it runs. */
const SLOW_SCRYPT = { N: 2 ** 15, r: 8, p: 1 }
const OTHER_PASSPHRASE = 'another strong passphrase 93 owl'
const NEW_PASSPHRASE = 'a different long passphrase 55 heron'

/**
 * The queued operation has started and handed its scrypt to libuv's pool (it took its copy of the
 * key first): everything queued as microtasks has run once a macrotask comes round.
 */
const derivationStarted = () => new Promise<void>((resolve) => setImmediate(resolve))

/**
 * Every lock the app makes (the button, idle, sleep, screen lock, quit) closes the journal at
 * once, even while other work waits on the vault: a key derivation in progress must not keep the
 * journal open behind a closed lid.
 */
describe('locking never waits behind work in progress', () => {
  let temp: ReturnType<typeof makeTempDir>
  let api: AppApi
  let events: MendEvent[]
  beforeEach(async () => {
    temp = makeTempDir()
    api = createAppApi({
      directory: join(temp.path, 'vault'),
      scrypt: SLOW_SCRYPT,
      logger: silentLogger,
      timers: fakeTimers(),
    })
    events = []
    api.events.subscribe((event) => events.push(event))
    await api.router.dispatch('vault.create', { passphrase: GOOD_PASSPHRASE })
  })
  afterEach(() => {
    api.vault.lockNow()
    temp.remove()
  })

  it.each(['suspend', 'screen-lock', 'idle', 'shutdown'] as const)(
    'a %s lock during a passphrase change closes the journal before the change finishes',
    async (reason) => {
      const change = api.router.dispatch('vault.changePassphrase', {
        currentPassphrase: GOOD_PASSPHRASE,
        newPassphrase: NEW_PASSPHRASE,
      })
      await derivationStarted()
      void api.lock(reason)
      // Synchronously: no await between the lock and this check.
      expect(api.vault.isUnlocked).toBe(false)
      expect(events).toEqual([{ type: 'vault.locked', reason }])
      // The change in flight used its own copy of the key and still completes correctly.
      expect(await change).toEqual({ ok: true, value: {} })
      expect(await api.router.dispatch('vault.unlock', { passphrase: NEW_PASSPHRASE })).toMatchObject({ ok: true })
    },
  )

  it('the Lock button (vault.lock) does not wait either', async () => {
    const change = api.router.dispatch('vault.changePassphrase', {
      currentPassphrase: GOOD_PASSPHRASE,
      newPassphrase: NEW_PASSPHRASE,
    })
    await derivationStarted()
    const locked = api.router.dispatch('vault.lock', {})
    expect(await Promise.race([locked, change.then(() => 'change finished first')])).toMatchObject({
      ok: true,
      value: { state: 'locked' },
    })
    await change
  })

  it('a lock during an unlock leaves the journal locked; the unlock answers LOCKED', async () => {
    await api.lock('manual')
    events.length = 0
    const unlock = api.router.dispatch('vault.unlock', { passphrase: GOOD_PASSPHRASE })
    await derivationStarted()
    void api.lock('suspend')
    expect(await unlock).toMatchObject({ ok: false, error: { code: 'LOCKED' } })
    expect(api.vault.isUnlocked).toBe(false)
    expect(api.vault.status().state).toBe('locked')
    // The next unlock works as usual.
    expect(await api.router.dispatch('vault.unlock', { passphrase: GOOD_PASSPHRASE })).toMatchObject({ ok: true })
  })
})

describe("another journal's backup: its key is derived outside the vault's queue", () => {
  let temp: ReturnType<typeof makeTempDir>
  afterEach(() => temp.remove())

  it('the journal keeps working (and can lock) while a backup passphrase is being checked', async () => {
    temp = makeTempDir()
    const other = makeVault(join(temp.path, 'other'), { scrypt: { N: 2 ** 16, r: 8, p: 1 } })
    await other.create(OTHER_PASSPHRASE)
    const foreign = (await new BackupService(other, silentLogger).create()).path
    other.lockNow()
    const vault = makeVault(join(temp.path, 'mine'))
    const backups = new BackupService(vault, silentLogger)
    await vault.create(GOOD_PASSPHRASE)

    let inspected = false
    const inspecting = backups.inspect(foreign, OTHER_PASSPHRASE).then((contents) => {
      inspected = true
      return contents
    })
    // Work queued on the vault now runs while the backup's scrypt is still deriving.
    expect(await vault.exclusive(() => inspected)).toBe(false)
    expect((await inspecting).sameJournal).toBe(false)

    // And a restore whose lock comes during the derivation restores nothing.
    const restoring = backups.restore(foreign, OTHER_PASSPHRASE)
    vault.lockNow()
    await expectMendError(restoring, 'LOCKED')
    expect(vault.isUnlocked).toBe(false)
  })
})
