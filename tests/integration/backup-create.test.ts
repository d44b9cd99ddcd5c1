import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  BackupService,
  assessmentsOf,
  createSettingsQueries,
  journalOf,
  plansOf,
  silentLogger,
  type Vault,
} from '../../electron/core'
import { LATEST_SCHEMA_VERSION, migrations } from '../../electron/core/vault/migrations'
import { createNotesTable, notesIn, readBackup } from '../helpers/backup-files'
import { GOOD_PASSPHRASE, makeTempDir, makeVault, manualClock } from '../helpers/temp-vault'
import { countOccurrences, expectMendError } from '../helpers/vault-files'

const MARKER = 'MARKER-backup-plaintext-7d1f'
// Long enough that random ciphertext cannot hold it by chance (a 3-letter name is in ~1% of files).
const NAME = 'Sam Okafor-Lindqvist'
const HOUR = 3_600_000

describe('backups: making, naming, rotating', () => {
  let temp: ReturnType<typeof makeTempDir>
  let clock: ReturnType<typeof manualClock>
  let vault: Vault
  let backups: BackupService
  beforeEach(async () => {
    temp = makeTempDir()
    clock = manualClock()
    vault = makeVault(temp.path, { clock })
    backups = new BackupService(vault, silentLogger)
    await vault.create(GOOD_PASSPHRASE, NAME)
    createNotesTable(vault.database(), ['first', MARKER])
  })
  afterEach(() => {
    vault.lockNow()
    temp.remove()
  })

  const key = () => Buffer.from(vault.session().dataKey)
  const names = () => backups.list().map((file) => file.name)

  it('writes one encrypted file to <vault>/backups named mend-backup-<time>.mendbackup', async () => {
    const file = await backups.create()
    expect(backups.directory).toBe(join(temp.path, 'backups'))
    expect(file.name).toBe('mend-backup-20261124T120000000Z.mendbackup')
    expect(file.path).toBe(join(temp.path, 'backups', file.name))
    expect(file.createdAt).toBe('2026-11-24T12:00:00.000Z')
    expect(file.sizeBytes).toBe(statSync(file.path).size)
    expect(readdirSync(backups.directory)).toEqual([file.name])
    expect(backups.list()).toEqual([file])
  })

  it('holds the data, and shows what it holds (inspect) without the passphrase', async () => {
    const file = await backups.create()
    expect(readBackup(file.path, key(), notesIn)).toEqual(['first', MARKER])
    expect(await backups.inspect(file.path)).toEqual({
      name: file.name,
      createdAt: '2026-11-24T12:00:00.000Z',
      sameJournal: true,
      vaultCreatedAt: '2026-11-24T12:00:00.000Z',
      displayName: NAME,
      schemaVersion: LATEST_SCHEMA_VERSION,
      counts: [
        { label: 'Journal entries', count: 0 },
        { label: 'People', count: 0 },
        { label: 'Repair plans', count: 0 },
        { label: 'Check-ins', count: 0 },
        { label: 'Trust assessments', count: 0 },
        { label: 'Assessment evidence', count: 0 },
      ],
    })
  })

  it('counts the journal entries outside the trash, and the people, in what it shows', async () => {
    const journal = journalOf(vault.database(), clock)
    const anna = journal.people.create({ name: 'Anna' })
    journal.people.create({ name: 'Bea' })
    journal.entries.create({ title: 'One', personIds: [anna.id] })
    journal.entries.create({ title: 'Two' })
    journal.trash.move(journal.entries.create({ title: 'Three' }).id)
    const plans = plansOf(vault.database(), clock, 'UTC')
    const plan = plans.create({
      personId: anna.id,
      breach: { whatHappened: 'x', occurredOn: '2026-11-01', severity: 2, kind: 'care', involvedDeception: false },
    })
    const walk = plans.commitments.add({
      planId: plan.id,
      behaviour: 'Walk',
      cadence: { kind: 'daily' },
      startOn: '2026-11-01',
    })
    plans.commitments.recordCheckIn({ commitmentId: walk.id, onDate: '2026-11-02', outcome: 'kept' })
    const assessments = assessmentsOf(vault.database(), clock, 'UTC')
    const assessment = assessments.create({
      personId: anna.id,
      breach: { whatHappened: 'y', occurredOn: '2026-11-01', severity: 3, kind: 'integrity', involvedDeception: true },
    })
    for (const kind of ['word', 'action'] as const) {
      assessments.evidence.add({ assessmentId: assessment.id, observedOn: '2026-11-02', kind, description: kind })
    }
    const file = await backups.create()
    expect((await backups.inspect(file.path)).counts).toEqual([
      { label: 'Journal entries', count: 2 },
      { label: 'People', count: 2 },
      { label: 'Repair plans', count: 1 },
      { label: 'Check-ins', count: 1 },
      { label: 'Trust assessments', count: 1 },
      { label: 'Assessment evidence', count: 2 },
    ])
  })

  it('is unreadable without the key: no journal text and no name appear in the file', async () => {
    const bytes = readFileSync((await backups.create()).path)
    for (const text of [MARKER, NAME, GOOD_PASSPHRASE]) {
      expect(countOccurrences(bytes, Buffer.from(text, 'utf8')), text).toBe(0)
      expect(countOccurrences(bytes, Buffer.from(text, 'utf16le')), text).toBe(0)
    }
  })

  it('keeps only the newest backupsToKeep backups', async () => {
    createSettingsQueries(vault.database()).update({ backupsToKeep: 3 })
    const made: string[] = []
    for (let i = 0; i < 5; i += 1) {
      made.push((await backups.create()).name)
      clock.advance(60_000)
    }
    expect(names()).toEqual(made.slice(2).reverse())
    expect(readdirSync(backups.directory).sort()).toEqual(made.slice(2).sort())
  })

  it('orders backups made in the same millisecond by when they were made, and rotates the oldest', async () => {
    createSettingsQueries(vault.database()).update({ backupsToKeep: 3 })
    const made: string[] = []
    for (let i = 0; i < 12; i += 1) made.push((await backups.create()).name)
    expect(new Set(made).size).toBe(12)
    expect(names()).toEqual(made.slice(-3).reverse())
  })

  it('keeps a backup made after the clock was turned back, rotating an older one instead', async () => {
    createSettingsQueries(vault.database()).update({ backupsToKeep: 3 })
    for (let i = 0; i < 3; i += 1) {
      await backups.create()
      clock.advance(60_000)
    }
    clock.advance(-HOUR)
    const made = await backups.create()
    expect(made.createdAt).toBe('2026-11-24T11:03:00.000Z')
    expect(names()).toHaveLength(3)
    expect(names()).toContain(made.name)
    expect(readBackup(made.path, key(), notesIn)).toEqual(['first', MARKER])
  })

  it('lists only backup files: temp files and other files in the folder are not backups', async () => {
    const file = await backups.create()
    writeFileSync(join(backups.directory, '.mend-backup-20261124T130000000Z.mendbackup.ab12.tmp'), 'partial')
    writeFileSync(join(backups.directory, 'notes.txt'), 'mine')
    writeFileSync(join(backups.directory, 'mend-backup-yesterday.mendbackup'), 'mine too')
    expect(names()).toEqual([file.name])
  })

  it('refuses to back up a locked vault with LOCKED', async () => {
    await vault.lock()
    await expectMendError(backups.create(), 'LOCKED')
  })
})

