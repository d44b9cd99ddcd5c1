import { existsSync, statSync } from 'node:fs'
import { MendError } from '../errors'
import { openEncryptedDatabase, precheckReadOnly, type Db } from './encrypted-database'
import { checkIntegrity } from './integrity'
import { migrate, type Migration } from './migrations'
import type { MigrationContext } from './migrations/migration'
import { latestVersion, schemaVersion } from './migrations/runner'
import type { VaultPaths } from './vault-paths'
import type { BeforeMigration } from './vault-types'

/**
 * Journals up to this size are read page by page (quick_check) at every open: under a quarter of
 * a second. A larger one would make every unlock slow (7 s at 100,000 entries), so it is checked
 * that way only after a session that did not close cleanly; otherwise SQLite itself reports a
 * damaged page when it reads one, and every backup's copy is integrity-checked in full.
 */
export const PAGE_CHECK_MAX_BYTES = 32 * 1024 * 1024

function sizeOf(path: string): number {
  try {
    return statSync(path).size
  } catch {
    return 0
  }
}

/**
 * A clean lock checkpoints and removes the WAL; a WAL with content means a crash or a kill. So
 * does a rollback journal (an import killed part way: SQLite rolls it back when the file opens).
 */
function closedUncleanly(path: string): boolean {
  return (existsSync(`${path}-wal`) && sizeOf(`${path}-wal`) > 0) || existsSync(`${path}-journal`)
}

export interface OpenVaultOptions {
  migrations: readonly Migration[]
  beforeMigration: BeforeMigration | null
  pageCheckMaxBytes?: number | undefined
  /** Progress of (and a way to stop) a migration that takes a while; see MigrationContext. */
  migration?: MigrationContext
}

/**
 * Opens the vault's database with a verified key: read-only check first (a damaged file is never
 * written to, not even by a checkpoint), then open, integrity, the pre-migration hook (a backup)
 * and migrations. Throws CORRUPT for a damaged file; the caller keeps ownership of the key.
 */
export function openVaultDatabase(paths: VaultPaths, dataKey: Buffer, options: OpenVaultOptions): Db {
  const { migrations, beforeMigration, pageCheckMaxBytes = PAGE_CHECK_MAX_BYTES } = options
  const readEveryPage = sizeOf(paths.database) <= pageCheckMaxBytes || closedUncleanly(paths.database)
  const precheck = precheckReadOnly(paths.database, dataKey, readEveryPage ? 'pages' : 'key')
  if (precheck === 'damaged') throw new MendError('CORRUPT', `The journal database in ${paths.directory} is damaged.`)
  const db = openEncryptedDatabase(paths.database, dataKey, { create: false })
  try {
    checkIntegrity(db, paths.directory, precheck === 'unknown')
    const from = schemaVersion(db)
    const to = latestVersion(migrations)
    if (from < to) beforeMigration?.({ db, dataKey }, from, to)
    migrate(db, migrations, options.migration)
    return db
  } catch (error) {
    db.close()
    throw error
  }
}
