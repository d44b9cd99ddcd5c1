import { chmodSync, mkdirSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ErrorCode } from '../../electron/contract'
import { journalOf } from '../../electron/core'
import { startChild, type ChildOptions } from '../helpers/child-process'
import { GOOD_PASSPHRASE, makeTempDir, makeVault, manualClock } from '../helpers/temp-vault'
import { hashFolder } from '../helpers/vault-files'

/**
 * A full disk and a read-only folder, for real: a child process runs under a file-size limit
 * (RLIMIT_FSIZE: the kernel refuses writes past it with EFBIG, and SQLite reports its short write
 * as SQLITE_FULL or a write error), or where the folder's or file's mode shuts it out (as root,
 * without the capabilities that ignore modes: see startChild's honourFileModes).
 */
const shutOut: ChildOptions = { honourFileModes: true }

interface ChildReport {
  acks: number[]
  errors: Array<{ typed: boolean; code: ErrorCode | null; message: string }>
  entries: number | null
  ready: boolean
  done: boolean
}

async function runChild(args: string[], options: ChildOptions): Promise<ChildReport> {
  const child = startChild('disk-fault-child.ts', args, {}, options)
  const code = await child.exited()
  expect(code, `the child crashed: ${child.stderr().slice(-400)}`).toBe(0)
  const report: ChildReport = { acks: [], errors: [], entries: null, ready: false, done: false }
  for (const line of child.lines()) {
    const value = JSON.parse(line) as Record<string, never>
    if ('ack' in value) report.acks.push(value.ack)
    if ('error' in value) report.errors.push(value.error)
    if ('entries' in value) report.entries = value.entries
    if ('ready' in value) report.ready = true
    if ('done' in value) report.done = true
  }
  return report
}