describe('backups: the daily backup', () => {
  let temp: ReturnType<typeof makeTempDir>
  let clock: ReturnType<typeof manualClock>
  let vault: Vault
  let backups: BackupService
  beforeEach(async () => {
    temp = makeTempDir()
    clock = manualClock()
    vault = makeVault(temp.path, { clock })
    backups = new BackupService(vault, silentLogger)
    await vault.create(GOOD_PASSPHRASE)
  })
  afterEach(() => {
    vault.lockNow()
    temp.remove()
  })

  it('makes at most one backup per 24 hours', async () => {
    expect(await backups.createDailyIfDue()).not.toBeNull()
    expect(await backups.createDailyIfDue()).toBeNull()
    clock.advance(24 * HOUR - 1)
    expect(await backups.createDailyIfDue()).toBeNull()
    clock.advance(1)
    const second = await backups.createDailyIfDue()
    expect(second?.createdAt).toBe('2026-11-25T12:00:00.000Z')
    expect(backups.list()).toHaveLength(2)
  })

  it('counts a manual backup as the day’s backup', async () => {
    await backups.create()
    clock.advance(3 * HOUR)
    expect(await backups.createDailyIfDue()).toBeNull()
  })

  it('does nothing while the vault is locked', async () => {
    await vault.lock()
    expect(await backups.createDailyIfDue()).toBeNull()
    expect(backups.list()).toEqual([])
  })
})

describe('backups: before a migration', () => {
  let temp: ReturnType<typeof makeTempDir>
  beforeEach(async () => {
    temp = makeTempDir()
    const [first] = migrations
    if (!first) throw new Error('no migrations')
    // A journal saved by an older Mend that knew only the first migration.
    const older = makeVault(temp.path, { migrations: [first] })
    await older.create(GOOD_PASSPHRASE, 'Sam')
    createNotesTable(older.database(), ['from the older version'])
    await older.lock()
  })
  afterEach(() => temp.remove())

  it('backs up the journal as it was before migrating it on unlock', async () => {
    const vault = makeVault(temp.path)
    const backups = new BackupService(vault, silentLogger)
    const info = await vault.unlock(GOOD_PASSPHRASE)
    try {
      expect(info.schemaVersion).toBe(LATEST_SCHEMA_VERSION)
      const [file, ...others] = backups.list()
      expect(others).toEqual([])
      if (!file) throw new Error('no pre-migration backup')
      expect(await backups.inspect(file.path)).toMatchObject({
        schemaVersion: 1,
        displayName: 'Sam',
        sameJournal: true,
        // The journal's tables came later: a backup without them counts nothing.
        counts: [],
      })
      expect(readBackup(file.path, Buffer.from(vault.session().dataKey), notesIn)).toEqual(['from the older version'])

      await vault.lock()
      await vault.unlock(GOOD_PASSPHRASE)
      expect(backups.list()).toHaveLength(1)
    } finally {
      vault.lockNow()
    }
  })
})
