import type { Clock, Logger, WorkSignals } from '../ports'
import type { Db } from './encrypted-database'
import type { ScryptParams } from './key-derivation'
import type { Migration } from './migrations'

export interface VaultOptions {
  directory: string
  clock?: Clock
  logger?: Logger
  /** Tests lower the cost; the app always uses the default. */
  scrypt?: ScryptParams
  /**
   * Tests only: the lowest scrypt N accepted in key headers (by default the lower of 2^17 and
   * the cost written), to open a vault made at a lower cost than the one they now write.
   */
  scryptFloorN?: number
  migrations?: readonly Migration[]
  /** Tests lower it to check a "large" journal's open; see PAGE_CHECK_MAX_BYTES. */
  pageCheckMaxBytes?: number
  /** Set from outside while long work runs (a waiting lock, a cancel); none by default. */
  signals?: WorkSignals
}

/** What a feature module gets while the vault is open. */
export interface OpenVault {
  db: Db
  /** Kept only while unlocked (backups verify copies with it); zeroed on lock. */
  dataKey: Buffer
}

/** Told how far a migration has come while the journal opens (an index rebuilt at 100,000 entries takes a while). */
export type MigrationProgress = (done: number, total: number) => void

/** Runs with the open database before pending migrations (the backup service hooks in here). */
export type BeforeMigration = (open: OpenVault, from: number, to: number) => void
