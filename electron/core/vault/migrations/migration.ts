import type { Db } from '../encrypted-database'

/** One schema step. `version` is the user_version after it ran; files are NNNN-kebab-name.ts. */
export interface Migration {
  version: number
  name: string
  up(db: Db): void
}
