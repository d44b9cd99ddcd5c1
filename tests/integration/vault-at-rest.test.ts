import { spawnSync } from 'node:child_process'
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Vault } from '../../electron/core'
import { GOOD_PASSPHRASE, makeTempDir, makeVault } from '../helpers/temp-vault'
import { occurrencesInFolder } from '../helpers/vault-files'

const MARKER = 'zebra-quartz-marker-5e1f'
const NAME_MARKER = 'Quintessa Vandermolen'
const SQLITE_CLI = 'sqlite3'

function expectAbsentEverywhere(dir: string, text: string): void {
  const found = occurrencesInFolder(dir, text)
  expect(Object.keys(found).length).toBeGreaterThan(0)
  for (const [file, counts] of Object.entries(found)) {
    expect({ file, ...counts }).toEqual({ file, utf8: 0, utf16le: 0 })
  }
}

function allKeys(value: unknown, keys = new Set<string>()): string[] {
  if (Array.isArray(value)) value.forEach((item) => allKeys(item, keys))
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      keys.add(key)
      allKeys(inner, keys)
    }
  }
  return [...keys].sort()
}

describe('vault at rest: nothing of the journal is readable without the key', () => {
  let temp: ReturnType<typeof makeTempDir>
  let vault: Vault
  let filesWhileOpen: string[]
  type Scan = ReturnType<typeof occurrencesInFolder>
  let scanWhileOpen: { marker: Scan; name: Scan; passphrase: Scan }

  beforeAll(async () => {
    temp = makeTempDir()
    vault = makeVault(temp.path)
    await vault.create(GOOD_PASSPHRASE, NAME_MARKER)
    const db = vault.database()
    db.exec('CREATE TABLE secrets (id INTEGER PRIMARY KEY, body TEXT NOT NULL) STRICT')
    const insert = db.prepare('INSERT INTO secrets (body) VALUES (?)')
    for (let i = 0; i < 50; i += 1) insert.run(`${MARKER} entry ${i}`)
    insert.run(Buffer.from(MARKER, 'utf16le').toString('latin1'))
    filesWhileOpen = readdirSync(temp.path)
    scanWhileOpen = {
      marker: occurrencesInFolder(temp.path, MARKER),
      name: occurrencesInFolder(temp.path, NAME_MARKER),
      passphrase: occurrencesInFolder(temp.path, GOOD_PASSPHRASE),
    }
  })
  afterAll(() => {
    vault.lockNow()
    temp.remove()
  })

  it('writes the marker into the journal (the test really stores it)', () => {
    const count = vault
      .database()
      .prepare("SELECT count(*) AS n FROM secrets WHERE body LIKE '%' || ? || '%'")
      .get(MARKER)
    expect(count).toEqual({ n: 50 })
  })

  it('uses a scan that does find the marker when it is stored in plain text (control)', () => {
    const control = makeTempDir()
    try {
      writeFileSync(
        join(control.path, 'plain.bin'),
        Buffer.concat([Buffer.from(MARKER), Buffer.from(MARKER, 'utf16le')]),
      )
      expect(occurrencesInFolder(control.path, MARKER)).toEqual({ 'plain.bin': { utf8: 1, utf16le: 1 } })
    } finally {
      control.remove()
    }
  })

  it('keeps a WAL while open, and neither the WAL nor any other file holds the marker or name', () => {
    expect(filesWhileOpen).toContain('mend.db-wal')
    for (const scan of [scanWhileOpen.marker, scanWhileOpen.name]) {
      expect(Object.keys(scan)).toContain('mend.db-wal')
      for (const [file, counts] of Object.entries(scan))
        expect({ file, ...counts }).toEqual({ file, utf8: 0, utf16le: 0 })
    }
  })

  it('never writes the passphrase into any file', () => {
    for (const [file, counts] of Object.entries(scanWhileOpen.passphrase)) {
      expect({ file, ...counts }).toEqual({ file, utf8: 0, utf16le: 0 })
    }
  })

  describe('after lock', () => {
    beforeAll(async () => {
      await vault.lock()
    })

    it('holds the marker, the name and the passphrase in no file', () => {
      expectAbsentEverywhere(temp.path, MARKER)
      expectAbsentEverywhere(temp.path, NAME_MARKER)
      expectAbsentEverywhere(temp.path, GOOD_PASSPHRASE)
    })

    it('has a database that does not look like SQLite to anyone without the key', () => {
      const head = readFileSync(join(temp.path, 'mend.db')).subarray(0, 16)
      expect(head.toString('latin1')).not.toBe('SQLite format 3\0')
      expect(head.toString('latin1')).not.toContain('SQLite')
    })

    // The sqlite3 command line is a test requirement (README); a missing tool fails, never skips.
    it('cannot be read by the sqlite3 command-line tool', () => {
      const run = spawnSync(SQLITE_CLI, [join(temp.path, 'mend.db'), 'select * from sqlite_master'], {
        encoding: 'utf8',
      })
      expect(run.error).toBeUndefined()
      expect(run.status).not.toBe(0)
      expect(run.stdout).not.toContain('secrets')
    })

    it('has a key header holding only format, version, cipher and key slots: no dates, no names', () => {
      const text = readFileSync(join(temp.path, 'vault-header.json'), 'utf8')
      const header = JSON.parse(text) as Record<string, unknown>
      expect(Object.keys(header).sort()).toEqual(['cipher', 'format', 'keySlots', 'version'])
      expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/)
      expect(text).not.toContain(NAME_MARKER)
      expect(allKeys(header)).toEqual(
        [
          'cipher',
          'data',
          'format',
          'iv',
          'kdf',
          'keySlots',
          'kind',
          'N',
          'name',
          'p',
          'r',
          'salt',
          'tag',
          'version',
          'wrappedKey',
        ].sort(),
      )
    })

    it('keeps the data readable again with the right passphrase', async () => {
      await vault.unlock(GOOD_PASSPHRASE)
      expect(vault.info().displayName).toBe(NAME_MARKER)
      const row = vault.database().prepare('SELECT count(*) AS n FROM secrets').get()
      expect(row).toEqual({ n: 51 })
      await vault.lock()
    })
  })
})
