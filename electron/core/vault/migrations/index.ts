import type { Migration } from './migration'
import { vaultMeta } from './0001-vault-meta'
import { settings } from './0002-settings'

export type { Migration } from './migration'
export { migrate } from './runner'

/** Every schema step, in order. Append only: a released migration never changes. */
export const migrations: readonly Migration[] = [vaultMeta, settings]

export const LATEST_SCHEMA_VERSION = migrations.at(-1)?.version ?? 0
