import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { BackupService, silentLogger, type Vault } from '../../electron/core'
import { readBackupLayout } from '../../electron/core/backup/backup-file'
import { createNotesTable, flipBytes, notesIn } from '../helpers/backup-files'
import { GOOD_PASSPHRASE, makeTempDir, makeVault, manualClock, TEST_SCRYPT_POLICY } from '../helpers/temp-vault'
import { expectMendError, sha256File } from '../helpers/vault-files'

const PAGE = 4096

describe('damaged journal: restore the latest good backup', () => {
  let temp: ReturnType<typeof makeTempDir>
  let clock: ReturnType<typeof manualClock>
  let vault: Vault
  let backups: BackupService
  let dbPath: string
  let good: string
  let corrupted: string
  beforeEach(async () => {
    temp = makeTempDir()
    clock = manualClock()
    dbPath = join(temp.path, 'mend.db')
    const writer = makeVault(temp.path, { clock })
    const writerBackups = new BackupService(writer, silentLogger)
    await writer.create(GOOD_PASSPHRASE, 'Sam')
    createNotesTable(writer.database(), ['in the good backup'])
    good = (await writerBackups.create()).path
    clock.advance(60_000)
    writer.database().prepare('INSERT INTO notes (body) VALUES (?)').run('in the corrupted backup')
    corrupted = (await writerBackups.create()).path
    await writer.lock()
    // The newer backup rotted on disk: its second page no longer decrypts.
    flipBytes(corrupted, readBackupLayout(corrupted, TEST_SCRYPT_POLICY).databaseOffset + PAGE + 100)
    flipBytes(dbPath, 2 * PAGE + 100)
    clock.advance(60_000)

    vault = makeVault(temp.path, { clock })
    backups = new BackupService(vault, silentLogger)
    await expectMendError(vault.unlock(GOOD_PASSPHRASE), 'CORRUPT')
  })
  afterEach(() => {
    vault.lockNow()
    temp.remove()
  })

  const setAside = () => readdirSync(temp.path).filter((name) => name.startsWith('mend.db.damaged-'))

  it('reports the vault as damaged, naming its folder', () => {
    expect(vault.status()).toEqual({ state: 'damaged', retryAfterMs: 0, location: temp.path })
  })

  it('opens the newest backup that passes its check, skipping a corrupted newer one', async () => {
    const info = await backups.restoreLatestGood(GOOD_PASSPHRASE)
    expect(info.displayName).toBe('Sam')
    expect(vault.status().state).toBe('unlocked')
    expect(notesIn(vault.database())).toEqual(['in the good backup'])
    await vault.lock()
    await vault.unlock(GOOD_PASSPHRASE)
    expect(notesIn(vault.database())).toEqual(['in the good backup'])
  })

  it('moves the damaged file aside byte for byte, and keeps both backups', async () => {
    const damaged = sha256File(dbPath)
    const backupsBefore = [sha256File(good), sha256File(corrupted)]
    await backups.restoreLatestGood(GOOD_PASSPHRASE)
    const [aside, ...more] = setAside()
    expect(more).toEqual([])
    expect(aside).toMatch(/^mend\.db\.damaged-2026-11-24T12-02-00-000Z$/)
    expect(sha256File(join(temp.path, aside ?? ''))).toBe(damaged)
    expect([sha256File(good), sha256File(corrupted)]).toEqual(backupsBefore)
  })

  it('never overwrites a damaged file set aside earlier, even in the same millisecond', async () => {
    await backups.restoreLatestGood(GOOD_PASSPHRASE)
    await vault.lock()
    flipBytes(dbPath, 2 * PAGE + 300)
    const second = sha256File(dbPath)
    await expectMendError(vault.unlock(GOOD_PASSPHRASE), 'CORRUPT')
    const first = setAside().map((name) => sha256File(join(temp.path, name)))

    await backups.restoreLatestGood(GOOD_PASSPHRASE)
    const hashes = setAside().map((name) => sha256File(join(temp.path, name)))
    expect(hashes).toHaveLength(2)
    expect(hashes).toEqual(expect.arrayContaining([...first, second]))
  })

  it('refuses a wrong passphrase with WRONG_PASSPHRASE and moves nothing', async () => {
    const before = sha256File(dbPath)
    await expectMendError(backups.restoreLatestGood('not the passphrase at all 12'), 'WRONG_PASSPHRASE')
    expect(sha256File(dbPath)).toBe(before)
    expect(setAside()).toEqual([])
    expect(vault.status().state).toBe('damaged')
  })

  it('answers NOT_FOUND when no backup is usable, leaving the damaged file where it is', async () => {
    flipBytes(good, readBackupLayout(good, TEST_SCRYPT_POLICY).databaseOffset + PAGE + 100)
    const before = sha256File(dbPath)
    await expectMendError(backups.restoreLatestGood(GOOD_PASSPHRASE), 'NOT_FOUND')
    expect(sha256File(dbPath)).toBe(before)
    expect(setAside()).toEqual([])
    expect(existsSync(good) && existsSync(corrupted)).toBe(true)
  })
})
