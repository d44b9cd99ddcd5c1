import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { LATEST_SCHEMA_VERSION } from '../../electron/core'
import { GOOD_PASSPHRASE, makeTempDir, makeVault, manualClock } from '../helpers/temp-vault'
import { expectMendError, expectMendErrorSync } from '../helpers/vault-files'

describe('vault lifecycle: create, lock, unlock', () => {
  let temp: ReturnType<typeof makeTempDir>
  let dir: string
  beforeEach(() => {
    temp = makeTempDir()
    dir = join(temp.path, 'journal')
  })
  afterEach(() => temp.remove())

  it('reports "none" before a journal exists, and has no database to hand out', () => {
    const vault = makeVault(dir)
    expect(vault.status()).toEqual({ state: 'none', retryAfterMs: 0, location: dir })
    expectMendErrorSync(() => vault.database(), 'LOCKED')
  })

  it('creates an unlocked journal whose info comes from the injected clock and the given name', async () => {
    const clock = manualClock()
    const vault = makeVault(dir, { clock })
    const { info } = await vault.create(GOOD_PASSPHRASE, 'Sam & Alex')
    expect(info).toEqual({
      location: dir,
      createdAt: '2026-11-24T12:00:00.000Z',
      displayName: 'Sam & Alex',
      schemaVersion: LATEST_SCHEMA_VERSION,
      // A new recovery key was just shown: not confirmed as stored yet.
      recoveryKeyConfirmed: false,
    })
    expect(vault.status()).toEqual({ state: 'unlocked', retryAfterMs: 0, location: dir })
    expect(vault.isUnlocked).toBe(true)
    expect(vault.info()).toEqual(info)
    vault.lockNow()
  })

  it('creates a journal without a display name', async () => {
    const vault = makeVault(dir)
    expect((await vault.create(GOOD_PASSPHRASE)).info.displayName).toBeNull()
    await vault.lock()
  })

  it('after lock reports "locked" and refuses database() and info() with LOCKED', async () => {
    const vault = makeVault(dir)
    await vault.create(GOOD_PASSPHRASE, 'Sam')
    await vault.lock()
    expect(vault.status()).toEqual({ state: 'locked', retryAfterMs: 0, location: dir })
    expect(vault.isUnlocked).toBe(false)
    expectMendErrorSync(() => vault.database(), 'LOCKED')
    expectMendErrorSync(() => vault.info(), 'LOCKED')
  })

  it('leaves no -wal or -shm file behind after lock', async () => {
    const vault = makeVault(dir)
    await vault.create(GOOD_PASSPHRASE)
    expect(existsSync(join(dir, 'mend.db-wal'))).toBe(true)
    await vault.lock()
    expect(existsSync(join(dir, 'mend.db-wal'))).toBe(false)
    expect(existsSync(join(dir, 'mend.db-shm'))).toBe(false)
  })

  it('unlocks with the right passphrase, keeping createdAt and displayName, even after a restart', async () => {
    const clock = manualClock()
    const { info: created } = await makeVault(dir, { clock }).create(GOOD_PASSPHRASE, 'Sam')
    clock.advance(3 * 24 * 3600_000)
    // A fresh instance on the same folder is what an app restart looks like.
    const restarted = makeVault(dir, { clock })
    expect(restarted.status().state).toBe('locked')
    const info = await restarted.unlock(GOOD_PASSPHRASE)
    expect(info).toEqual(created)
    expect(restarted.status().state).toBe('unlocked')
    await restarted.lock()
  })

  it('keeps data written through database() across lock and unlock', async () => {
    const vault = makeVault(dir)
    await vault.create(GOOD_PASSPHRASE)
    const db = vault.database()
    db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL) STRICT')
    db.prepare('INSERT INTO notes (body) VALUES (?)').run('first note')
    db.prepare('INSERT INTO notes (body) VALUES (?)').run('second note')
    await vault.lock()

    await vault.unlock(GOOD_PASSPHRASE)
    const rows = vault.database().prepare('SELECT body FROM notes ORDER BY id').all()
    expect(rows).toEqual([{ body: 'first note' }, { body: 'second note' }])
    await vault.lock()
  })

  it('accepts the passphrase typed in another Unicode normalization form', async () => {
    const composed = 'café lantern quietly 47 river'.normalize('NFC')
    const vault = makeVault(dir)
    await vault.create(composed)
    await vault.lock()
    await vault.unlock(composed.normalize('NFD'))
    expect(vault.isUnlocked).toBe(true)
    await vault.lock()
  })

  it('treats unlock while unlocked and lock while locked as harmless no-ops', async () => {
    const vault = makeVault(dir)
    const { info } = await vault.create(GOOD_PASSPHRASE)
    expect(await vault.unlock(GOOD_PASSPHRASE)).toEqual(info)
    await vault.lock()
    await vault.lock()
    vault.lockNow()
    expect(vault.status().state).toBe('locked')
  })

  it('runs an unlock and a lock issued together one after the other, ending locked', async () => {
    const vault = makeVault(dir)
    await vault.create(GOOD_PASSPHRASE)
    await vault.lock()
    const [info] = await Promise.all([vault.unlock(GOOD_PASSPHRASE), vault.lock()])
    expect(info.location).toBe(dir)
    expect(vault.status().state).toBe('locked')
  })

  it('lockNow closes the database synchronously', async () => {
    const vault = makeVault(dir)
    await vault.create(GOOD_PASSPHRASE)
    const db = vault.database()
    vault.lockNow()
    expect(db.open).toBe(false)
    expect(vault.status().state).toBe('locked')
  })

  it('refuses to unlock where there is no journal with NO_VAULT', async () => {
    await expectMendError(makeVault(dir).unlock(GOOD_PASSPHRASE), 'NO_VAULT')
  })
})
