import type { Migration } from './migration'

/**
 * The journal: entries, the people they concern, tags, earlier versions, and user templates.
 *
 * Dates an entry is *about* (`entry_date`) are the writer's wall clock, `YYYY-MM-DDTHH:MM`, so a
 * day means the day they lived; record-keeping times (`created_at`, `updated_at`, `trashed_at`,
 * `saved_at`) are ISO 8601 UTC. Text search is an FTS5 index over the entries table itself
 * (external content, kept in step by triggers), inside the encrypted database like everything.
 */
export const journal: Migration = {
  version: 3,
  name: 'journal',
  up(db) {
    db.exec(`
      CREATE TABLE people (
        id           INTEGER PRIMARY KEY,
        name         TEXT NOT NULL,
        -- The name folded for comparison (Unicode lower case, NFC): "Élodie" and "élodie" are one person.
        name_key     TEXT NOT NULL,
        relationship TEXT NOT NULL DEFAULT '',
        notes        TEXT NOT NULL DEFAULT '',
        created_at   TEXT NOT NULL,
        updated_at   TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX people_by_name_key ON people (name_key);

      CREATE TABLE entries (
        id          INTEGER PRIMARY KEY,
        kind        TEXT NOT NULL DEFAULT 'journal' CHECK (kind IN ('journal', 'reflection', 'letter')),
        title       TEXT NOT NULL DEFAULT '',
        body        TEXT NOT NULL DEFAULT '',
        entry_date  TEXT NOT NULL,
        mood        INTEGER CHECK (mood BETWEEN 1 AND 5),
        starred     INTEGER NOT NULL DEFAULT 0 CHECK (starred IN (0, 1)),
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL,
        trashed_at  TEXT,
        -- Where an imported entry came from, so the same source imported twice adds nothing.
        import_key  TEXT
      ) STRICT;
      -- The timeline reads newest first among entries not in the trash; the index covers it.
      CREATE INDEX entries_by_entry_date ON entries (trashed_at, entry_date DESC, id DESC);
      CREATE UNIQUE INDEX entries_by_import_key ON entries (import_key) WHERE import_key IS NOT NULL;
      -- Search joins its matches to entries to apply filters: this index holds every column a
      -- filter reads, so the join never touches the entries' (large, encrypted) rows.
      CREATE INDEX entries_by_id_for_filters ON entries (id, trashed_at, entry_date, kind, mood, starred);
      -- "On this day" looks up the month and day across years.
      CREATE INDEX entries_by_month_day ON entries (substr(entry_date, 6, 5)) WHERE trashed_at IS NULL;

      CREATE TABLE tags (
        id       INTEGER PRIMARY KEY,
        name     TEXT NOT NULL,
        name_key TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX tags_by_name_key ON tags (name_key);

      CREATE TABLE entry_tags (
        entry_id INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
        tag_id   INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
        PRIMARY KEY (entry_id, tag_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX entry_tags_by_tag_id ON entry_tags (tag_id, entry_id);

      CREATE TABLE entry_people (
        entry_id  INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
        person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
        PRIMARY KEY (entry_id, person_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX entry_people_by_person_id ON entry_people (person_id, entry_id);

      CREATE TABLE entry_versions (
        id        INTEGER PRIMARY KEY,
        entry_id  INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
        title     TEXT NOT NULL,
        body      TEXT NOT NULL,
        saved_at  TEXT NOT NULL
      ) STRICT;
      CREATE INDEX entry_versions_by_entry_id ON entry_versions (entry_id, saved_at DESC);

      CREATE TABLE templates (
        id          INTEGER PRIMARY KEY,
        name        TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        kind        TEXT NOT NULL DEFAULT 'journal' CHECK (kind IN ('journal', 'reflection', 'letter')),
        title       TEXT NOT NULL DEFAULT '',
        body        TEXT NOT NULL DEFAULT '',
        created_at  TEXT NOT NULL
      ) STRICT;

      -- remove_diacritics 2: "cafe" finds "café". Prefix indexes make "as you type" queries cheap.
      -- (The content is the entries table itself. A view of the entries outside the trash would
      -- keep trashed text out of the index, but FTS5 then reads the wrong row's text for snippets.)
      CREATE VIRTUAL TABLE entries_fts USING fts5 (
        title, body,
        content = 'entries', content_rowid = 'id',
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '2 3'
      );
      CREATE TRIGGER entries_fts_after_insert AFTER INSERT ON entries BEGIN
        INSERT INTO entries_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
      END;
      CREATE TRIGGER entries_fts_after_delete AFTER DELETE ON entries BEGIN
        INSERT INTO entries_fts (entries_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
      END;
      CREATE TRIGGER entries_fts_after_update AFTER UPDATE OF title, body ON entries BEGIN
        INSERT INTO entries_fts (entries_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
        INSERT INTO entries_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
      END;
    `)
  },
}
