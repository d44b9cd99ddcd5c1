import { createHash } from 'node:crypto'
import { cpSync, existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  BackupService,
  LATEST_SCHEMA_VERSION,
  assessmentsOf,
  createSettingsQueries,
  journalOf,
  plansOf,
  readImageFacts,
  silentLogger,
  type Journal,
} from '../../electron/core'
import { migrations, type Migration } from '../../electron/core/vault/migrations'
import { FIXTURE, FIXTURE_PASSPHRASE, RELEASED_SCHEMA_VERSIONS } from '../fixtures/vaults/fixture-content'
import { makeTempDir, makeVault, manualClock } from '../helpers/temp-vault'
import { expectMendError, hashFolder } from '../helpers/vault-files'

const FIXTURES = join(__dirname, '..', 'fixtures', 'vaults')
const VERSIONS = RELEASED_SCHEMA_VERSIONS
const CLOCK = manualClock(Date.parse('2026-02-01T12:00:00Z'))
const NEW_PASSPHRASE = 'lighthouse keeper 19 slow tide'
/** The ids fixture-content.ts gives, with no generated entries: the named two, then one per schema. */
const ENTRY_IDS = { folded: 3, deleted: 4, photo: 5 } as const

/** The highest entry id a fixture ever used (a deleted one included, from schema 8). */
function lastEntryIdOf(version: number): number {
  if (version >= 9) return ENTRY_IDS.photo
  if (version >= 8) return ENTRY_IDS.deleted
  if (version >= 7) return ENTRY_IDS.folded
  return version >= 3 ? FIXTURE.entries.length : 0
}

/** Schema 7+: the person and the tag are found under a spelling only full case folding matches. */
function expectFoldedNames(journal: Journal): void {
  const { person, sameAs, tag, tagSameAs, entry } = FIXTURE.folded
  const found = journal.people.findByName(sameAs)
  expect(found).toMatchObject({ name: person, entryCount: 1 })
  expect(journal.entries.get(ENTRY_IDS.folded)).toMatchObject({ ...entry, tags: [tag], personIds: [found!.id] })
  // Tagging with the other spelling keeps the one tag, under its first spelling.
  journal.entries.update({ id: ENTRY_IDS.folded, tags: [tagSameAs] })
  expect(journal.entries.get(ENTRY_IDS.folded).tags).toEqual([tag])
}

/** Schema 9+: the photo's facts and its exact bytes, linked from its entry. */
function expectPhoto(journal: Journal): void {
  const { entry, file, key, sha256, ...facts } = FIXTURE.photo
  expect(journal.entries.get(ENTRY_IDS.photo)).toMatchObject(entry)
  expect(journal.photos.list(ENTRY_IDS.photo)).toEqual([
    { key, entryId: ENTRY_IDS.photo, name: file, viewable: true, ...facts },
  ])
  const stored = journal.photos.read(key)
  expect(createHash('sha256').update(stored!.original).digest('hex')).toBe(sha256)
  expect(stored!.display).toBeNull()
  expect(readImageFacts(stored!.original)).toMatchObject({ mediaType: facts.mediaType, width: facts.width })
}

/** A step a later Mend might add: the journal it leaves is one this Mend has never seen. */
const futureStep: Migration = {
  version: LATEST_SCHEMA_VERSION + 1,
  name: 'future-feature',
  up(db) {
    db.exec(
      "CREATE TABLE future_notes (body TEXT NOT NULL) STRICT; INSERT INTO future_notes VALUES ('from the future')",
    )
  },
}

