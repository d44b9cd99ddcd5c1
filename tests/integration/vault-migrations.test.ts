import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { LATEST_SCHEMA_VERSION, type Vault } from '../../electron/core'
import { migrations, type Migration } from '../../electron/core/vault/migrations'
import { GOOD_PASSPHRASE, makeTempDir, makeVault } from '../helpers/temp-vault'
import { expectMendError, sha256File } from '../helpers/vault-files'

const addNotes: Migration = {
  version: LATEST_SCHEMA_VERSION + 1,
  name: 'test-notes',
  up(db) {
    db.exec('CREATE TABLE test_notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL) STRICT')
  },
}

const failingTags: Migration = {
  version: LATEST_SCHEMA_VERSION + 2,
  name: 'test-tags-failing',
  up(db) {
    db.exec('CREATE TABLE test_tags (id INTEGER PRIMARY KEY, label TEXT NOT NULL) STRICT')
    db.exec("INSERT INTO test_tags (label) VALUES ('half done')")
    throw new Error('migration step failed half way')
  },
}

function tables(vault: Vault): string[] {
  const rows = vault.database().prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as {
    name: string
  }[]
  return rows.map((row) => row.name)
}

describe('vault migrations', () => {
  let temp: ReturnType<typeof makeTempDir>
  let dbPath: string
  beforeEach(async () => {
    temp = makeTempDir()
    dbPath = join(temp.path, 'mend.db')
    const vault = makeVault(temp.path)
    await vault.create(GOOD_PASSPHRASE, 'Sam')
    await vault.lock()
  })
  afterEach(() => temp.remove())

  it('gives a fresh journal the latest schema version', async () => {
    const vault = makeVault(temp.path)
    const info = await vault.unlock(GOOD_PASSPHRASE)
    // Versions may skip a number (changes made side by side); the latest is the last one's.
    expect(LATEST_SCHEMA_VERSION).toBe(migrations.at(-1)!.version)
    expect(info.schemaVersion).toBe(LATEST_SCHEMA_VERSION)
    expect(vault.database().pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION)
    expect(tables(vault)).toContain('vault_meta')
    await vault.lock()
  })

  it('refuses a journal from a newer Mend with UNSUPPORTED_VERSION, stays locked and leaves the file alone', async () => {
    const newer = makeVault(temp.path)
    await newer.unlock(GOOD_PASSPHRASE)
    newer.database().pragma('user_version = 99')
    await newer.lock()
    const before = sha256File(dbPath)

    const vault = makeVault(temp.path)
    await expectMendError(vault.unlock(GOOD_PASSPHRASE), 'UNSUPPORTED_VERSION')
    expect(vault.status().state).toBe('locked')
    expect(sha256File(dbPath)).toBe(before)
  })

  it('upgrades an older journal on unlock, keeping its data', async () => {
    const vault = makeVault(temp.path, { migrations: [...migrations, addNotes] })
    const info = await vault.unlock(GOOD_PASSPHRASE)
    expect(info.schemaVersion).toBe(addNotes.version)
    expect(info.displayName).toBe('Sam')
    expect(tables(vault)).toContain('test_notes')
    await vault.lock()
  })

  it('runs each migration in its own transaction: a failing step leaves the last good version, without its table', async () => {
    const failing = makeVault(temp.path, { migrations: [...migrations, addNotes, failingTags] })
    await expect(failing.unlock(GOOD_PASSPHRASE)).rejects.toThrow()
    expect(failing.status().state).toBe('locked')

    // Look without migrating: if step LATEST+1 had not been committed on its own, this would run.
    const mustNotRun: Migration = {
      ...addNotes,
      up: () => {
        throw new Error('step LATEST+1 was rolled back with the failing one')
      },
    }
    const vault = makeVault(temp.path, { migrations: [...migrations, mustNotRun] })
    const info = await vault.unlock(GOOD_PASSPHRASE)
    expect(info.schemaVersion).toBe(addNotes.version)
    expect(tables(vault)).toContain('test_notes')
    expect(tables(vault)).not.toContain('test_tags')
    await vault.lock()
  })

  it('applies the custom migrations at creation too', async () => {
    const other = makeTempDir()
    try {
      const vault = makeVault(other.path, { migrations: [...migrations, addNotes] })
      const { info } = await vault.create(GOOD_PASSPHRASE)
      expect(info.schemaVersion).toBe(addNotes.version)
      expect(tables(vault)).toContain('test_notes')
      await vault.lock()
    } finally {
      other.remove()
    }
  })
})
