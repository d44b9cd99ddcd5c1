import { copyFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { BackupFile, MendEvent, Result } from '../../../../electron/contract'
import { silentLogger } from '../../../../electron/core'
import { createAppApi, type AppApi } from '../../../../electron/ipc'
import { flipBytes } from '../../../helpers/backup-files'
import { FAST_SCRYPT, GOOD_PASSPHRASE, makeTempDir } from '../../../helpers/temp-vault'

function valueOf<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`)
  return result.value as T
}

describe('backup procedures', () => {
  let temp: ReturnType<typeof makeTempDir>
  let picked: string | null
  let chooseBackupFile: ReturnType<typeof vi.fn<() => Promise<string | null>>>
  /** The file the system asked Mend to open (main's inbox), taken once like main's. */
  let openedPath: string | null
  const apis: AppApi[] = []
  function makeApi(folder: string): AppApi {
    const api = createAppApi({
      directory: join(temp.path, folder),
      scrypt: FAST_SCRYPT,
      logger: silentLogger,
      dialogs: {
        chooseBackupFile,
        chooseImportSource: async () => null,
        chooseExportTarget: async () => null,
        choosePdfTarget: async () => null,
      },
      openedFiles: {
        takeBackupFile: () => {
          const taken = openedPath
          openedPath = null
          return taken
        },
      },
    })
    apis.push(api)
    return api
  }
  let api: AppApi
  beforeEach(async () => {
    temp = makeTempDir()
    picked = null
    openedPath = null
    chooseBackupFile = vi.fn(async () => picked)
    api = makeApi('vault')
    await api.router.dispatch('vault.create', { passphrase: GOOD_PASSPHRASE, displayName: 'Sam' })
  })
  afterEach(() => {
    for (const each of apis.splice(0)) each.vault.lockNow()
    temp.remove()
  })
  const call = (procedure: string, input: unknown = {}) => api.router.dispatch(procedure, input)

  it('backup.create makes a backup that backup.list names by id, and backup.inspect opens', async () => {
    const made = valueOf<BackupFile>(await call('backup.create'))
    expect(made.id).toBe(made.name)
    expect(made.name).toMatch(/^mend-backup-\d{8}T\d{9}Z\.mendbackup$/)
    expect(valueOf<BackupFile[]>(await call('backup.list'))).toEqual([made])
    expect(await call('backup.inspect', { id: made.id })).toMatchObject({
      ok: true,
      value: { name: made.name, sameJournal: true, displayName: 'Sam' },
    })
  })

  it.each([
    '../../etc/passwd',
    '/etc/passwd',
    '../vault/mend.db',
    'mend-backup-20261124T120000000Z.mendbackup',
    'notes.txt',
    'chosen:000000000000000000000000',
  ])('backup.inspect answers NOT_FOUND for %j: neither a listed backup nor a chosen file', async (id) => {
    const made = valueOf<BackupFile>(await call('backup.create'))
    writeFileSync(join(api.backups.directory, 'notes.txt'), 'not a backup')
    expect(await call('backup.inspect', { id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', field: 'id' } })
    expect(await call('backup.inspect', { id: join(api.backups.directory, made.name) })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
  })

  it.each<[string, unknown]>([
    ['an empty id', { id: '' }],
    ['an id of 301 characters', { id: 'x'.repeat(301) }],
    ['a numeric id', { id: 7 }],
    ['an empty passphrase', { id: 'x', passphrase: '' }],
  ])('backup.inspect refuses %s with INVALID_INPUT', async (_label, input) => {
    expect(await call('backup.inspect', input)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
  })

  it('backup.chooseFile returns null when the dialog is cancelled', async () => {
    expect(await call('backup.chooseFile')).toEqual({ ok: true, value: null })
    expect(chooseBackupFile).toHaveBeenCalledTimes(1)
  })

  it('backup.chooseFile gives a one-time id for the picked file, which inspect and restore accept', async () => {
    const made = valueOf<BackupFile>(await call('backup.create'))
    picked = join(temp.path, 'picked.mendbackup')
    copyFileSync(join(api.backups.directory, made.name), picked)
    const chosen = valueOf<BackupFile>(await call('backup.chooseFile'))
    expect(chosen).toEqual({
      id: expect.stringMatching(/^chosen:[0-9a-f]{24}$/),
      name: 'picked.mendbackup',
      createdAt: expect.any(String),
      sizeBytes: statSync(picked).size,
    })
    expect(chosen.id).not.toContain(temp.path)
    expect(await call('backup.inspect', { id: chosen.id })).toMatchObject({ ok: true, value: { sameJournal: true } })
    expect(await call('backup.restore', { id: chosen.id })).toMatchObject({ ok: true, value: { displayName: 'Sam' } })
  })

  it('backup.takeOpenedFile hands the opened file over once, as a one-time id, also while locked', async () => {
    const made = valueOf<BackupFile>(await call('backup.create'))
    expect(await call('backup.takeOpenedFile')).toEqual({ ok: true, value: null })
    openedPath = join(temp.path, 'from the desktop.mendbackup')
    copyFileSync(join(api.backups.directory, made.name), openedPath)
    await call('vault.lock')
    const taken = valueOf<BackupFile>(await call('backup.takeOpenedFile'))
    expect(taken).toEqual({
      id: expect.stringMatching(/^chosen:[0-9a-f]{24}$/),
      name: 'from the desktop.mendbackup',
      createdAt: expect.any(String),
      sizeBytes: statSync(join(temp.path, 'from the desktop.mendbackup')).size,
    })
    expect(taken.id).not.toContain(temp.path)
    // Once: a reload of the window does not offer it again.
    expect(await call('backup.takeOpenedFile')).toEqual({ ok: true, value: null })
    await call('vault.unlock', { passphrase: GOOD_PASSPHRASE })
    expect(await call('backup.inspect', { id: taken.id })).toMatchObject({ ok: true, value: { sameJournal: true } })
    expect(await call('backup.restore', { id: taken.id })).toMatchObject({ ok: true, value: { displayName: 'Sam' } })
  })

  it('backup.takeOpenedFile gives the same typed error as backup.chooseFile for a file that is gone', async () => {
    picked = join(temp.path, 'gone.mendbackup')
    openedPath = picked
    const chosen = await call('backup.chooseFile')
    const opened = await call('backup.takeOpenedFile')
    expect(chosen).toMatchObject({ ok: false, error: { code: expect.any(String) } })
    expect(opened).toMatchObject({ ok: false })
    if (chosen.ok || opened.ok) throw new Error('expected both to fail')
    expect(opened.error.code).toBe(chosen.error.code)
    expect(opened.error.message).toContain('the backup Mend was opened with')
    // Taken all the same: the next ask does not fail again on the same file.
    expect(await call('backup.takeOpenedFile')).toEqual({ ok: true, value: null })
  })

  it('backup.takeOpenedFile gives the same typed error as backup.chooseFile for a file it may not read', async () => {
    // A path through a regular file stands in for a folder that cannot be entered (ENOTDIR).
    writeFileSync(join(temp.path, 'plain'), 'x')
    picked = join(temp.path, 'plain', 'inside.mendbackup')
    openedPath = picked
    const chosen = await call('backup.chooseFile')
    const opened = await call('backup.takeOpenedFile')
    if (chosen.ok || opened.ok) throw new Error('expected both to fail')
    expect(opened.error.code).toBe(chosen.error.code)
  })

  it('backup.create and backup.list answer LOCKED while locked; restore over a locked journal too', async () => {
    const made = valueOf<BackupFile>(await call('backup.create'))
    await call('vault.lock')
    expect(await call('backup.create')).toMatchObject({ ok: false, error: { code: 'LOCKED' } })
    expect(await call('backup.list')).toMatchObject({ ok: false, error: { code: 'LOCKED' } })
    expect(await call('backup.restore', { id: made.id, passphrase: GOOD_PASSPHRASE })).toMatchObject({
      ok: false,
      error: { code: 'LOCKED' },
    })
  })

  it('backup.restore on a computer without a journal needs the backup’s passphrase, then opens it', async () => {
    const made = valueOf<BackupFile>(await call('backup.create'))
    picked = join(api.backups.directory, made.name)
    const fresh = makeApi('fresh')
    const events: MendEvent[] = []
    fresh.events.subscribe((event) => events.push(event))
    const chosen = valueOf<BackupFile>(await fresh.router.dispatch('backup.chooseFile', {}))
    expect(await fresh.router.dispatch('backup.restore', { id: chosen.id })).toMatchObject({
      ok: false,
      error: { code: 'PASSPHRASE_REQUIRED' },
    })
    expect(await fresh.router.dispatch('backup.restore', { id: chosen.id, passphrase: GOOD_PASSPHRASE })).toMatchObject(
      { ok: true, value: { displayName: 'Sam', location: join(temp.path, 'fresh') } },
    )
    expect(fresh.vault.status().state).toBe('unlocked')
    // Opening the restored journal considers the daily backup, as any unlock does.
    await vi.waitFor(() => expect(events.map((event) => event.type)).toContain('backup.completed'))
  })

  it('backup.restoreLatestGood reopens a damaged journal from its newest good backup', async () => {
    await call('backup.create')
    await call('vault.lock')
    flipBytes(api.vault.paths.database, 0)
    expect(await call('vault.unlock', { passphrase: GOOD_PASSPHRASE })).toMatchObject({
      ok: false,
      error: { code: 'CORRUPT' },
    })
    expect(await call('vault.getStatus')).toMatchObject({ ok: true, value: { state: 'damaged' } })
    expect(await call('backup.restoreLatestGood', { passphrase: GOOD_PASSPHRASE })).toMatchObject({ ok: true })
    expect(await call('vault.getStatus')).toMatchObject({ ok: true, value: { state: 'unlocked' } })
  })
})
