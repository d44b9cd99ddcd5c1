import { setImmediate as nextTurn } from 'node:timers/promises'
import type { Clock } from '../ports'
import { MendError, fileSystemError } from '../errors'
import type { Db } from '../vault/encrypted-database'
import { createEntryLinks } from './entry-links'
import type { ImportedEntry, ParsedImport } from './import/imported-entry'
import { cleanText, isoNow } from './journal-text'

/** Entries per transaction: big enough to be fast, small enough that progress moves and the app answers. */
const CHUNK = 500

/**
 * The page cache while importing, in KiB. With the default 2 MiB, the indexes' pages are evicted
 * and read (and decrypted) again for nearly every entry: 30,000 entries took 44 s instead of 26 s.
 * Memory is given back when the import ends.
 */
const IMPORT_CACHE_KIB = 64 * 1024

export interface ImportCounts {
  entries: number
  alreadyImported: number
  tags: number
  firstDate: string | null
  lastDate: string | null
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
   * Writes in chunks, one transaction each, yielding between them. A crash part way leaves whole
   * chunks stored; importing the same source again completes it without duplicates.
   */
  async function run(
    parsed: ParsedImport,
    onProgress: (done: number, total: number) => void = () => {},
  ): Promise<{ added: number; alreadyImported: number }> {
    const now = isoNow(clock.now())
    const total = parsed.entries.length
    let added = 0
    onProgress(0, total)
    const cacheSize = db.pragma('cache_size', { simple: true }) as number
    db.pragma(`cache_size = -${IMPORT_CACHE_KIB}`)
    try {
      for (let start = 0; start < total; start += CHUNK) {
        // Locking does not wait for an import (sleep, a screen lock): the chunks so far are kept.
        if (!db.open) {
          throw new MendError(
            'LOCKED',
            'Mend locked during the import. Unlock and import the same file again to finish: nothing is added twice.',
          )
        }
        const chunk = parsed.entries.slice(start, start + CHUNK)
        // An import deletes nothing anyone wrote: the pages it frees hold only the search index's
        // own merged segments. Overwriting them (secure_delete) made imports a third slower. It is
        // switched back before anything else can run, so a deletion is never left unscrubbed.
        db.pragma('secure_delete = OFF')
        try {
          added += db.transaction(() => storeChunk(chunk, now))()
        } catch (error) {
          throw fileSystemError(error, 'import the entries', db.name)
        } finally {
          if (db.open) db.pragma('secure_delete = ON')
        }
        onProgress(Math.min(start + CHUNK, total), total)
        await nextTurn()
      }
    } finally {
      // The vault may have been locked (closed) while the import waited between chunks.
      if (db.open) db.pragma(`cache_size = ${cacheSize}`)
    }
    return { added, alreadyImported: total - added }
  }

  return { preview, run }
}
