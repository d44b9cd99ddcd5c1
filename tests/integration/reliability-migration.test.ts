import { cpSync, existsSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LATEST_SCHEMA_VERSION } from '../../electron/core'
import { migrations, type Migration } from '../../electron/core/vault/migrations'
import { readBackup } from '../helpers/backup-files'
import { startChild } from '../helpers/child-process'
import { killAt, killPointFor, reliabilityRounds, roundsTimeout, type KillPoint } from '../helpers/reliability-rounds'
import { GOOD_PASSPHRASE, makeTempDir, makeVault, manualClock } from '../helpers/temp-vault'
import { entryWordsStep, migrationsWithTestStep } from '../helpers/test-migrations'
import { FIXTURE, writeFixtureContent } from '../fixtures/vaults/fixture-content'
import { columnsByTable, contentDigest, schemaObjects } from '../helpers/vault-content'

/** At least 30 kills in the full run; npm test runs 5, one in each phase. */
const ROUNDS = reliabilityRounds(5, 40)
/** The released schema the vault starts at: the one before the latest (numbers may skip). */
const FROM = migrations.at(-2)!.version
/** The steps up to and including a version. */
const upTo = (list: readonly Migration[], version: number) => list.filter((step) => step.version <= version)
const TO = entryWordsStep.version
/** The upgrade's phases (migrate-child.ts), in turn. */
const KILL_POINTS: KillPoint[] = [
  { after: 'opening', withinMs: 40 },
  { after: 'backup', withinMs: 100 },
  { after: `step ${LATEST_SCHEMA_VERSION}`, withinMs: 30 },
  { after: `step ${TO}`, withinMs: 30 },
  { after: 'opened', withinMs: 10 },
]

/**
 * An app update opens a journal of schema FROM: a pre-migration backup, this Mend's last real
 * migration (FROM -> LATEST) and a long test step after it (LATEST -> LATEST+1, see
 * test-migrations.ts), each in its own transaction. After a kill at any moment the journal must
 * open with every step either complete or absent: schema FROM, LATEST or LATEST+1 exactly, the
 * content unchanged, and any pre-migration backup a whole copy of the state before.
 */
describe('migrations: kill -9 while an older journal is being upgraded', () => {
  let temp: ReturnType<typeof makeTempDir>
  let template: string
  let original = ''
  /** The columns of schema FROM: a later step may add columns, never change what was there. */
  let fromColumns = new Map<string, string[]>()
  let entries = 0
  /** Schema version -> the tables, indexes and triggers a journal at that version has. */
  const schemaAt = new Map<number, string[]>()

  beforeAll(async () => {
    temp = makeTempDir('mend-migration-crash-')
    template = join(temp.path, 'template')
    const clock = manualClock()
    const vault = makeVault(template, { clock, migrations: upTo(migrations, FROM) })
    await vault.create(GOOD_PASSPHRASE)
    // About 2.5 MB: the backup and the long step take a few hundred ms, so kills land inside them.
    writeFixtureContent(vault.database(), FROM, { extraEntries: 1000 })
    // The content digest below covers every schema's additions, the photo's bytes (schema 9) too.
    expect(vault.database().prepare('SELECT count(*) FROM photos').pluck().get()).toBe(1)
    fromColumns = columnsByTable(vault.database())
    original = contentDigest(vault.database(), fromColumns)
    entries = vault.database().prepare('SELECT count(*) FROM entries').pluck().get() as number
    schemaAt.set(FROM, schemaObjects(vault.database()))
    await vault.lock()
    for (const version of [LATEST_SCHEMA_VERSION, TO]) {
      const reference = makeVault(join(temp.path, `reference-${version}`), {
        migrations: upTo(migrationsWithTestStep, version),
      })
      await reference.create(GOOD_PASSPHRASE)
      schemaAt.set(version, schemaObjects(reference.database()))
      await reference.lock()
    }
  })
  afterAll(() => temp.remove())

  it(
    `opens after each of ${ROUNDS} kills at schema ${FROM}, ${LATEST_SCHEMA_VERSION} or ${TO}, whole and unchanged`,
    async () => {
      expect(schemaAt.get(FROM)).not.toEqual(schemaAt.get(LATEST_SCHEMA_VERSION))
      const dir = join(temp.path, 'vault')
      const foundAt = new Map<number, number>()
      let backupsChecked = 0
      for (let round = 1; round <= ROUNDS; round += 1) {
        rmSync(dir, { recursive: true, force: true })
        cpSync(template, dir, { recursive: true })
        await killAt(startChild('migrate-child.ts', [dir, GOOD_PASSPHRASE]), killPointFor(round, KILL_POINTS))

        // Look at the journal as the kill left it, before this open migrates it further.
        let found = TO
        const vault = makeVault(dir, { migrations: migrationsWithTestStep })
        vault.beforeMigration = ({ db }, from) => {
          found = from
          expect(db.pragma('integrity_check', { simple: true }), `round ${round}`).toBe('ok')
          expect(schemaObjects(db), `round ${round}: schema ${from} is not whole`).toEqual(schemaAt.get(from))
          expect(contentDigest(db, fromColumns), `round ${round}`).toBe(original)
        }
        const info = await vault.unlock(GOOD_PASSPHRASE)
        try {
          const db = vault.database()
          foundAt.set(found, (foundAt.get(found) ?? 0) + 1)
          expect(info.schemaVersion).toBe(TO)
          expect(info.displayName).toBe(FIXTURE.displayName)
          expect(db.pragma('integrity_check', { simple: true }), `round ${round}`).toBe('ok')
          expect(() => db.exec("INSERT INTO entries_fts(entries_fts) VALUES('integrity-check')")).not.toThrow()
          expect(schemaObjects(db)).toEqual(schemaAt.get(TO))
          expect(contentDigest(db, fromColumns), `round ${round}`).toBe(original)
          expect(db.prepare('SELECT count(*) FROM test_entry_words').pluck().get()).toBe(entries)

          // A pre-migration backup that made it to its name is the whole journal as it was.
          const folder = join(dir, 'backups')
          const names = existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.mendbackup')) : []
          expect(names.length).toBeLessThanOrEqual(1)
          for (const name of names) {
            const [version, digest] = readBackup(join(folder, name), vault.session().dataKey, (copy) => [
              copy.pragma('user_version', { simple: true }),
              contentDigest(copy, fromColumns),
            ])
            expect({ version, digest }, `round ${round}: ${name}`).toEqual({ version: FROM, digest: original })
            backupsChecked += 1
          }
        } finally {
          await vault.lock()
        }
      }
      const figures = [FROM, LATEST_SCHEMA_VERSION, TO].map((v) => `${foundAt.get(v) ?? 0} at schema ${v}`).join(', ')
      console.info(
        `migration crash: ${ROUNDS} kill rounds, vault opened ${ROUNDS}/${ROUNDS}: ${figures}, ` +
          `0 half-applied steps, ${backupsChecked} pre-migration backups whole`,
      )
      // Kills landed before the upgrade committed anything, and after it finished.
      expect(foundAt.get(FROM) ?? 0).toBeGreaterThan(0)
      expect(foundAt.get(TO) ?? 0).toBeGreaterThan(0)
    },
    roundsTimeout(ROUNDS, 2_500),
  )
})
