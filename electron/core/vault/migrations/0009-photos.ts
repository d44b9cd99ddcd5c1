import type { Migration } from './migration'

/**
 * Photos of journal entries, inside the encrypted database like everything else, so backups,
 * restores, the passphrase and secure deletion cover them with no second mechanism. (Measured
 * against encrypted files beside the database in `npm run bench`; see README, "Photos".)
 *
 * `photo_key` is what an entry's Markdown links to (`![](photo:<key>)`). The bytes come last in
 * the row, so reading a photo's facts never reads (and decrypts) its overflow pages. `display`
 * is a JPEG copy for a photo Chromium cannot show itself (HEIC); NULL when the original shows.
 */
export const photos: Migration = {
  version: 9,
  name: 'photos',
  up(db) {
    db.exec(`
      CREATE TABLE photos (
        id          INTEGER PRIMARY KEY,
        photo_key   TEXT NOT NULL,
        entry_id    INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
        media_type  TEXT NOT NULL
          CHECK (media_type IN ('image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/heic')),
        width       INTEGER NOT NULL CHECK (width > 0),
        height      INTEGER NOT NULL CHECK (height > 0),
        byte_size   INTEGER NOT NULL CHECK (byte_size > 0),
        name        TEXT NOT NULL DEFAULT '',
        viewable    INTEGER NOT NULL DEFAULT 1 CHECK (viewable IN (0, 1)),
        created_at  TEXT NOT NULL,
        original    BLOB NOT NULL,
        display     BLOB
      ) STRICT;
      CREATE UNIQUE INDEX photos_by_photo_key ON photos (photo_key);
      CREATE INDEX photos_by_entry_id ON photos (entry_id, id);
    `)
  },
}
