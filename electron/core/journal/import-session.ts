import type { Db } from '../vault/encrypted-database'

/**
 * The page cache while importing, in KiB. With the default 2 MiB, the indexes' pages are evicted
 * and read (and decrypted) again for nearly every entry: 30,000 entries took 44 s instead of 26 s.
 * Memory is given back when the import ends.
 */
const IMPORT_CACHE_KIB = 64 * 1024

function journalMode(db: Db): string {
  return String(db.pragma('journal_mode', { simple: true })).toLowerCase()
}

/** The trigger that indexes each new entry as it is written (migration 0003). */
const INDEX_TRIGGER = 'entries_fts_after_insert'

export interface BulkImportSession {
  /** True when the per-entry index trigger is off for this import: the caller indexes the new rows. */
  readonly indexAfterRows: boolean
  commit(): void
  /** Undoes everything since the session began; safe on a database a lock has already closed. */
  rollback(): void
}

/**
 * Opens one write transaction for a bulk import, set up to write each page as few times as
 * possible. Measured at 20,000 entries (`npm run bench` has the 100,000 figures):
 *
 * - The search index is built after the rows, a range of new entries per statement, instead of
 *   by the insert trigger one entry at a time: FTS5 then merges far fewer small segments, and
 *   the whole import takes about half as long. The trigger is dropped inside the transaction and
 *   put back, from its own stored SQL, before the commit, so the schema is never seen without it,
 *   and a kill, a lock or a cancel restores it with everything else.
 * - A rollback journal instead of the write-ahead log while it runs: with WAL, every page is
 *   encrypted into the log, then decrypted and encrypted again into the file at the checkpoint;
 *   with a rollback journal it is encrypted once, straight into the file, and the journal holds
 *   only the few pages that existed before. That was most of what encryption added to an import
 *   (CPU time over a plain file: 1.45x with WAL, 1.2x without). synchronous=FULL keeps it as
 *   durable as WAL: a crash leaves a hot journal that SQLite rolls back at the next open.
 * - secure_delete off: an import deletes nothing anyone wrote; the pages it frees hold only the
 *   index's own merged segments. It is switched back on before anything else can run.
 *
 * The caller must keep every other writer out until commit or rollback: the connection is shared,
 * so their writes would join this transaction (and be undone with it).
 */
export function bulkImportSession(db: Db): BulkImportSession {
  const cacheSize = db.pragma('cache_size', { simple: true }) as number
  db.pragma(`cache_size = -${IMPORT_CACHE_KIB}`)
  db.pragma('secure_delete = OFF')
  // Leaving WAL needs the log checkpointed and no open transaction; if it cannot (another
  // connection reading), the import simply runs in WAL.
  const wal = journalMode(db) === 'wal'
  if (wal) {
    try {
      db.pragma('journal_mode = DELETE')
    } catch {
      // Busy: stays in WAL, which is slower but just as safe.
    }
  }
  db.exec('BEGIN IMMEDIATE')
  const trigger = db
    .prepare<[string], { sql: string }>("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?")
    .get(INDEX_TRIGGER)
  if (trigger) db.exec(`DROP TRIGGER ${INDEX_TRIGGER}`)

  function restore(): void {
    if (!db.open) return
    db.pragma('secure_delete = ON')
    db.pragma(`cache_size = ${cacheSize}`)
    if (wal && journalMode(db) !== 'wal') db.pragma('journal_mode = WAL')
  }

  return {
    indexAfterRows: trigger !== undefined,
    commit() {
      if (trigger) db.exec(trigger.sql)
      db.exec('COMMIT')
      restore()
    },
    rollback() {
      if (db.open && db.inTransaction) db.exec('ROLLBACK')
      restore()
    },
  }
}
