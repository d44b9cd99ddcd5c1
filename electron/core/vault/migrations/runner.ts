import { MendError, fileSystemError } from '../../errors'
import type { Db } from '../encrypted-database'
import { quietMigration, type Migration, type MigrationContext } from './migration'

/** The schema version a migration list ends at (0 for none). */
export function latestVersion(migrations: readonly Migration[]): number {
  return migrations.at(-1)?.version ?? 0
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number
}

/**
 * Brings the schema up to the last migration, one transaction per step, so a failure leaves
 * the database at the last completed version. Refuses a database from a newer Mend, which
 * might hold data this version would misread.
 */
export function migrate(
  db: Db,
  migrations: readonly Migration[],
  context: MigrationContext = quietMigration,
): { from: number; to: number } {
  const from = schemaVersion(db)
  const latest = latestVersion(migrations)
  if (from > latest) {
    throw new MendError(
      'UNSUPPORTED_VERSION',
      'This journal was saved by a newer version of Mend. Update Mend to open it.',
    )
  }
  for (const migration of migrations) {
    if (migration.version <= from) continue
    // The pragma is a no-op inside a transaction, so it is set around it.
    if (migration.foreignKeysOff) db.pragma('foreign_keys = OFF')
    try {
      db.transaction(() => {
        migration.up(db, context)
        if (migration.foreignKeysOff && (db.pragma('foreign_key_check') as unknown[]).length > 0) {
          throw new MendError('CORRUPT', `Updating the journal's format (step ${migration.version}) broke a reference.`)
        }
        db.pragma(`user_version = ${Math.trunc(migration.version)}`)
      })()
    } catch (error) {
      throw fileSystemError(error, "update the journal's format", db.name)
    } finally {
      if (migration.foreignKeysOff) db.pragma('foreign_keys = ON')
    }
  }
  return { from, to: schemaVersion(db) }
}
