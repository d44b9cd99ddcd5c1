import type { Migration } from './migration'

/** The user's preferences (auto-lock, backups), inside the encryption like everything else. */
export const settings: Migration = {
  version: 2,
  name: 'settings',
  up(db) {
    db.exec(`
      CREATE TABLE settings (
        key   TEXT PRIMARY KEY NOT NULL,
        value TEXT NOT NULL
      ) STRICT;
    `)
  },
}
