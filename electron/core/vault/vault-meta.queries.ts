import type { VaultInfo } from '../../contract'
import type { Db } from './encrypted-database'
import { schemaVersion } from './migrations/runner'

export type VaultMetaKey = 'created_at' | 'display_name' | 'recovery_key_confirmed'

/** One meta value, read-only (works on a read-only connection to a backup copy). */
export function readVaultMeta(db: Db, key: VaultMetaKey): string | null {
  return (
    (db.prepare('SELECT value FROM vault_meta WHERE key = ?').get(key) as { value: string } | undefined)?.value ?? null
  )
}

export function createVaultMetaQueries(db: Db) {
  const select = db.prepare<[VaultMetaKey], { value: string }>('SELECT value FROM vault_meta WHERE key = ?')
  const upsert = db.prepare<[VaultMetaKey, string]>(
    'INSERT INTO vault_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  )
  const remove = db.prepare<[VaultMetaKey]>('DELETE FROM vault_meta WHERE key = ?')
  return {
    remove: (key: VaultMetaKey): void => {
      remove.run(key)
    },
    get: (key: VaultMetaKey): string | null => select.get(key)?.value ?? null,
    set: (key: VaultMetaKey, value: string): void => {
      upsert.run(key, value)
    },
  }
}

/** The facts about an open vault that the home screen shows. */
export function readVaultInfo(db: Db, location: string): VaultInfo {
  const meta = createVaultMetaQueries(db)
  return {
    location,
    createdAt: meta.get('created_at') ?? new Date(0).toISOString(),
    displayName: meta.get('display_name'),
    schemaVersion: schemaVersion(db),
    // Vaults from before this flag existed count as confirmed: they were never asked.
    recoveryKeyConfirmed: meta.get('recovery_key_confirmed') !== '0',
  }
}
