import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Vault } from '../../electron/core'
import { GOOD_PASSPHRASE, makeTempDir, makeVault, manualClock } from '../helpers/temp-vault'
import { expectMendError, sha256File } from '../helpers/vault-files'

const NEW_PASSPHRASE = 'another strong passphrase 93 owl'
const UNUSED_RECOVERY_KEY = 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH'

describe('vault: forgotten passphrase and the recovery key', () => {
  let temp: ReturnType<typeof makeTempDir>
  let clock: ReturnType<typeof manualClock>
  let recoveryKey: string
  let vault: Vault
  let dbPath: string
  let headerPath: string
  beforeEach(async () => {
    temp = makeTempDir()
    clock = manualClock()
    dbPath = join(temp.path, 'mend.db')
    headerPath = join(temp.path, 'vault-header.json')
    const creator = makeVault(temp.path, { clock })
    recoveryKey = (await creator.create(GOOD_PASSPHRASE, 'Sam')).recoveryKey
    creator.database().exec("CREATE TABLE notes (body TEXT NOT NULL) STRICT; INSERT INTO notes VALUES ('kept')")
    await creator.lock()
    vault = makeVault(temp.path, { clock })
  })
  afterEach(() => {
    vault.lockNow()
    temp.remove()
  })

  const notes = (v: Vault) => v.database().prepare('SELECT body FROM notes').pluck().all()
  const files = () => ({ db: sha256File(dbPath), header: sha256File(headerPath) })

  /** A restart: a new Vault on the same folder and a clock past any backoff. */
  function restart(): Vault {
    vault.lockNow()
    clock.advance(10 * 60_000)
    vault = makeVault(temp.path, { clock })
    return vault
  }

  it('shows the recovery key at creation as 8 groups of 4 base32 characters', () => {
    expect(recoveryKey).toMatch(/^[A-Z2-7]{4}(-[A-Z2-7]{4}){7}$/)
  })

  it('opens the vault with the recovery key and sets the new passphrase; the old one stops working', async () => {
    const info = await vault.recover(recoveryKey, NEW_PASSPHRASE)
    expect(info.displayName).toBe('Sam')
    expect(vault.status().state).toBe('unlocked')
    expect(notes(vault)).toEqual(['kept'])

    await expectMendError(restart().unlock(GOOD_PASSPHRASE), 'WRONG_PASSPHRASE')
    await restart().unlock(NEW_PASSPHRASE)
    expect(notes(vault)).toEqual(['kept'])
  })

  it('accepts the recovery key as typed from paper (lower case, spaces) and keeps it working afterwards', async () => {
    await vault.recover(recoveryKey.toLowerCase().replaceAll('-', ' '), NEW_PASSPHRASE)
    await restart().recover(recoveryKey, GOOD_PASSPHRASE)
    expect(notes(vault)).toEqual(['kept'])
  })

  it('refuses a recovery key of another vault with WRONG_RECOVERY_KEY, a backoff, and no change', async () => {
    const before = files()
    const error = await expectMendError(vault.recover(UNUSED_RECOVERY_KEY, NEW_PASSPHRASE), 'WRONG_RECOVERY_KEY')
    expect(error.extra.retryAfterMs).toBe(1_000)
    expect(vault.status()).toMatchObject({ state: 'locked', retryAfterMs: 1_000 })
    expect(files()).toEqual(before)
  })

  it('refuses text that is not a recovery key with INVALID_INPUT (field recoveryKey), without a backoff', async () => {
    const error = await expectMendError(vault.recover('not a recovery key', NEW_PASSPHRASE), 'INVALID_INPUT')
    expect(error.extra.field).toBe('recoveryKey')
    expect(vault.status().retryAfterMs).toBe(0)
  })

  it('refuses a weak new passphrase (field newPassphrase) and leaves the old one working', async () => {
    const before = files()
    const error = await expectMendError(vault.recover(recoveryKey, 'short'), 'INVALID_INPUT')
    expect(error.extra.field).toBe('newPassphrase')
    expect(files()).toEqual(before)
    await vault.unlock(GOOD_PASSPHRASE)
  })

  it('rewraps only the key header: mend.db is byte for byte unchanged', async () => {
    const before = files()
    await vault.recover(recoveryKey, NEW_PASSPHRASE)
    await vault.lock()
    expect(sha256File(dbPath)).toBe(before.db)
    expect(sha256File(headerPath)).not.toBe(before.header)
  })
})

