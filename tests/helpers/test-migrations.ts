import { LATEST_SCHEMA_VERSION } from '../../electron/core'
import { migrations, type Migration } from '../../electron/core/vault/migrations'

/**
 * A long schema step after this Mend's own, for crash tests: it adds a table with a row per entry
 * and rebuilds the search index, writing every page of the journal, so a kill lands inside its
 * transaction often. After it, `test_entry_words` holds one row for every entry, or the step
 * never happened.
 */
export const entryWordsStep: Migration = {
  version: LATEST_SCHEMA_VERSION + 1,
  name: 'test-entry-words',
  up(db) {
    db.exec(`
      CREATE TABLE test_entry_words (entry_id INTEGER PRIMARY KEY, words INTEGER NOT NULL) STRICT;
      INSERT INTO test_entry_words (entry_id, words)
        SELECT id, length(body) - length(replace(body, ' ', '')) + 1 FROM entries;
      INSERT INTO entries_fts (entries_fts) VALUES ('rebuild');
    `)
  },
}

export const migrationsWithTestStep: readonly Migration[] = [...migrations, entryWordsStep]
