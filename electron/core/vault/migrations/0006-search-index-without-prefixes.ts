import type { Migration } from './migration'

/**
 * The full-text index without its 2- and 3-letter prefix indexes. They made short "as you type"
 * prefixes a single lookup, but every word was indexed three times: importing 100,000 entries
 * took 4.5 times as long (measured by `npm run bench`), and the index was about twice the size.
 * Prefix queries now read the words that begin with the prefix from the main index.
 *
 * Same name, columns, tokenizer and content table, so the triggers of 0003 keep feeding it. The
 * rebuild reads every entry once: on a large journal this migration takes a while, once.
 */
export const searchIndexWithoutPrefixes: Migration = {
  version: 6,
  name: 'search-index-without-prefixes',
  up(db) {
    db.exec(`
      DROP TABLE entries_fts;
      CREATE VIRTUAL TABLE entries_fts USING fts5 (
        title, body,
        content = 'entries', content_rowid = 'id',
        tokenize = 'unicode61 remove_diacritics 2'
      );
      INSERT INTO entries_fts (entries_fts) VALUES ('rebuild');
    `)
  },
}
