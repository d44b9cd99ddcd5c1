import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Vault } from '../../electron/core'
import { readHeader } from '../../electron/core/vault/header-file'
import { openSlots, type VaultSecret } from '../../electron/core/vault/key-slots'
import { parseRecoveryKey } from '../../electron/core/vault/recovery-key'
import { createNotesTable, notesIn } from '../helpers/backup-files'
import { GOOD_PASSPHRASE, makeTempDir, makeVault, manualClock, TEST_SCRYPT_POLICY } from '../helpers/temp-vault'
import { expectMendError } from '../helpers/vault-files'

const NEW_PASSPHRASE = 'another strong passphrase 93 owl'
/** Each key derivation takes tens of milliseconds: the lock lands while one is running. */
const MID_SCRYPT = { N: 2 ** 14, r: 8, p: 1 }
const ZERO_KEY = Buffer.alloc(32)

/**
 * before-quit locks at once (lockNow), even while a passphrase change or a new recovery key is
 * being derived. Those work on their own copy of the data key, so what they write still opens
 * the journal: never a wrap of the wiped, all-zero key.
 */
describe('vault: lockNow while the key file is being rewritten', () => {
  let temp: ReturnType<typeof makeTempDir>
  let clock: ReturnType<typeof manualClock>
  let vault: Vault
  let oldRecoveryKey: string
  beforeEach(async () => {
    temp = makeTempDir()
    clock = manualClock()
    vault = makeVault(temp.path, { clock, scrypt: MID_SCRYPT })
    ;({ recoveryKey: oldRecoveryKey } = await vault.create(GOOD_PASSPHRASE, 'Sam'))
    createNotesTable(vault.database(), ['written before the lock'])
  })
  afterEach(() => temp.remove())

  /** Starts `operation`, lets it begin (it is queued), then locks while it is still deriving. */
  async function lockWhileRunning<T>(operation: () => Promise<T>): Promise<T> {
    let settled = false
    const running = operation().finally(() => (settled = true))
    await new Promise((resolve) => setImmediate(resolve))
    expect(settled, 'the operation finished before the lock; nothing was tested').toBe(false)
    expect(vault.lockNow()).toBe(true)
    return running
  }

  /** The data key that `secret` unwraps from the key file on disk. */
  async function keyOnDisk(secret: VaultSecret): Promise<Buffer | null> {
    return openSlots(readHeader(join(temp.path, 'vault-header.json'), TEST_SCRYPT_POLICY).keySlots, secret)
  }

  it('changePassphrase completes: the new passphrase opens the journal with its data', async () => {
    await lockWhileRunning(() => vault.changePassphrase(GOOD_PASSPHRASE, NEW_PASSPHRASE))
    expect(vault.isUnlocked).toBe(false)

    const unwrapped = await keyOnDisk({ kind: 'passphrase', passphrase: NEW_PASSPHRASE })
    expect(unwrapped).not.toBeNull()
    expect(unwrapped?.equals(ZERO_KEY)).toBe(false)

    const reopened = makeVault(temp.path, { clock, scrypt: MID_SCRYPT })
    await reopened.unlock(NEW_PASSPHRASE)
    expect(notesIn(reopened.database())).toEqual(['written before the lock'])
    reopened.lockNow()
  })

  it('rotateRecoveryKey completes: the new key recovers the journal, the old one no longer does', async () => {
    const newRecoveryKey = await lockWhileRunning(() => vault.rotateRecoveryKey(GOOD_PASSPHRASE))
    expect(newRecoveryKey).not.toBe(oldRecoveryKey)

    const unwrapped = await keyOnDisk({ kind: 'recovery', recoveryKey: parseRecoveryKey(newRecoveryKey) })
    expect(unwrapped).not.toBeNull()
    expect(unwrapped?.equals(ZERO_KEY)).toBe(false)

    const reopened = makeVault(temp.path, { clock, scrypt: MID_SCRYPT })
    const wrong = await expectMendError(reopened.recover(oldRecoveryKey, NEW_PASSPHRASE), 'WRONG_RECOVERY_KEY')
    clock.advance(wrong.extra.retryAfterMs ?? 0)
    const info = await reopened.recover(newRecoveryKey, NEW_PASSPHRASE)
    expect(notesIn(reopened.database())).toEqual(['written before the lock'])
    // The lock cut in before the new key could be shown: the reminder to store it stays.
    expect(info.recoveryKeyConfirmed).toBe(false)
    reopened.lockNow()
  })

  it('a lock before the queued operation began makes it answer LOCKED, changing nothing', async () => {
    const changing = vault.changePassphrase(GOOD_PASSPHRASE, NEW_PASSPHRASE)
    const rotating = vault.rotateRecoveryKey(GOOD_PASSPHRASE)
    vault.lockNow()
    await expectMendError(changing, 'LOCKED')
    await expectMendError(rotating, 'LOCKED')

    const reopened = makeVault(temp.path, { clock, scrypt: MID_SCRYPT })
    await reopened.recover(oldRecoveryKey, GOOD_PASSPHRASE)
    expect(notesIn(reopened.database())).toEqual(['written before the lock'])
    reopened.lockNow()
  })
})
