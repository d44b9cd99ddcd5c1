import { MendError } from '../errors'
import { openEncryptedDatabase, precheckReadOnly, type Db } from './encrypted-database'
import { checkIntegrity } from './integrity'
import { migrate, type Migration } from './migrations'
import { latestVersion, schemaVersion } from './migrations/runner'
import type { VaultPaths } from './vault-paths'
import type { BeforeMigration } from './vault-types'

/**
 * Opens the vault's database with a verified key: read-only check first (a damaged file is never
 * written to, not even by a checkpoint), then open, integrity, the pre-migration hook (a backup)
 * and migrations. Throws CORRUPT for a damaged file; the caller keeps ownership of the key.
 */
export function openVaultDatabase(
  paths: VaultPaths,
  dataKey: Buffer,
  migrations: readonly Migration[],
  beforeMigration: BeforeMigration | null,
): Db {
  const precheck = precheckReadOnly(paths.database, dataKey)
  if (precheck === 'damaged') throw new MendError('CORRUPT', `The journal database in ${paths.directory} is damaged.`)
  const db = openEncryptedDatabase(paths.database, dataKey, { create: false })
  try {
    checkIntegrity(db, paths.directory, precheck !== 'ok')
    const from = schemaVersion(db)
    const to = latestVersion(migrations)
    if (from < to) beforeMigration?.({ db, dataKey }, from, to)
    migrate(db, migrations)
    return db
  } catch (error) {
    db.close()
    throw error
  }
}
