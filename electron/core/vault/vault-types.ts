import type { Clock, Logger } from '../ports'
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
}

/** What a feature module gets while the vault is open. */
export interface OpenVault {
  db: Db
  /** Kept only while unlocked (backups verify copies with it); zeroed on lock. */
  dataKey: Buffer
}

/** Runs with the open database before pending migrations (the backup service hooks in here). */
export type BeforeMigration = (open: OpenVault, from: number, to: number) => void
