import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { BackupService, silentLogger, type Vault } from '../../electron/core'
import { readBackupLayout } from '../../electron/core/backup/backup-file'
import { readHeader } from '../../electron/core/vault/header-file'
import { createNotesTable, notesIn } from '../helpers/backup-files'
import { GOOD_PASSPHRASE, makeTempDir, makeVault, manualClock, TEST_SCRYPT_POLICY } from '../helpers/temp-vault'
import { expectMendError, hashFolder } from '../helpers/vault-files'

const GARBAGE_HEADER = '{"format": "mend-vault-header", "vers'

/** restoreLatestGood is the damaged screen's way out, and only that screen's. */
describe('restore the latest good backup: when it applies, and a damaged key file', () => {
  let temp: ReturnType<typeof makeTempDir>
  let clock: ReturnType<typeof manualClock>
  let headerPath: string
  let latest: string
  let vault: Vault
  let backups: BackupService
  beforeEach(async () => {
    temp = makeTempDir()
    clock = manualClock()
    headerPath = join(temp.path, 'vault-header.json')
    const writer = makeVault(temp.path, { clock })
    const writerBackups = new BackupService(writer, silentLogger)
    await writer.create(GOOD_PASSPHRASE, 'Sam')
    createNotesTable(writer.database(), ['in both backups'])
    await writerBackups.create()
    clock.advance(60_000)
    writer.database().prepare('INSERT INTO notes (body) VALUES (?)').run('in the latest backup')
    latest = (await writerBackups.create()).path
    await writer.lock()
    clock.advance(60_000)

    vault = makeVault(temp.path, { clock })
    backups = new BackupService(vault, silentLogger)
  })
  afterEach(() => {
    vault.lockNow()
    temp.remove()
  })

  it('is refused with INVALID_INPUT on a healthy locked journal, which stays as it was', async () => {
    const before = hashFolder(temp.path)
    expect(vault.status().state).toBe('locked')
    await expectMendError(backups.restoreLatestGood(GOOD_PASSPHRASE), 'INVALID_INPUT')
    expect(hashFolder(temp.path)).toEqual(before)
    expect(backups.list()).toHaveLength(2)
    expect(vault.status().state).toBe('locked')
  })

  it('restores the latest backup with its own key file, keeping the damaged one aside byte for byte', async () => {
    writeFileSync(headerPath, GARBAGE_HEADER)
    // The key file alone tells: damaged before any attempt, and the attempt (as the app makes) agrees.
    expect(vault.status().state).toBe('damaged')
    await expectMendError(vault.unlock(GOOD_PASSPHRASE), 'CORRUPT')
    expect(vault.status().state).toBe('damaged')

    const info = await backups.restoreLatestGood(GOOD_PASSPHRASE)
    expect(info.displayName).toBe('Sam')
    expect(notesIn(vault.database())).toEqual(['in both backups', 'in the latest backup'])
    expect(readHeader(headerPath, TEST_SCRYPT_POLICY)).toEqual(readBackupLayout(latest, TEST_SCRYPT_POLICY).header)
    const aside = readdirSync(temp.path).filter((name) => name.startsWith('vault-header.json.damaged-'))
    expect(aside).toHaveLength(1)
    expect(readFileSync(join(temp.path, aside[0] ?? ''), 'utf8')).toBe(GARBAGE_HEADER)

    // The restored key file is the vault's from now on.
    await vault.lock()
    const again = makeVault(temp.path, { clock })
    await again.unlock(GOOD_PASSPHRASE)
    expect(notesIn(again.database())).toEqual(['in both backups', 'in the latest backup'])
    again.lockNow()
  })

  it('with a damaged key file and a passphrase no backup takes, answers NOT_FOUND and moves nothing', async () => {
    writeFileSync(headerPath, GARBAGE_HEADER)
    const before = hashFolder(temp.path)
    await expectMendError(backups.restoreLatestGood('not the passphrase at all 12'), 'NOT_FOUND')
    // Only the count of wrong guesses changed: the try was one guess, slowed down like an unlock.
    const after = hashFolder(temp.path)
    expect(Object.keys(after).filter((name) => after[name] !== before[name])).toEqual(['unlock-throttle.json'])
    expect(vault.status()).toMatchObject({ state: 'damaged', retryAfterMs: 1000 })
    await expectMendError(backups.restoreLatestGood(GOOD_PASSPHRASE), 'TOO_MANY_ATTEMPTS')
  })
})