describe('vault: a new recovery key and a new passphrase', () => {
  let temp: ReturnType<typeof makeTempDir>
  let clock: ReturnType<typeof manualClock>
  let recoveryKey: string
  let vault: Vault
  let dbPath: string
  let headerPath: string
  beforeEach(async () => {
    temp = makeTempDir()
    clock = manualClock()
    dbPath = join(temp.path, 'mend.db')
    headerPath = join(temp.path, 'vault-header.json')
    vault = makeVault(temp.path, { clock })
    recoveryKey = (await vault.create(GOOD_PASSPHRASE, 'Sam')).recoveryKey
    vault.database().exec("CREATE TABLE notes (body TEXT NOT NULL) STRICT; INSERT INTO notes VALUES ('kept')")
  })
  afterEach(() => {
    vault.lockNow()
    temp.remove()
  })

  /** Locks, waits out any backoff and returns a fresh Vault, as after a restart. */
  async function relocked(): Promise<Vault> {
    await vault.lock()
    clock.advance(10 * 60_000)
    vault = makeVault(temp.path, { clock })
    return vault
  }

  const slotKinds = () =>
    (JSON.parse(readFileSync(headerPath, 'utf8')) as { keySlots: { kind: string }[] }).keySlots
      .map((s) => s.kind)
      .sort()

  it('rotateRecoveryKey: the old recovery key gives WRONG_RECOVERY_KEY, the new one opens the vault', async () => {
    const fresh = await vault.rotateRecoveryKey(GOOD_PASSPHRASE)
    expect(fresh).toMatch(/^[A-Z2-7]{4}(-[A-Z2-7]{4}){7}$/)
    expect(fresh).not.toBe(recoveryKey)
    expect(slotKinds()).toEqual(['passphrase', 'recovery'])

    await expectMendError(
      (await relocked()).recover(recoveryKey, 'a third strong passphrase 58 elm'),
      'WRONG_RECOVERY_KEY',
    )
    clock.advance(10 * 60_000)
    await vault.recover(fresh, 'a third strong passphrase 58 elm')
    expect(vault.database().prepare('SELECT body FROM notes').pluck().all()).toEqual(['kept'])
  })

  it('rotateRecoveryKey keeps the passphrase working', async () => {
    await vault.rotateRecoveryKey(GOOD_PASSPHRASE)
    await (await relocked()).unlock(GOOD_PASSPHRASE)
  })

  it('rotateRecoveryKey needs the right passphrase (WRONG_PASSPHRASE) and then changes nothing', async () => {
    const before = sha256File(headerPath)
    await expectMendError(vault.rotateRecoveryKey(NEW_PASSPHRASE), 'WRONG_PASSPHRASE')
    expect(sha256File(headerPath)).toBe(before)
    await (await relocked()).recover(recoveryKey, NEW_PASSPHRASE)
  })

  it('changePassphrase: the old passphrase fails afterwards, the new one and the recovery key work', async () => {
    await vault.changePassphrase(GOOD_PASSPHRASE, NEW_PASSPHRASE)
    expect(vault.isUnlocked).toBe(true)
    expect(slotKinds()).toEqual(['passphrase', 'recovery'])
    await expectMendError((await relocked()).unlock(GOOD_PASSPHRASE), 'WRONG_PASSPHRASE')
    clock.advance(10 * 60_000)
    await vault.unlock(NEW_PASSPHRASE)
    await (await relocked()).recover(recoveryKey, GOOD_PASSPHRASE)
  })

  it('changePassphrase needs the right current passphrase: WRONG_PASSPHRASE, a backoff, nothing changed', async () => {
    const before = sha256File(headerPath)
    const error = await expectMendError(
      vault.changePassphrase(NEW_PASSPHRASE, 'a third strong passphrase 58 elm'),
      'WRONG_PASSPHRASE',
    )
    expect(error.extra.retryAfterMs).toBe(1_000)
    await expectMendError(vault.changePassphrase(GOOD_PASSPHRASE, NEW_PASSPHRASE), 'TOO_MANY_ATTEMPTS')
    expect(sha256File(headerPath)).toBe(before)
    expect(vault.isUnlocked).toBe(true)
  })

  it('changePassphrase refuses a weak new passphrase with INVALID_INPUT on newPassphrase', async () => {
    const before = sha256File(headerPath)
    const error = await expectMendError(vault.changePassphrase(GOOD_PASSPHRASE, 'password1'), 'INVALID_INPUT')
    expect(error.extra.field).toBe('newPassphrase')
    expect(sha256File(headerPath)).toBe(before)
  })

  it('changePassphrase and rotateRecoveryKey answer LOCKED while locked', async () => {
    await vault.lock()
    await expectMendError(vault.changePassphrase(GOOD_PASSPHRASE, NEW_PASSPHRASE), 'LOCKED')
    await expectMendError(vault.rotateRecoveryKey(GOOD_PASSPHRASE), 'LOCKED')
  })

  it('both rewrap only the key header: mend.db and its WAL are byte for byte unchanged', async () => {
    const database = () => [sha256File(dbPath), sha256File(`${dbPath}-wal`)]
    const before = database()
    await vault.changePassphrase(GOOD_PASSPHRASE, NEW_PASSPHRASE)
    await vault.rotateRecoveryKey(NEW_PASSPHRASE)
    expect(database()).toEqual(before)
  })
})
