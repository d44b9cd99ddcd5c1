import { join } from 'node:path'
import Database from 'better-sqlite3-multiple-ciphers'
import { Vault, journalOf, silentLogger, type Clock } from '../../electron/core'
import { createEntryLinks } from '../../electron/core/journal/entry-links'
import { createImportStore } from '../../electron/core/journal/import-store'
import { PAGE_CACHE_KIB, type Db } from '../../electron/core/vault/encrypted-database'
import { migrate, migrations } from '../../electron/core/vault/migrations'
import type { BenchCorpus } from './corpus'

/** The passphrase of every benchmark vault (it must pass Mend's policy). */
export const BENCH_PASSPHRASE = 'lantern orchard quietly 47 harbour'

/** A fixed "now" so that plans, check-ins and reminders are the same on every run. */
export const BENCH_NOW = Date.parse('2026-11-20T12:00:00Z')
export const benchClock: Clock = { now: () => BENCH_NOW }

/**
 * The same schema, pragmas and import code as a vault, without the cipher: the baseline that
 * shows what encryption costs. Same library build, so the only difference is the key.
 */
export function openPlainDatabase(path: string): Db {
  const db = new Database(path)
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = FULL')
  db.pragma('temp_store = MEMORY')
  db.pragma(`cache_size = -${PAGE_CACHE_KIB}`)
  db.pragma('secure_delete = ON')
  db.pragma('foreign_keys = ON')
  migrate(db, migrations)
  return db
}

/** A new encrypted vault with the real key-derivation cost, unlocked. */
export async function createBenchVault(directory: string): Promise<Vault> {
  const vault = new Vault({ directory, logger: silentLogger, clock: benchClock })
  await vault.create(BENCH_PASSPHRASE)
  return vault
}

/**
 * Imports the corpus through Mend's own import path (one transaction, rows then the search index);
 * returns the wall time and the CPU time it took, in ms. The CPU time is the steadier figure on a
 * shared machine: waiting for a core or for the disk does not count in it.
 */
export async function importCorpus(db: Db, corpus: BenchCorpus): Promise<{ wallMs: number; cpuMs: number }> {
  const cpu = process.cpuUsage()
  const started = performance.now()
  await createImportStore(db, benchClock).run({ format: 'jrnl-json', entries: corpus.entries, skipped: [] })
  const used = process.cpuUsage(cpu)
  return { wallMs: performance.now() - started, cpuMs: (used.user + used.system) / 1000 }
}

/**
 * People, and who each entry mentions: not part of an import (no importer knows people), so
 * written afterwards, outside the timed import, through the same link code the editor uses.
 */
export function addPeople(db: Db, corpus: BenchCorpus): number[] {
  const people = journalOf(db, benchClock).people
  const ids = corpus.people.map((name) => people.create({ name }).id)
  const links = createEntryLinks(db)
  const entryIds = db.prepare<[], { id: number }>('SELECT id FROM entries ORDER BY id').all()
  const CHUNK = 2000
  for (let start = 0; start < entryIds.length; start += CHUNK) {
    db.transaction(() => {
      for (let index = start; index < Math.min(start + CHUNK, entryIds.length); index++) {
        const mentioned = corpus.entryPeople[index] ?? []
        if (mentioned.length)
          links.setPeople(
            entryIds[index]!.id,
            mentioned.map((person) => ids[person]!),
          )
      }
    })()
  }
  return ids
}

export function vaultDirectory(root: string): string {
  return join(root, 'vault')
}

export { journalOf }
