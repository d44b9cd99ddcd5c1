import type { Migration } from './migration'
import { vaultMeta } from './0001-vault-meta'
import { settings } from './0002-settings'
import { journal } from './0003-journal'
import { repairPlans } from './0004-repair-plans'
import { trustAssessments } from './0005-trust-assessments'
import { searchIndexWithoutPrefixes } from './0006-search-index-without-prefixes'
import { caseFoldedNames } from './0007-case-folded-names'
import { idsNeverReused } from './0008-ids-never-reused'
import { photos } from './0009-photos'
import { breachKindsAndSettledSteps } from './0010-breach-kinds-and-settled-steps'
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
  caseFoldedNames,
  idsNeverReused,
  photos,
  breachKindsAndSettledSteps,
]

export const LATEST_SCHEMA_VERSION = latestVersion(migrations)
