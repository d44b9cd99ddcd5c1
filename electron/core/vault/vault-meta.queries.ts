import type { Db } from './encrypted-database'

export type VaultMetaKey = 'created_at' | 'display_name'

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
