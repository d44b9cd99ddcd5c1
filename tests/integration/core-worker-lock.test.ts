import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ImportPreview, JournalImportFormat, MendEvent, TimelineOutline } from '../../electron/contract'
import { noDialogs } from '../../electron/ipc'
import { writeJrnlSource } from '../helpers/jrnl-source'
import { GOOD_PASSPHRASE, makeTempDir } from '../helpers/temp-vault'
import { startTestCore, type TestCore } from '../helpers/test-core'

/**
 * Issue 20: the core runs in a real worker thread on a real encrypted vault, hosted the way
 * Electron's main hosts it. A lock from the host reaches long work at its next step, the work is
 * undone or abandoned whole, and the journal is as it was; a cancel does the same.
 */
const ENTRIES = 12_000
const PDF_OPTIONS = { pageSize: 'A4', fontSize: 'normal' } as const

describe('locking while the core works, in its worker thread', () => {
  let temp: ReturnType<typeof makeTempDir>
  let core: TestCore
  let importSource = ''
  let pdfTarget = ''

  const progressOf = (type: MendEvent['type'], after: number) =>
    core.events.slice(after).filter((event) => event.type === type) as Array<{ done: number; total: number }>
  const entriesInJournal = async () => (await core.call<TimelineOutline>('journal.getTimelineOutline')).total
  const backupsOnDisk = () => readdirSync(join(temp.path, 'vault', 'backups'))

  async function chooseImport(path: string): Promise<ImportPreview> {
    importSource = path
    return core.call<ImportPreview>('import.chooseSource', { format: 'jrnl-json' satisfies JournalImportFormat })
  }

  async function unlockAgain(): Promise<void> {
    await core.call('vault.unlock', { passphrase: GOOD_PASSPHRASE })
  }

  beforeAll(async () => {
    temp = makeTempDir('mend-core-worker-')
    writeJrnlSource(join(temp.path, 'first.json'), ENTRIES, { pdfEvery: 30 })
    writeJrnlSource(join(temp.path, 'second.json'), ENTRIES, { prefix: 'Second' })
    core = startTestCore(join(temp.path, 'vault'), {
      services: {
        dialogs: {
          ...noDialogs,
          chooseImportSource: async () => importSource,
          choosePdfTarget: async () => pdfTarget,
        },
      },
    })
    await core.call('vault.create', { passphrase: GOOD_PASSPHRASE })
    const preview = await chooseImport(join(temp.path, 'first.json'))
    expect(await core.call('import.run', { token: preview.token })).toMatchObject({ added: ENTRIES })
    await core.call('backup.create')
  }, 120_000)
  afterAll(async () => {
    await core.stop()
    temp.remove()
  })

  it('an import stops at its next step and nothing of it stays; the journal unlocks as it was', async () => {
    const preview = await chooseImport(join(temp.path, 'second.json'))
    const seen = core.events.length
    const running = core.host.invoke('import.run', { token: preview.token })
    await core.nextEvent((event) => event.type === 'import.progress' && event.done > 0 && core.events.length > seen)
    const before = progressOf('import.progress', seen).length
    core.host.lock('manual')
    // The window hears of the lock at once, before the worker has even read the message.
    expect(core.events.at(-1)).toEqual({ type: 'vault.locked', reason: 'manual' })
    expect(await running).toMatchObject({ ok: false, error: { code: 'LOCKED' } })
    // At most the chunk that was being written when the lock came, not the rest of the import.
    const after = progressOf('import.progress', seen)
    expect(after.length - before).toBeLessThanOrEqual(2)
    expect(after.at(-1)!.done).toBeLessThan(after.at(-1)!.total)
    expect((await core.host.invoke('vault.getStatus', {})).ok && core.host.state.unlocked).toBe(false)

    await unlockAgain()
    expect(await entriesInJournal()).toBe(ENTRIES)
    const again = await chooseImport(join(temp.path, 'second.json'))
    expect(again).toMatchObject({ entries: ENTRIES, alreadyImported: 0 })
  })

  it('a backup is abandoned after the step it is in: no backup and no temp copy is left', async () => {
    const backups = backupsOnDisk()
    const seen = core.events.length
    const running = core.host.invoke('backup.create', {})
    await core.nextEvent((event) => event.type === 'backup.progress' && core.events.indexOf(event) >= seen)
    core.host.lock('suspend')
    expect(await running).toMatchObject({ ok: false, error: { code: 'LOCKED' } })
    expect(progressOf('backup.progress', seen).map((step) => step.done)).not.toContain(3)
    expect(backupsOnDisk()).toEqual(backups)
    await unlockAgain()
    expect(await entriesInJournal()).toBe(ENTRIES)
  })

  it('a PDF export stops between its parts and writes no file', async () => {
    pdfTarget = join(temp.path, 'locked.pdf')
    const seen = core.events.length
    const running = core.host.invoke('export.journalPdf', {
      filter: { tags: ['pdf'] },
      options: PDF_OPTIONS,
      confirmUnprotected: true,
    })
    await core.nextEvent((event) => event.type === 'export.progress' && core.events.indexOf(event) > seen)
    core.host.lock('screen-lock')
    expect(await running).toMatchObject({ ok: false, error: { code: 'LOCKED' } })
    expect(existsSync(pdfTarget)).toBe(false)
    expect(readdirSync(temp.path).filter((name) => name.includes('locked'))).toEqual([])
    await unlockAgain()
  })

  it('cancelling an import or a PDF export leaves nothing behind, and the journal stays open', async () => {
    const preview = await chooseImport(join(temp.path, 'second.json'))
    let seen = core.events.length
    const importing = core.host.invoke('import.run', { token: preview.token })
    await core.nextEvent((event) => event.type === 'import.progress' && event.done > 0 && core.events.length > seen)
    expect(await core.call('session.cancelWork')).toEqual({})
    expect(await importing).toMatchObject({ ok: false, error: { code: 'CANCELLED' } })
    expect(core.host.state.unlocked).toBe(true)
    expect(await entriesInJournal()).toBe(ENTRIES)

    pdfTarget = join(temp.path, 'cancelled.pdf')
    seen = core.events.length
    const exporting = core.host.invoke('export.journalPdf', {
      filter: { tags: ['pdf'] },
      options: PDF_OPTIONS,
      confirmUnprotected: true,
    })
    await core.nextEvent((event) => event.type === 'export.progress' && core.events.indexOf(event) > seen)
    await core.call('session.cancelWork')
    expect(await exporting).toMatchObject({ ok: false, error: { code: 'CANCELLED' } })
    expect(existsSync(pdfTarget)).toBe(false)

    // A cancel asked for when nothing ran does not stop the next export.
    await core.call('session.cancelWork')
    pdfTarget = join(temp.path, 'whole.pdf')
    expect(
      await core.call('export.journalPdf', {
        filter: { tags: ['pdf'] },
        options: PDF_OPTIONS,
        confirmUnprotected: true,
      }),
    ).toMatchObject({ path: pdfTarget })
    expect(existsSync(pdfTarget)).toBe(true)
  })
})
