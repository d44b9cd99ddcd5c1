import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  closeEncryptedDatabase,
  openEncryptedDatabase,
  type Db,
} from '../../../../../electron/core/vault/encrypted-database'
import {
  LATEST_SCHEMA_VERSION,
  migrate,
  migrations,
  type Migration,
} from '../../../../../electron/core/vault/migrations'
import { schemaVersion } from '../../../../../electron/core/vault/migrations/runner'
import { makeTempDir } from '../../../../helpers/temp-vault'
import { expectMendErrorSync } from '../../../../helpers/vault-files'

function table(version: number, name: string): Migration {
  return { version, name, up: (db) => db.exec(`CREATE TABLE ${name} (x TEXT) STRICT`) }
}

function tableNames(db: Db): string[] {
  return (
    db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]
  ).map((r) => r.name)
}

describe('migration runner', () => {
  let temp: ReturnType<typeof makeTempDir>
  let db: Db
  beforeEach(() => {
    temp = makeTempDir()
    db = openEncryptedDatabase(join(temp.path, 'm.db'), randomBytes(32), { create: true })
  })
  afterEach(() => {
    closeEncryptedDatabase(db)
    temp.remove()
  })

  it('lists the real migrations in order, from version 1 up, and with kebab names', () => {
    // Changes made side by side take their own numbers, so a branch may skip one; never go back.
    const versions = migrations.map((m) => m.version)
    expect(versions[0]).toBe(1)
    for (const [i, version] of versions.entries()) if (i > 0) expect(version).toBeGreaterThan(versions[i - 1]!)
    for (const m of migrations) expect(m.name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    expect(LATEST_SCHEMA_VERSION).toBe(versions.at(-1))
  })

  it('brings an empty database to the latest version and reports from/to', () => {
    expect(migrate(db, migrations)).toEqual({ from: 0, to: LATEST_SCHEMA_VERSION })
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION)
  })

  it('is idempotent: a second run changes nothing', () => {
    migrate(db, migrations)
    expect(migrate(db, migrations)).toEqual({ from: LATEST_SCHEMA_VERSION, to: LATEST_SCHEMA_VERSION })
  })

  it('runs only the steps above the current version', () => {
    migrate(db, [table(1, 'a')])
    const ran: number[] = []
    const spy = (m: Migration): Migration => ({ ...m, up: (d, context) => (ran.push(m.version), m.up(d, context)) })
    migrate(db, [spy(table(1, 'a')), spy(table(2, 'b')), spy(table(3, 'c'))])
    expect(ran).toEqual([2, 3])
    expect(tableNames(db)).toEqual(['a', 'b', 'c'])
  })

  it('stops at the last good version when a step fails, rolling back only that step', () => {
    const broken: Migration = {
      version: 3,
      name: 'broken',
      up: (d) => {
        d.exec('CREATE TABLE half (x TEXT) STRICT')
        throw new Error('boom')
      },
    }
    // The failure reaches the caller as a typed error, with the original kept as its cause.
    let thrown: unknown
    try {
      migrate(db, [table(1, 'a'), table(2, 'b'), broken, table(4, 'd')])
    } catch (error) {
      thrown = error
    }
    expect(thrown).toMatchObject({ name: 'MendError', code: 'IO' })
    expect(((thrown as Error).cause as Error).message).toBe('boom')
    expect(schemaVersion(db)).toBe(2)
    expect(tableNames(db)).toEqual(['a', 'b'])
  })

  it('refuses a database newer than the newest known migration with UNSUPPORTED_VERSION, changing nothing', () => {
    db.pragma('user_version = 99')
    expectMendErrorSync(() => migrate(db, migrations), 'UNSUPPORTED_VERSION')
    expect(schemaVersion(db)).toBe(99)
    expect(tableNames(db)).toEqual([])
  })
})
