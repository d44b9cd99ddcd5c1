import type { Migration } from './migration'
import { vaultMeta } from './0001-vault-meta'
import { settings } from './0002-settings'
import { journal } from './0003-journal'
import { repairPlans } from './0004-repair-plans'
import { trustAssessments } from './0005-trust-assessments'
import { searchIndexWithoutPrefixes } from './0006-search-index-without-prefixes'
import { latestVersion } from './runner'

export type { Migration, MigrationContext } from './migration'
export { latestVersion, migrate } from './runner'

/** Every schema step, in order. Append only: a released migration never changes. */
export const migrations: readonly Migration[] = [
  vaultMeta,
  settings,
  journal,
  repairPlans,
  trustAssessments,
  searchIndexWithoutPrefixes,
]

export const LATEST_SCHEMA_VERSION = latestVersion(migrations)
