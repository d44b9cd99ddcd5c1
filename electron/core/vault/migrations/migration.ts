import type { Db } from '../encrypted-database'

/**
 * What a migration that takes a while (rebuilding an index over every entry) gets: a way to say
 * how far it has come, shown before the journal opens, and a check between its steps that throws
 * when a lock is waiting (the step's transaction is then rolled back and the journal stays locked
 * at the version it had).
 */
export interface MigrationContext {
  progress(done: number, total: number): void
  checkpoint(): void
}

export const quietMigration: MigrationContext = { progress: () => {}, checkpoint: () => {} }

/** One schema step. `version` is the user_version after it ran; files are NNNN-kebab-name.ts. */
export interface Migration {
  version: number
  name: string
  /**
   * A step that rebuilds tables runs with foreign keys off (dropping a parent would cascade into
   * its children); the runner checks every reference before the step commits.
   */
  foreignKeysOff?: boolean
  up(db: Db, context: MigrationContext): void
}
