import { cpSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { Entry, ProcedureOutput } from '../../electron/contract'
import { Vault, silentLogger, type ImportedEntry } from '../../electron/core'
import { createImportStore } from '../../electron/core/journal/import-store'
import { GOOD_PASSPHRASE, makeTempDir } from '../helpers/temp-vault'
import { startTestCore, type TestCore } from '../helpers/test-core'

/**
 * The daily backup of a large journal (issue 20): copied in a thread of its own, so the journal
 * goes on answering (a save, the timeline) while it runs, and a lock does not wait for it.
 */
const ENTRIES = 12_000

function entry(n: number): ImportedEntry {
  return {
    importKey: `beside:${n}`,
    title: `An evening walk ${n}`,
    body: `We walked to the harbour, entry number ${n}, and I asked more than I told. `.repeat(6),
    entryDate: `2021-0${(n % 9) + 1}-1${n % 10}T20:00`,
    tags: [],
    starred: false,
  }
}

const backupsIn = (directory: string) => readdirSync(join(directory, 'backups'))
/** A copy being made (and its SQLite side files): never a backup. */
const isTemp = (name: string) => name.startsWith('.')

describe('the daily backup, made beside the journal', () => {
  let temp: ReturnType<typeof makeTempDir>
  let template: string
  let core: TestCore | null = null

  beforeAll(async () => {
    temp = makeTempDir('mend-backup-beside-')
    template = join(temp.path, 'template')
    const vault = new Vault({ directory: template, logger: silentLogger })
    await vault.create(GOOD_PASSPHRASE)
    await createImportStore(vault.database(), vault.clock).run({
      format: 'jrnl-json',
      entries: Array.from({ length: ENTRIES }, (_, n) => entry(n)),
      skipped: [],
    })
    await vault.lock()
  }, 120_000)
  afterEach(async () => {
    await core?.stop()
    core = null
  })
  afterAll(() => temp.remove())

  function openCopy(name: string): { t: TestCore; directory: string } {
    const directory = join(temp.path, name)
    cpSync(template, directory, { recursive: true })
    core = startTestCore(directory)
    return { t: core, directory }
  }

  it('lets a save and the timeline answer while it copies, then reports the backup made', async () => {
    const { t, directory } = openCopy('answers')
    await t.call('vault.unlock', { passphrase: GOOD_PASSPHRASE })
    // The copy has begun (its first step reported by the copy's thread).
    await t.nextEvent((event) => event.type === 'backup.progress')
    const saved = await t.call<Entry>('journal.createEntry', {
      title: 'Written during the backup',
      body: 'Still here.',
    })
    const page = await t.call<ProcedureOutput<'journal.listEntries'>>('journal.listEntries', { offset: 0, limit: 20 })
    const answeredAt = t.events.length
    expect(t.events.some((event) => event.type === 'backup.completed')).toBe(false)
    expect(page.map((row) => row.id)).toContain(saved.id)

    const done = await t.nextEvent((event) => event.type === 'backup.completed')
    expect(t.events.indexOf(done)).toBeGreaterThanOrEqual(answeredAt)
    const files = backupsIn(directory)
    expect(files.filter(isTemp)).toEqual([])
    expect(files).toHaveLength(1)
    // The backup is whole and opens with the journal's key.
    const contents = await t.call<ProcedureOutput<'backup.inspect'>>('backup.inspect', { id: files[0]! })
    expect(contents.counts).toContainEqual({ label: 'Journal entries', count: ENTRIES })
  })

  it('does not hold a lock back: the journal locks while the copy runs, and the next unlock makes the backup', async () => {
    const { t, directory } = openCopy('locked')
    await t.call('vault.unlock', { passphrase: GOOD_PASSPHRASE })
    await t.nextEvent((event) => event.type === 'backup.progress')
    await t.call('vault.lock')
    await t.nextEvent((event) => event.type === 'vault.locked')
    expect(t.events.some((event) => event.type === 'backup.completed')).toBe(false)
    expect(backupsIn(directory).filter((name) => !isTemp(name))).toEqual([])

    await t.call('vault.unlock', { passphrase: GOOD_PASSPHRASE })
    await t.nextEvent((event) => event.type === 'backup.completed')
    expect(backupsIn(directory).filter((name) => !isTemp(name))).toHaveLength(1)
    // What the abandoned copy left was cleared away by the backup that followed.
    expect(backupsIn(directory).filter(isTemp)).toEqual([])
    const page = await t.call<ProcedureOutput<'journal.listEntries'>>('journal.listEntries', { offset: 0, limit: 1 })
    expect(page).toHaveLength(1)
  })
})
