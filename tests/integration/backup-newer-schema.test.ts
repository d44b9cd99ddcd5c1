import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { BackupService, LATEST_SCHEMA_VERSION, silentLogger, type Vault } from '../../electron/core'
import { migrations, type Migration } from '../../electron/core/vault/migrations'
import { createNotesTable, flipBytes, notesIn } from '../helpers/backup-files'
import { GOOD_PASSPHRASE, makeTempDir, makeVault, manualClock } from '../helpers/temp-vault'
import { expectMendError } from '../helpers/vault-files'

const OTHER_PASSPHRASE = 'another strong passphrase 93 owl'

/** A schema step only a newer Mend knows. */
const fromTheFuture: Migration = {
  version: LATEST_SCHEMA_VERSION + 1,
  name: 'future',
  up: (db) => db.exec('CREATE TABLE future_things (x TEXT) STRICT'),
}

describe('restore: a backup made by a newer Mend', () => {
  let temp: ReturnType<typeof makeTempDir>
  let clock: ReturnType<typeof manualClock>
  let vault: Vault
  let backups: BackupService
  let newer: string
  beforeEach(async () => {
    temp = makeTempDir()
    clock = manualClock()
    const future = makeVault(join(temp.path, 'future'), { clock, migrations: [...migrations, fromTheFuture] })
    await future.create(OTHER_PASSPHRASE, 'Alex')
    newer = (await new BackupService(future, silentLogger).create()).path
    await future.lock()

    vault = makeVault(join(temp.path, 'mine'), { clock })
    backups = new BackupService(vault, silentLogger)
    await vault.create(GOOD_PASSPHRASE, 'Sam')
    createNotesTable(vault.database(), ['mine'])
    clock.advance(60_000)
  })
  afterEach(() => {
    vault.lockNow()
    temp.remove()
  })

  it('shows its contents, with its newer schema version', async () => {
    expect(await backups.inspect(newer, OTHER_PASSPHRASE)).toMatchObject({
      displayName: 'Alex',
      schemaVersion: LATEST_SCHEMA_VERSION + 1,
    })
  })

  it('refuses to restore it with UNSUPPORTED_VERSION, keeping the current journal open and unchanged', async () => {
    await expectMendError(backups.restore(newer, OTHER_PASSPHRASE), 'UNSUPPORTED_VERSION')
    expect(vault.isUnlocked).toBe(true)
    expect(notesIn(vault.database())).toEqual(['mine'])
    expect(backups.list()).toEqual([])
  })

  it('refuses to make it a new vault with UNSUPPORTED_VERSION, creating nothing', async () => {
    const fresh = makeVault(join(temp.path, 'fresh'), { clock })
    await expectMendError(
      new BackupService(fresh, silentLogger).restoreAsNewVault(newer, OTHER_PASSPHRASE),
      'UNSUPPORTED_VERSION',
    )
    expect(fresh.status().state).toBe('none')
  })

  it('is skipped when restoring the latest good backup over a damaged journal', async () => {
    await vault.lock()
    // A newer Mend opened this journal (migrating it, after a pre-migration backup) and backed it up.
    const upgraded = makeVault(vault.paths.directory, { clock, migrations: [...migrations, fromTheFuture] })
    const upgradedBackups = new BackupService(upgraded, silentLogger)
    await upgraded.unlock(GOOD_PASSPHRASE)
    clock.advance(60_000)
    const newest = await upgradedBackups.create()
    await upgraded.lock()
    // Back on this version, the file is damaged.
    flipBytes(vault.paths.database, 0)
    await expectMendError(vault.unlock(GOOD_PASSPHRASE), 'CORRUPT')

    await backups.restoreLatestGood(GOOD_PASSPHRASE)
    expect(vault.info().schemaVersion).toBe(LATEST_SCHEMA_VERSION)
    expect(notesIn(vault.database())).toEqual(['mine'])
    expect(backups.list().map((file) => file.name)).toContain(newest.name)
  })
})
