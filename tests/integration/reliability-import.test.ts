import { cpSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { journalOf, type ParsedImport } from '../../electron/core'
import { parseJrnlJson } from '../../electron/core/journal/import'
import type { Db } from '../../electron/core/vault/encrypted-database'
import { startChild } from '../helpers/child-process'
import { killAt, killPointFor, reliabilityRounds, roundsTimeout, type KillPoint } from '../helpers/reliability-rounds'
import { GOOD_PASSPHRASE, makeTempDir, makeVault, manualClock } from '../helpers/temp-vault'

/** At least 30 kills in the full run; npm test runs 5, in each phase of the import. */
const ROUNDS = reliabilityRounds(5, 40)
const SOURCE_ENTRIES = 1_500
const BEFORE = { title: 'Written before the import', body: 'Mine, not imported.' }
/**
 * Progress counts each entry stored, then indexed (import-store.ts): before the first row, while
 * rows are written, while the index is built, and after the commit.
 */
const KILL_POINTS: KillPoint[] = [
  { after: 'importing', withinMs: 20 },
  { after: 'stored 500', withinMs: 20 },
  { after: `stored ${SOURCE_ENTRIES}`, withinMs: 20 },
  { after: 'imported', withinMs: 10 },
]

/** A jrnl JSON export: entry i has its own word `importword<i>` and a jrnl @tag in the text. */
function jrnlExport(count: number): string {
  const filler = 'Walked by the river and thought about what to say. '
  const entries = Array.from({ length: count }, (_, i) => ({
    title: `Imported entry ${i}`,
    body: `${filler.repeat(8)}importword${i} @week${i % 7}`,
    date: new Date(Date.UTC(2020, 0, 1 + (i % 1500))).toISOString().slice(0, 10),
    time: '08:30',
    tags: [`@week${i % 7}`],
    starred: i % 10 === 0,
  }))
  return JSON.stringify({ tags: {}, entries })
}

/** The imported entries as stored, in the order they were written, with their tags. */
function importedRows(db: Db) {
  return db
    .prepare<[], { importKey: string; title: string; body: string; starred: number; tags: string | null }>(
      `SELECT e.import_key AS importKey, e.title, e.body, e.starred,
         (SELECT group_concat(name, ' ') FROM (SELECT t.name FROM entry_tags et JOIN tags t ON t.id = et.tag_id
            WHERE et.entry_id = e.id ORDER BY t.name)) AS tags
       FROM entries e WHERE e.import_key IS NOT NULL ORDER BY e.id`,
    )
    .all()
}

function expectedRows(parsed: ParsedImport, count: number) {
  return parsed.entries.slice(0, count).map((entry) => ({
    importKey: entry.importKey,
    title: entry.title,
    body: entry.body,
    starred: entry.starred ? 1 : 0,
    tags: [...new Set(entry.tags.map((tag) => tag.toLowerCase()))].sort().join(' '),
  }))
}

describe('import: kill -9 while a large journal is being imported', () => {
  let temp: ReturnType<typeof makeTempDir>
  let template: string
  let source: string
  let parsed: ParsedImport

  beforeAll(async () => {
    temp = makeTempDir('mend-import-crash-')
    template = join(temp.path, 'template')
    source = join(temp.path, 'jrnl-export.json')
    writeFileSync(source, jrnlExport(SOURCE_ENTRIES))
    parsed = parseJrnlJson(jrnlExport(SOURCE_ENTRIES))
    const vault = makeVault(template)
    await vault.create(GOOD_PASSPHRASE)
    journalOf(vault.database(), manualClock()).entries.create(BEFORE)
    await vault.lock()
  })
  afterAll(() => temp.remove())

  it(
    `keeps all of the import or none of it after each of ${ROUNDS} kills, and importing again completes it`,
    async () => {
      expect(parsed.entries).toHaveLength(SOURCE_ENTRIES)
      expect(parsed.skipped).toEqual([])
      const dir = join(temp.path, 'vault')
      let killedPartWay = 0
      for (let round = 1; round <= ROUNDS; round += 1) {
        rmSync(dir, { recursive: true, force: true })
        cpSync(template, dir, { recursive: true })
        const child = startChild('import-child.ts', [dir, GOOD_PASSPHRASE, source])
        await killAt(child, killPointFor(round, KILL_POINTS))
        const lines = child.lines()
        const acknowledged = lines.some((line) => line.startsWith('imported '))
        const started = lines.some((line) => line.startsWith('stored '))

        const vault = makeVault(dir)
        await vault.unlock(GOOD_PASSPHRASE)
        try {
          const db = vault.database()
          const journal = journalOf(db, manualClock())
          expect(db.pragma('integrity_check', { simple: true }), `round ${round}`).toBe('ok')
          expect(() => db.exec("INSERT INTO entries_fts(entries_fts) VALUES('integrity-check')")).not.toThrow()
          expect(journal.entries.get(1), `round ${round}`).toMatchObject(BEFORE)
          expect(db.pragma('journal_mode', { simple: true })).toBe('wal')

          // One transaction: the whole source, or nothing of it; the whole once it was acknowledged.
          const count = importedRows(db).length
          expect([0, SOURCE_ENTRIES], `round ${round}: ${count} entries`).toContain(count)
          if (acknowledged) expect(count, `round ${round}`).toBe(SOURCE_ENTRIES)
          if (started && count === 0) killedPartWay += 1

          // The same file again adds exactly what is missing.
          const again = await journal.imports.run(parsed)
          expect(again, `round ${round}`).toEqual({ added: SOURCE_ENTRIES - count, alreadyImported: count })
          expect(importedRows(db), `round ${round}`).toEqual(expectedRows(parsed, SOURCE_ENTRIES))
          expect(db.prepare('SELECT count(*) FROM entries').pluck().get()).toBe(SOURCE_ENTRIES + 1)
          const last = SOURCE_ENTRIES - 1
          expect(journal.search({ query: `importword${last}` }).total).toBe(1)
        } finally {
          await vault.lock()
        }
      }
      console.info(
        `import crash: ${ROUNDS} kill rounds (import of ${SOURCE_ENTRIES} entries in one transaction), ` +
          `${killedPartWay} killed part way left nothing, 0 partial imports, 0 duplicates after importing again`,
      )
      expect(killedPartWay).toBeGreaterThan(0)
    },
    roundsTimeout(ROUNDS, 3_000),
  )
})
