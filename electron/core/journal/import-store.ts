import { setImmediate as nextTurn } from 'node:timers/promises'
import type { Clock } from '../ports'
import { fileSystemError } from '../errors'
import type { Db } from '../vault/encrypted-database'
import { createEntryLinks } from './entry-links'
import type { ImportedEntry, ParsedImport } from './import/imported-entry'
import { cleanText, isoNow } from './journal-text'
import { bulkImportSession } from './import-session'
import { stoppedByLock } from '../work-stop'

/** Entries stored between two looks at the clock's signals: progress moves and a lock gets in. */
const CHUNK = 500
/** Entries added to the search index per step once the rows are in. */
const INDEX_CHUNK = 2000

export interface ImportCounts {
  entries: number
  alreadyImported: number
  tags: number
  firstDate: string | null
  lastDate: string | null
}

export interface ImportRunOptions {
  /**
   * `done` of `total` steps: each entry is stored, then indexed for search, so `total` is twice
   * the entries in the source. Reported at the start, between chunks and at the end.
   */
  onProgress?: (done: number, total: number) => void
  /** Asked between chunks; throws (LOCKED, CANCELLED) to stop. The import is then undone whole. */
  checkpoint?: () => void
}

/** Stores parsed entries. Each entry's import key is unique, so a second import of a source adds nothing. */
export function createImportStore(db: Db, clock: Clock) {
  const links = createEntryLinks(db)
  const known = db.prepare<[string], { id: number }>('SELECT id FROM entries WHERE import_key = ?')
  const insert = db.prepare<[string, string, string, number, string, string, string]>(
    `INSERT INTO entries (title, body, entry_date, starred, created_at, updated_at, import_key)
     VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (import_key) WHERE import_key IS NOT NULL DO NOTHING`,
  )
  const lastId = db.prepare<[], { id: number | null }>('SELECT max(id) AS id FROM entries')
  const indexRange = db.prepare<[number, number]>(
    'INSERT INTO entries_fts (rowid, title, body) SELECT id, title, body FROM entries WHERE id > ? AND id <= ?',
  )

  /** What an import would add, without writing anything. */
  function preview(parsed: ParsedImport): ImportCounts {
    const dates = parsed.entries.map((entry) => entry.entryDate).sort()
    const tags = new Set(parsed.entries.flatMap((entry) => entry.tags.map((tag) => tag.toLowerCase())))
    return {
      entries: parsed.entries.length,
      alreadyImported: parsed.entries.filter((entry) => known.get(entry.importKey)).length,
      tags: tags.size,
      firstDate: dates[0] ?? null,
      lastDate: dates.at(-1) ?? null,
    }
  }

  function storeChunk(entries: readonly ImportedEntry[], now: string): number {
    let added = 0
    for (const entry of entries) {
      const { changes, lastInsertRowid } = insert.run(
        cleanText(entry.title),
        cleanText(entry.body),
        entry.entryDate,
        entry.starred ? 1 : 0,
        now,
        now,
        entry.importKey,
      )
      if (changes === 0) continue
      added += 1
      if (entry.tags.length) links.setTags(Number(lastInsertRowid), entry.tags, { tidy: false })
    }
    return added
  }

  /**
   * One transaction from the first entry to the last: all of the import or none of it (a kill, a
   * lock or a cancel part way leaves the journal as it was). The rows go in first and the search
   * index is built from them afterwards, in steps (see import-session.ts for why that is faster).
   * Yields between chunks; the caller keeps every other writer out meanwhile (the vault's queue
   * and the host's gate), since anything written on this connection would join the transaction.
   */
  /** Locked between two steps (the vault closed the database): the whole import is undone. */
  function stopIfClosed(): void {
    if (!db.open) throw stoppedByLock()
  }

  async function run(
    parsed: ParsedImport,
    options: ImportRunOptions | ((done: number, total: number) => void) = {},
  ): Promise<{ added: number; alreadyImported: number }> {
    const { onProgress: report = () => {}, checkpoint = () => {} } =
      typeof options === 'function' ? { onProgress: options } : options
    const now = isoNow(clock.now())
    const entries = parsed.entries.length
    const total = entries * 2
    // Forward only, each figure once; the whole only once committed.
    let shown = -1
    const onProgress = (done: number, committed = false) => {
      const figure = committed ? total : Math.min(done, Math.max(total - 1, 0))
      if (figure <= shown) return
      shown = figure
      report(figure, total)
    }
    onProgress(0)
    checkpoint()
    const session = bulkImportSession(db)
    let added = 0
    try {
      const before = lastId.get()?.id ?? 0
      for (let start = 0; start < entries; start += CHUNK) {
        added += storeChunk(parsed.entries.slice(start, start + CHUNK), now)
        onProgress(Math.min(start + CHUNK, entries))
        await nextTurn()
        stopIfClosed()
        checkpoint()
      }
      if (session.indexAfterRows) {
        const after = lastId.get()?.id ?? before
        for (let from = before; from < after; from += INDEX_CHUNK) {
          indexRange.run(from, Math.min(from + INDEX_CHUNK, after))
          const indexed = Math.min(from + INDEX_CHUNK, after) - before
          onProgress(entries + Math.floor((indexed / (after - before)) * entries))
          await nextTurn()
          stopIfClosed()
          checkpoint()
        }
      }
      session.commit()
    } catch (error) {
      session.rollback()
      throw fileSystemError(error, 'import the entries', db.name)
    }
    onProgress(total, true)
    return { added, alreadyImported: entries - added }
  }

  return { preview, run }
}
