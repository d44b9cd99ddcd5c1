import type { Migration } from './migration'

/** Entries indexed per step: a step takes about a tenth of a second at 100,000 entries. */
const STEP = 2000

/**
 * The full-text index without its 2- and 3-letter prefix indexes. They made short "as you type"
 * prefixes a single lookup, but every word was indexed three times: importing 100,000 entries
 * took 4.5 times as long (measured by `npm run bench`), and the index was about twice the size.
 * Prefix queries now read the words that begin with the prefix from the main index.
 *
 * Same name, columns, tokenizer and content table, so the triggers of 0003 keep feeding it. The
 * index is filled from every entry, as FTS5's 'rebuild' does, but a range of entries at a time, so
 * that the person sees how far it has come (about 25 s at 100,000 entries) and a lock can stop it.
 */
export const searchIndexWithoutPrefixes: Migration = {
  version: 6,
  name: 'search-index-without-prefixes',
  up(db, { progress, checkpoint }) {
    db.exec(`
      DROP TABLE entries_fts;
      CREATE VIRTUAL TABLE entries_fts USING fts5 (
        title, body,
        content = 'entries', content_rowid = 'id',
        tokenize = 'unicode61 remove_diacritics 2'
      );
    `)
    const last = db.prepare<[], { id: number | null }>('SELECT max(id) AS id FROM entries').get()?.id ?? 0
    const fill = db.prepare<[number, number]>(
      'INSERT INTO entries_fts (rowid, title, body) SELECT id, title, body FROM entries WHERE id > ? AND id <= ?',
    )
    progress(0, last)
    for (let from = 0; from < last; from += STEP) {
      checkpoint()
      fill.run(from, Math.min(from + STEP, last))
      progress(Math.min(from + STEP, last), last)
    }
  },
}
