import type { Db } from '../encrypted-database'

/** One schema step. `version` is the user_version after it ran; files are NNNN-kebab-name.ts. */
export interface Migration {
  version: number
  name: string
  /**
   * A step that rebuilds tables runs with foreign keys off (dropping a parent would cascade into
   * its children); the runner checks every reference before the step commits.
   */
  foreignKeysOff?: boolean
  up(db: Db): void
}
