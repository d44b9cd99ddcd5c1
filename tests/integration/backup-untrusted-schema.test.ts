import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { BackupService, silentLogger, type Vault } from '../../electron/core'
import { openReadOnlyChecked, rekeyDatabaseFile } from '../../electron/core/vault/encrypted-database'
import { extractDatabase, readBackupLayout } from '../../electron/core/backup/backup-file'
import { GOOD_PASSPHRASE, makeTempDir, makeVault, TEST_SCRYPT_POLICY } from '../helpers/temp-vault'
import { expectMendError } from '../helpers/vault-files'

const OTHER_PASSPHRASE = 'another strong passphrase 93 owl'

/**
 * A backup made by someone else is a database whose schema they wrote. With SQLite's
 * trusted_schema on, views and triggers in it may use virtual tables and functions that were never
 * meant to run from a schema; Mend must refuse those (trusted_schema off, defensive mode on).
 */
describe('databases from backups run with an untrusted schema', () => {
  let temp: ReturnType<typeof makeTempDir>
  let mine: { vault: Vault; backups: BackupService }
  let hostileBackup: string
  let otherKey: Buffer

  beforeEach(async () => {
    temp = makeTempDir()
    const other = makeVault(join(temp.path, 'other'))
    const otherBackups = new BackupService(other, silentLogger)
    await other.create(OTHER_PASSPHRASE, 'Alex')
    // The journal's name is read through a view over an FTS5 vocabulary table: harmless here,
    // but exactly the kind of schema-invoked virtual table trusted_schema=OFF forbids.
    other.database().exec(`
      CREATE VIRTUAL TABLE bait USING fts5(body);
      INSERT INTO bait (body) VALUES ('display_name');
      CREATE VIRTUAL TABLE bait_words USING fts5vocab(bait, 'row');
      ALTER TABLE vault_meta RENAME TO vault_meta_real;
      CREATE VIEW vault_meta AS SELECT term AS key, 'From a hostile schema' AS value FROM bait_words;
    `)
    otherKey = Buffer.from(other.session().dataKey)
    hostileBackup = (await otherBackups.create()).path
    other.lockNow()
    const vault = makeVault(join(temp.path, 'mine'))
    mine = { vault, backups: new BackupService(vault, silentLogger) }
    await vault.create(GOOD_PASSPHRASE, 'Sam')
  })
  afterEach(() => {
    mine.vault.lockNow()
    temp.remove()
  })

  it('refuses a backup whose schema reads a virtual table through a view, as damaged', async () => {
    await expectMendError(mine.backups.inspect(hostileBackup, OTHER_PASSPHRASE), 'CORRUPT')
    await expectMendError(mine.backups.restore(hostileBackup, OTHER_PASSPHRASE), 'CORRUPT')
  })

  it('opens every database that comes from a backup with trusted_schema off and defensive mode on', () => {
    const copy = join(temp.path, 'copy.db')
    extractDatabase(hostileBackup, readBackupLayout(hostileBackup, TEST_SCRYPT_POLICY), copy)
    const db = openReadOnlyChecked(copy, otherKey)
    if (!db) throw new Error('the key does not open the backup')
    try {
      expect(db.pragma('trusted_schema', { simple: true })).toBe(0)
      expect(() => db.prepare('SELECT * FROM vault_meta').all()).toThrow(/unsafe use of virtual table/)
    } finally {
      db.close()
    }
    // Re-keying a foreign backup for this journal opens it too: defensive mode keeps the schema read-only.
    const fresh = Buffer.alloc(32, 7)
    rekeyDatabaseFile(copy, otherKey, fresh)
    const rekeyed = openReadOnlyChecked(copy, fresh)
    if (!rekeyed) throw new Error('the new key does not open the copy')
    try {
      expect(rekeyed.pragma('trusted_schema', { simple: true })).toBe(0)
      expect(() => rekeyed.pragma('writable_schema = ON')).not.toThrow()
      expect(() => rekeyed.exec("UPDATE sqlite_master SET sql = 'x' WHERE name = 'bait'")).toThrow()
    } finally {
      rekeyed.close()
    }
  })
})
