import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  MendError,
  buildExport,
  createSettingsQueries,
  exportContent,
  importExport,
  writeJsonExport,
  writeMarkdownExport,
  type Vault,
} from '../../electron/core'
import { MendExport } from '../../electron/core/export/export-format'
import { GOOD_PASSPHRASE, makeTempDir, makeVault, manualClock } from '../helpers/temp-vault'
import { expectMendErrorSync } from '../helpers/vault-files'

const OTHER_PASSPHRASE = 'another strong passphrase 93 owl'
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')

describe('plaintext export', () => {
  let temp: ReturnType<typeof makeTempDir>
  let clock: ReturnType<typeof manualClock>
  let vault: Vault
  let recoveryKey: string
  beforeEach(async () => {
    temp = makeTempDir()
    clock = manualClock()
    vault = makeVault(join(temp.path, 'vault'), { clock })
    recoveryKey = (await vault.create(GOOD_PASSPHRASE, 'Sam & Alex')).recoveryKey
    createSettingsQueries(vault.database()).update({
      autoLockMinutes: 12,
      lockWhenHidden: true,
      backupsToKeep: 4,
      quietHours: { start: '23:00', end: '07:30' },
    })
    clock.advance(3_600_000)
  })
  afterEach(() => {
    vault.lockNow()
    temp.remove()
  })

  const exportNow = () => buildExport(vault.database(), clock.now())

  it('writes JSON that validates against the documented MendExport schema', () => {
    const path = join(temp.path, 'export.json')
    writeJsonExport(path, exportNow())
    const json = JSON.parse(readFileSync(path, 'utf8')) as unknown
    expect(MendExport.safeParse(json).success).toBe(true)
    expect(statSync(path).mode & 0o777).toBe(0o600)
  })

  it('holds exactly what is in the vault and nothing more', () => {
    const path = join(temp.path, 'export.json')
    writeJsonExport(path, exportNow())
    const text = readFileSync(path, 'utf8')
    expect(JSON.parse(text)).toEqual({
      format: 'mend-export',
      version: 2,
      exportedAt: '2026-11-24T13:00:00.000Z',
      vault: { createdAt: '2026-11-24T12:00:00.000Z', displayName: 'Sam & Alex' },
      settings: {
        autoLockMinutes: 12,
        lockWhenHidden: true,
        backupsToKeep: 4,
        remindersEnabled: true,
        quietHours: { start: '23:00', end: '07:30' },
        appearance: 'system',
        onboardingDone: true,
      },
      people: [],
      entries: [],
      templates: [],
    })
    const header = readFileSync(vault.paths.header, 'utf8')
    const salts = [...header.matchAll(/"salt": "([^"]+)"/g)].map((match) => match[1] ?? '')
    for (const secret of [GOOD_PASSPHRASE, recoveryKey, vault.session().dataKey.toString('hex'), ...salts]) {
      expect(text).not.toContain(secret)
    }
  })

  it('round-trips: importing it into a fresh vault gives the same content (hash of the canonical JSON)', async () => {
    const original = exportNow()
    const path = join(temp.path, 'export.json')
    writeJsonExport(path, original)

    const fresh = makeVault(join(temp.path, 'fresh'), { clock })
    await fresh.create(OTHER_PASSPHRASE, 'A different name')
    try {
      importExport(fresh.database(), JSON.parse(readFileSync(path, 'utf8')))
      clock.advance(60_000)
      const again = buildExport(fresh.database(), clock.now())
      expect(again.exportedAt).not.toBe(original.exportedAt)
      expect(sha256(exportContent(again))).toBe(sha256(exportContent(original)))
    } finally {
      fresh.lockNow()
    }
  })

  it('round-trips a journal without a name (the fresh vault’s name is removed)', async () => {
    const unnamed = makeVault(join(temp.path, 'unnamed'), { clock })
    await unnamed.create(OTHER_PASSPHRASE)
    const fresh = makeVault(join(temp.path, 'fresh'), { clock })
    await fresh.create(OTHER_PASSPHRASE, 'Named')
    try {
      const original = buildExport(unnamed.database(), clock.now())
      importExport(fresh.database(), JSON.parse(JSON.stringify(original)))
      expect(exportContent(buildExport(fresh.database(), clock.now()))).toBe(exportContent(original))
    } finally {
      unnamed.lockNow()
      fresh.lockNow()
    }
  })

  it.each<[string, (data: Record<string, unknown>) => void, string]>([
    ['not an export', (data) => delete data.format, 'INVALID_INPUT'],
    ['with an unknown field', (data) => (data.extra = 1), 'INVALID_INPUT'],
    ['with settings out of range', (data) => (data.settings = { autoLockMinutes: 0 }), 'INVALID_INPUT'],
    ['with a journal section missing', (data) => delete data.entries, 'INVALID_INPUT'],
    ['of version 1 with journal sections', (data) => (data.version = 1), 'INVALID_INPUT'],
    ['from a newer Mend', (data) => (data.version = 3), 'UNSUPPORTED_VERSION'],
  ])('refuses an import %s and changes nothing', (_label, edit, code) => {
    const data = JSON.parse(JSON.stringify(exportNow())) as Record<string, unknown>
    edit(data)
    createSettingsQueries(vault.database()).update({ autoLockMinutes: 30 })
    const before = exportContent(exportNow())
    expectMendErrorSync(() => importExport(vault.database(), data), code as MendError['code'])
    expect(exportContent(exportNow())).toBe(before)
  })

  describe('as a folder of Markdown files', () => {
    it('writes index.md, with the not-encrypted warning, and nothing else for a journal without entries', () => {
      const folder = join(temp.path, 'journal-export')
      writeMarkdownExport(folder, exportNow())
      expect(readdirSync(folder)).toEqual(['index.md'])
      const index = readFileSync(join(folder, 'index.md'), 'utf8')
      expect(index).toMatch(/^# Mend journal export/)
      expect(index).toContain('not encrypted')
      expect(index).toContain('Sam & Alex')
      expect(readdirSync(temp.path).filter((name) => name.endsWith('.tmp'))).toEqual([])
    })

    it('accepts an existing empty folder', () => {
      const folder = join(temp.path, 'empty')
      mkdirSync(folder)
      writeMarkdownExport(folder, exportNow())
      expect(readdirSync(folder)).toEqual(['index.md'])
    })

    it('refuses a folder that is not empty (INVALID_INPUT on path) and leaves its files alone', () => {
      const folder = join(temp.path, 'busy')
      mkdirSync(folder)
      writeFileSync(join(folder, 'mine.txt'), 'keep me')
      const error = expectMendErrorSync(() => writeMarkdownExport(folder, exportNow()), 'INVALID_INPUT')
      expect(error.extra.field).toBe('path')
      expect(readdirSync(folder)).toEqual(['mine.txt'])
      expect(readFileSync(join(folder, 'mine.txt'), 'utf8')).toBe('keep me')
    })

    it('refuses a target that is a file with a typed error, leaving the file alone', () => {
      const file = join(temp.path, 'notes.txt')
      writeFileSync(file, 'keep me')
      const error = expectMendErrorSync(() => writeMarkdownExport(file, exportNow()), 'INVALID_INPUT')
      expect(error.extra.field).toBe('path')
      expect(readFileSync(file, 'utf8')).toBe('keep me')
    })

    it('leaves no temp folder behind when writing fails', () => {
      // rmdir refuses a symlink, so the final step fails after the temp folder was written.
      const real = join(temp.path, 'real')
      mkdirSync(real)
      const link = join(temp.path, 'link')
      symlinkSync(real, link)
      expect(() => writeMarkdownExport(link, exportNow())).toThrow(MendError)
      expect(readdirSync(temp.path).filter((name) => name.endsWith('.tmp'))).toEqual([])
      expect(readdirSync(real)).toEqual([])
    })
  })
})
