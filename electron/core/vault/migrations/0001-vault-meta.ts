import type { Migration } from './migration'

/** Facts about the vault itself (created when, the name the user gave), inside the encryption. */
export const vaultMeta: Migration = {
  version: 1,
  name: 'vault-meta',
  up(db) {
    db.exec(`
      CREATE TABLE vault_meta (
        key   TEXT PRIMARY KEY NOT NULL,
        value TEXT NOT NULL
      ) STRICT;
    `)
  },
}
