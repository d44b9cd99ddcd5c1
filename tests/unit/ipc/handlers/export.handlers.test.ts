import { existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { PlaintextFormat } from '../../../../electron/contract'
import { MendExport, silentLogger } from '../../../../electron/core'
import { createAppApi, type AppApi } from '../../../../electron/ipc'
import { FAST_SCRYPT, GOOD_PASSPHRASE, makeTempDir, manualClock } from '../../../helpers/temp-vault'

describe('export.plaintext', () => {
  let temp: ReturnType<typeof makeTempDir>
  let api: AppApi
  let target: string | null
  let chooseExportTarget: ReturnType<typeof vi.fn<(format: PlaintextFormat, name: string) => Promise<string | null>>>
  beforeEach(async () => {
    temp = makeTempDir()
    target = null
    chooseExportTarget = vi.fn(async () => target)
    api = createAppApi({
      directory: join(temp.path, 'vault'),
      scrypt: FAST_SCRYPT,
      logger: silentLogger,
      clock: manualClock(),
      dialogs: {
        chooseBackupFile: async () => null,
        chooseExportTarget,
        chooseImportSource: async () => null,
        choosePdfTarget: async () => null,
      },
    })
    await api.router.dispatch('vault.create', { passphrase: GOOD_PASSPHRASE, displayName: 'Sam' })
  })
  afterEach(() => {
    api.vault.lockNow()
    temp.remove()
  })
  const call = (input: unknown) => api.router.dispatch('export.plaintext', input)
  const everything = () => readdirSync(temp.path, { recursive: true }).map(String).sort()

  it.each<[string, unknown, string]>([
    ['without confirmUnencrypted', { format: 'json' }, 'confirmUnencrypted'],
    ['with confirmUnencrypted false', { format: 'json', confirmUnencrypted: false }, 'confirmUnencrypted'],
    ['with confirmUnencrypted "true"', { format: 'json', confirmUnencrypted: 'true' }, 'confirmUnencrypted'],
    ['in an unknown format', { format: 'pdf', confirmUnencrypted: true }, 'format'],
    ['with a path from the renderer', { format: 'json', confirmUnencrypted: true, path: '/home/robin/x.json' }, 'path'],
  ])('refuses a request %s with INVALID_INPUT, before any dialog', async (_label, input, field) => {
    expect(await call(input)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field } })
    expect(chooseExportTarget).not.toHaveBeenCalled()
  })

  it('answers LOCKED while locked, without opening a dialog', async () => {
    await api.router.dispatch('vault.lock', {})
    expect(await call({ format: 'json', confirmUnencrypted: true })).toMatchObject({
      ok: false,
      error: { code: 'LOCKED' },
    })
    expect(chooseExportTarget).not.toHaveBeenCalled()
  })

  it('returns null and writes nothing when the person cancels the dialog', async () => {
    const before = everything()
    expect(await call({ format: 'json', confirmUnencrypted: true })).toEqual({ ok: true, value: null })
    expect(chooseExportTarget).toHaveBeenCalledWith('json', 'mend-export-2026-11-24.json')
    expect(everything()).toEqual(before)
  })

  it.each<[string, PlaintextFormat, (vault: string) => string]>([
    ['JSON over the key file', 'json', (vault) => join(vault, 'vault-header.json')],
    ['JSON over the database', 'json', (vault) => join(vault, 'mend.db')],
    ['JSON into the backup folder', 'json', (vault) => join(vault, 'backups', 'later', 'x.json')],
    ['Markdown inside the journal folder', 'markdown', (vault) => join(vault, 'notes')],
    ['JSON through a link to the journal folder', 'json', (vault) => join(linkTo(vault), 'vault-header.json')],
    ['JSON through ".." back into the journal folder', 'json', (vault) => join(vault, 'x', '..', 'mend.db')],
  ])('refuses %s, and the journal still opens', async (_label, format, place) => {
    const vault = join(temp.path, 'vault')
    const header = readFileSync(join(vault, 'vault-header.json'))
    target = place(vault)
    expect(await call({ format, confirmUnencrypted: true })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'path' },
    })
    expect(readFileSync(join(vault, 'vault-header.json')).equals(header)).toBe(true)
    await api.router.dispatch('vault.lock', {})
    expect(await api.router.dispatch('vault.unlock', { passphrase: GOOD_PASSPHRASE })).toMatchObject({ ok: true })
  })

  function linkTo(folder: string): string {
    const link = join(temp.path, 'looks-elsewhere')
    symlinkSync(folder, link, 'dir')
    return link
  }

  it('writes JSON only to the path the dialog returned', async () => {
    target = join(temp.path, 'chosen.json')
    const before = everything()
    expect(await call({ format: 'json', confirmUnencrypted: true })).toEqual({ ok: true, value: { path: target } })
    expect(everything()).toEqual([...before, 'chosen.json'].sort())
    const data = MendExport.parse(JSON.parse(readFileSync(target, 'utf8')))
    expect(data.vault.displayName).toBe('Sam')
  })

  it('writes a Markdown folder only where the dialog said', async () => {
    target = join(temp.path, 'chosen-folder')
    const before = everything()
    expect(await call({ format: 'markdown', confirmUnencrypted: true })).toEqual({ ok: true, value: { path: target } })
    expect(chooseExportTarget).toHaveBeenCalledWith('markdown', 'mend-export-2026-11-24')
    expect(everything()).toEqual([...before, 'chosen-folder', join('chosen-folder', 'index.md')].sort())
  })

  it('passes on INVALID_INPUT (field path) for a Markdown target that is not empty', async () => {
    target = join(temp.path, 'busy')
    mkdirSync(target)
    writeFileSync(join(target, 'mine.txt'), 'keep me')
    expect(await call({ format: 'markdown', confirmUnencrypted: true })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'path' },
    })
    expect(readdirSync(target)).toEqual(['mine.txt'])
    expect(existsSync(join(target, 'index.md'))).toBe(false)
  })
})