describe('version skew: journals from every released schema, and from a newer Mend', () => {
  let temp: ReturnType<typeof makeTempDir>
  beforeEach(() => {
    temp = makeTempDir('mend-version-skew-')
  })
  afterEach(() => temp.remove())

  /** A working copy: committed fixtures are never opened in place. */
  function copyOf(version: number): string {
    const source = join(FIXTURES, `v${version}`)
    expect(existsSync(join(source, 'vault-header.json')), `no frozen fixture for released schema ${version}`).toBe(true)
    const dir = join(temp.path, `v${version}`)
    cpSync(source, dir, { recursive: true })
    return dir
  }

  it('has a frozen fixture for every released schema version, and no other', () => {
    expect(VERSIONS).toEqual(Array.from({ length: VERSIONS.length }, (_, i) => i + 1))
    expect(VERSIONS.at(-1)).toBeLessThanOrEqual(LATEST_SCHEMA_VERSION)
    const folders = readdirSync(FIXTURES).filter((name) => /^v\d+$/.test(name))
    expect(folders.sort()).toEqual(VERSIONS.map((version) => `v${version}`).sort())
  })

  it.each(VERSIONS)('opens the schema %i fixture, migrates it to the latest and keeps its content', async (version) => {
    const dir = copyOf(version)
    const vault = makeVault(dir, { clock: CLOCK })
    // As the app does: a pre-migration backup, taken from the journal as it was.
    const backups = new BackupService(vault, silentLogger)
    let migratedFrom: number | null = null
    const takeBackup = vault.beforeMigration
    vault.beforeMigration = (open, from, to) => {
      migratedFrom = from
      takeBackup?.(open, from, to)
    }
    const info = await vault.unlock(FIXTURE_PASSPHRASE)
    try {
      expect(migratedFrom).toBe(version < LATEST_SCHEMA_VERSION ? version : null)
      expect(backups.list()).toHaveLength(version < LATEST_SCHEMA_VERSION ? 1 : 0)
      expect(info).toMatchObject({
        schemaVersion: LATEST_SCHEMA_VERSION,
        displayName: FIXTURE.displayName,
        createdAt: FIXTURE.createdAt,
        recoveryKeyConfirmed: true,
      })
      const db = vault.database()
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
      expect(db.pragma('foreign_key_check')).toEqual([])
      expect(() => db.exec("INSERT INTO entries_fts(entries_fts) VALUES('integrity-check')")).not.toThrow()
      expect(createSettingsQueries(db).read().backupsToKeep).toBe(version >= 2 ? FIXTURE.backupsToKeep : 7)

      const journal = journalOf(db, CLOCK)
      if (version >= 3) {
        const [porch, birthday] = FIXTURE.entries
        expect(journal.entries.get(1)).toMatchObject({ ...porch, personIds: [1] })
        expect(journal.entries.get(2)).toMatchObject({ title: birthday.title, body: birthday.body })
        expect(journal.entries.get(2).tags.sort()).toEqual([...birthday.tags].sort())
        // The search index came through: accents folded, the entry found by a word of its body.
        expect(journal.search({ query: 'cafe' }).hits.map((hit) => hit.entry.id)).toEqual([2])
        const people = version >= 7 ? [FIXTURE.folded.person, ...FIXTURE.people] : FIXTURE.people
        expect(journal.people.list().map((person) => person.name)).toEqual([...people])
        const [kept] = journal.history.versions(1)
        expect(journal.history.get(kept!.id).body).toBe(FIXTURE.versionOfFirst)
        expect(journal.templates.list().map((template) => template.name)).toContain(FIXTURE.template)
      } else {
        expect(journal.timeline.outline().total).toBe(0)
      }
      if (version >= 7) expectFoldedNames(journal)
      if (version >= 8) {
        // Deleted at schema 8: gone, and (below) its id is not handed out again.
        expect(() => journal.entries.get(ENTRY_IDS.deleted)).toThrow('That entry no longer exists.')
      }
      if (version >= 9) expectPhoto(journal)
      else expect(db.prepare('SELECT count(*) FROM photos').pluck().get()).toBe(0)

      const plans = plansOf(db, CLOCK, 'UTC')
      if (version >= 4) {
        const overview = plans.overview(1)
        expect(overview.plan.title).toBe(FIXTURE.plan.title)
        const amends = version >= 10 ? [FIXTURE.plan.amend, FIXTURE.nowAmend] : [FIXTURE.plan.amend]
        expect(overview.amends.map((amend) => amend.description).sort()).toEqual(amends.sort())
        expect(overview.stats).toMatchObject({ kept: 8, missed: 2 })
        // One kind of breach before schema 10, read as a set of one; from 10, every kind chosen.
        expect(overview.plan.breach).toMatchObject({
          kind: 'integrity',
          kinds: version >= 10 ? [...FIXTURE.planKinds] : ['integrity'],
        })
        // No step settled before schema 10; from 10, the settled step reads as settled.
        expect(overview.plan.settledSteps).toEqual(version >= 10 ? [...FIXTURE.settledSteps] : [])
        const amendsStep = overview.steps.find((step) => step.step === 'amends')
        expect(amendsStep?.state).toBe(version >= 10 ? 'settled' : 'begun')
      } else {
        expect(plans.list()).toEqual([])
      }
      const assessments = assessmentsOf(db, CLOCK, 'UTC')
      if (version >= 5) {
        const overview = assessments.overview(1)
        expect(overview.assessment.title).toBe(FIXTURE.assessment.title)
        expect(overview.evidence.map((item) => item.description)).toEqual([FIXTURE.assessment.evidence])
        expect(overview.checks).toHaveLength(1)
        expect(overview.assessment.breach).toMatchObject({
          kind: 'care',
          kinds: version >= 10 ? [...FIXTURE.assessmentKinds] : ['care'],
        })
      } else {
        expect(assessments.list()).toEqual([])
      }
      // And it takes new writes on the latest schema, under an id never used before.
      expect(journal.entries.create({ title: 'Written after the upgrade' }).id).toBe(lastEntryIdOf(version) + 1)
    } finally {
      await vault.lock()
    }

    // Its recovery key still opens it (the key header of that version is understood).
    const recoveryKey = readFileSync(join(dir, 'recovery-key.txt'), 'utf8').trim()
    const recovered = makeVault(dir, { clock: CLOCK })
    await recovered.recover(recoveryKey, NEW_PASSPHRASE)
    expect(recovered.info().schemaVersion).toBe(LATEST_SCHEMA_VERSION)
    await recovered.lock()
  })

  it.each(VERSIONS.filter((version) => version > 1))(
    'a Mend that knows only the schemas before %i refuses that fixture and changes no byte',
    async (version) => {
      const dir = copyOf(version)
      const before = hashFolder(dir)
      const names = readdirSync(dir).sort()
      const older = makeVault(dir, { clock: CLOCK, migrations: migrations.filter((step) => step.version < version) })
      const error = await expectMendError(older.unlock(FIXTURE_PASSPHRASE), 'UNSUPPORTED_VERSION')
      expect(error.message).toBe('This journal was saved by a newer version of Mend. Update Mend to open it.')
      expect(older.status().state).toBe('locked')
      expect(readdirSync(dir).sort()).toEqual(names)
      expect(hashFolder(dir)).toEqual(before)
    },
  )

  it('refuses a journal from a newer Mend with UNSUPPORTED_VERSION and leaves every file as it was', async () => {
    // The newest fixture, upgraded by a Mend that knows one step more than this one.
    const dir = copyOf(VERSIONS.at(-1)!)
    const newer = makeVault(dir, { clock: CLOCK, migrations: [...migrations, futureStep] })
    expect((await newer.unlock(FIXTURE_PASSPHRASE)).schemaVersion).toBe(LATEST_SCHEMA_VERSION + 1)
    await newer.lock()
    const before = hashFolder(dir)
    const names = readdirSync(dir).sort()

    const vault = makeVault(dir, { clock: CLOCK })
    const backups = new BackupService(vault, silentLogger)
    const error = await expectMendError(vault.unlock(FIXTURE_PASSPHRASE), 'UNSUPPORTED_VERSION')
    expect(error.message).toBe('This journal was saved by a newer version of Mend. Update Mend to open it.')
    // Locked, not "damaged": the app must not offer to restore a backup over a healthy journal.
    expect(vault.status().state).toBe('locked')
    expect(backups.list()).toEqual([])
    expect(readdirSync(dir).sort()).toEqual(names)
    expect(hashFolder(dir)).toEqual(before)
    console.info(
      `version skew: schemas ${VERSIONS.join(', ')} opened and migrated to ${LATEST_SCHEMA_VERSION}; ` +
        `schema ${LATEST_SCHEMA_VERSION + 1} refused (UNSUPPORTED_VERSION), ${Object.keys(before).length} files byte-for-byte unchanged`,
    )
  })
})