/** Typed, one of `codes`, and plain words: it names the action and no errno or SQLite code. */
function expectPlainError(report: ChildReport, codes: ErrorCode[], action: string, folder: string): string {
  expect(report.errors.length).toBeGreaterThan(0)
  for (const error of report.errors) {
    expect(error).toMatchObject({ typed: true })
    expect(codes).toContain(error.code)
    expect(error.message).toContain(action)
    expect(error.message.replaceAll(folder, '<folder>')).not.toMatch(/SQLITE|\bE[A-Z]{3,}\b|\(|errno/)
  }
  return report.errors[0]!.message
}

function filesIn(folder: string): string[] {
  return readdirSync(folder).sort()
}

describe('a full disk and read-only folders: a plain error, and nothing acknowledged is lost', () => {
  let temp: ReturnType<typeof makeTempDir>
  let dir: string
  /** Entries saved before the fault, with their ids. */
  let before: Array<{ id: number; title: string }>

  beforeEach(async () => {
    temp = makeTempDir('mend-disk-')
    dir = join(temp.path, 'vault')
    const vault = makeVault(dir)
    await vault.create(GOOD_PASSPHRASE)
    const journal = journalOf(vault.database(), manualClock())
    // About 1.5 MB: bigger than the limits the backup and export cases set.
    before = Array.from({ length: 30 }, (_, i) => {
      const { id } = journal.entries.create({ title: `Before ${i}`, body: `${'Words I meant. '.repeat(3_400)}${i}` })
      return { id, title: `Before ${i}` }
    })
    await vault.lock()
  })
  afterEach(() => {
    chmodTree(temp.path)
    temp.remove()
  })

  /** Opens the vault as the app would next time: sound, with every entry saved before the fault. */
  async function expectJournalWhole(extraIds: number[] = []): Promise<void> {
    const vault = makeVault(dir)
    await vault.unlock(GOOD_PASSPHRASE)
    try {
      const db = vault.database()
      const journal = journalOf(db, manualClock())
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
      expect(() => db.exec("INSERT INTO entries_fts(entries_fts) VALUES('integrity-check')")).not.toThrow()
      for (const entry of before) expect(journal.entries.get(entry.id).title).toBe(entry.title)
      for (const id of extraIds) expect(journal.entries.get(id).body).toMatch(/entry\d+$/)
      expect(journal.timeline.outline().total).toBe(before.length + extraIds.length)
      // And the journal takes new saves once the disk has room again.
      expect(journal.entries.create({ title: 'After the fault' }).title).toBe('After the fault')
    } finally {
      await vault.lock()
    }
  }

  it('saving entries on a full disk: each failed save is a plain DISK_FULL or IO error; acknowledged saves stay', async () => {
    const report = await runChild([dir, GOOD_PASSPHRASE, 'save'], { fileSizeLimitKb: 2_560 })
    expect(report.acks.length).toBeGreaterThan(3)
    const message = expectPlainError(report, ['DISK_FULL', 'IO'], 'save the entry', dir)
    expect(message).toMatch(/disk/i)
    expect(report.errors).toHaveLength(4)
    // The journal still reads in the same session, without the saves that failed.
    expect(report.entries).toBe(before.length + report.acks.length)
    expect(report.done).toBe(true)
    await expectJournalWhole(report.acks)
    console.info(
      `full disk (entry saves): ${report.acks.length} saves acknowledged before the disk refused, ` +
        `${report.errors.length}/${report.errors.length} failures typed ${report.errors[0]?.code} in plain words, ` +
        `0 acknowledged saves lost, integrity_check ok`,
    )
  })

  it('a backup on a full disk fails in plain words and leaves no partial backup', async () => {
    const backups = join(temp.path, 'backups')
    const report = await runChild([dir, GOOD_PASSPHRASE, 'backup', backups], { fileSizeLimitKb: 512 })
    const message = expectPlainError(report, ['DISK_FULL', 'IO'], 'make a backup', backups)
    expect(filesIn(backups)).toEqual([])
    await expectJournalWhole()
    console.info(
      `full disk (backup): refused as ${report.errors[0]?.code}: "${message.replaceAll(backups, '<folder>')}"`,
    )
  })

  it('an export on a full disk fails in plain words and leaves no partial file', async () => {
    const folder = join(temp.path, 'exports')
    mkdirSync(folder)
    const report = await runChild([dir, GOOD_PASSPHRASE, 'export', join(folder, 'journal.json')], {
      fileSizeLimitKb: 512,
    })
    const message = expectPlainError(report, ['DISK_FULL'], 'write the export', folder)
    expect(filesIn(folder)).toEqual([])
    await expectJournalWhole()
    console.info(`full disk (export): refused as DISK_FULL: "${message}"`)
  })

  it('a read-only journal folder: unlocking says so in plain words and touches nothing', async () => {
    const hashes = hashFolder(dir)
    chmodSync(dir, 0o500)
    const report = await runChild([dir, GOOD_PASSPHRASE, 'unlock'], shutOut)
    expect(report.ready).toBe(false)
    const message = expectPlainError(report, ['IO'], 'open the journal', dir)
    expect(message).toMatch(/permission/i)
    expect(hashFolder(dir)).toEqual(hashes)
    chmodSync(dir, 0o700)
    await expectJournalWhole()
    console.info(`read-only folder (unlock): refused as IO: "${message.replaceAll(dir, '<folder>')}"`)
  })

  it('a read-only journal file: unlocking says so, and nothing left behind keeps it read-only once fixed', async () => {
    const database = join(dir, 'mend.db')
    const hashes = hashFolder(dir)
    chmodSync(database, 0o400)
    const refused = await runChild([dir, GOOD_PASSPHRASE, 'unlock'], shutOut)
    const message = expectPlainError(refused, ['IO'], 'open the journal database', dir)
    expect(message).toMatch(/permission/i)
    // No -wal/-shm created with the file's read-only mode: they would outlive the fix.
    expect(hashFolder(dir)).toEqual(hashes)
    chmodSync(database, 0o600)
    const fixed = await runChild([dir, GOOD_PASSPHRASE, 'unlock'], shutOut)
    expect(fixed).toMatchObject({ ready: true, done: true, errors: [] })
    expect(fixed.acks).toHaveLength(1)
    await expectJournalWhole(fixed.acks)
    console.info(`read-only file (unlock): refused as IO: "${message.replaceAll(dir, '<folder>')}"`)
  })

  it('a read-only backup folder: the backup fails in plain words, the journal is untouched', async () => {
    const backups = join(temp.path, 'backups')
    mkdirSync(backups, { mode: 0o500 })
    const report = await runChild([dir, GOOD_PASSPHRASE, 'backup', backups], shutOut)
    const message = expectPlainError(report, ['IO'], 'make a backup', backups)
    expect(filesIn(backups)).toEqual([])
    await expectJournalWhole()
    console.info(`read-only folder (backup): refused as IO: "${message.replaceAll(backups, '<folder>')}"`)
  })

  it('a read-only export folder: the export fails in plain words and writes nothing', async () => {
    const folder = join(temp.path, 'exports')
    mkdirSync(folder, { mode: 0o500 })
    const report = await runChild([dir, GOOD_PASSPHRASE, 'export', join(folder, 'journal.json')], shutOut)
    const message = expectPlainError(report, ['IO'], 'write the export', folder)
    expect(message).toMatch(/permission/i)
    expect(filesIn(folder)).toEqual([])
    await expectJournalWhole()
    console.info(`read-only folder (export): refused as IO: "${message.replaceAll(folder, '<folder>')}"`)
  })
})

/** Opens every folder again so the temp folder can be removed after a test that shut it. */
function chmodTree(path: string): void {
  if (!statSync(path).isDirectory()) return
  chmodSync(path, 0o700)
  for (const name of readdirSync(path)) chmodTree(join(path, name))
}
