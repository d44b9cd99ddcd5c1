import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  closeEncryptedDatabase,
  openEncryptedDatabase,
  precheckReadOnly,
} from '../../../../electron/core/vault/encrypted-database'
import { makeTempDir } from '../../../helpers/temp-vault'
import { expectMendErrorSync, sha256File } from '../../../helpers/vault-files'

describe('encrypted database', () => {
  let temp: ReturnType<typeof makeTempDir>
  let path: string
  const key = randomBytes(32)
  beforeEach(() => {
    temp = makeTempDir()
    path = join(temp.path, 'test.db')
  })
  afterEach(() => temp.remove())

  function createWithRow(): void {
    const db = openEncryptedDatabase(path, key, { create: true })
    db.exec("CREATE TABLE t (x TEXT NOT NULL) STRICT; INSERT INTO t VALUES ('hello encrypted world')")
    closeEncryptedDatabase(db)
  }

  it('reopens with the same key and reads what was written', () => {
    createWithRow()
    const db = openEncryptedDatabase(path, key, { create: false })
    expect(db.prepare('SELECT x FROM t').all()).toEqual([{ x: 'hello encrypted world' }])
    closeEncryptedDatabase(db)
  })

  it('stores no plaintext: neither the SQLite signature nor the row text', () => {
    createWithRow()
    const bytes = readFileSync(path)
    expect(bytes.includes(Buffer.from('SQLite format 3'))).toBe(false)
    expect(bytes.includes(Buffer.from('hello encrypted world'))).toBe(false)
  })

  it('opens with the durability and privacy settings the design asks for', () => {
    const db = openEncryptedDatabase(path, key, { create: true })
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(db.pragma('synchronous', { simple: true })).toBe(2) // FULL
    expect(db.pragma('secure_delete', { simple: true })).toBe(1)
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(db.pragma('temp_store', { simple: true })).toBe(2) // MEMORY
    closeEncryptedDatabase(db)
  })

  it('refuses a wrong key with CORRUPT and writes nothing', () => {
    createWithRow()
    const before = sha256File(path)
    expectMendErrorSync(() => openEncryptedDatabase(path, randomBytes(32), { create: false }), 'CORRUPT')
    expect(sha256File(path)).toBe(before)
    expect(existsSync(`${path}-wal`)).toBe(false)
  })

  it('refuses a missing file with CORRUPT when not creating, and does not create it', () => {
    expectMendErrorSync(() => openEncryptedDatabase(path, key, { create: false }), 'CORRUPT')
    expect(existsSync(path)).toBe(false)
  })

  it('refuses a file that is not a database with CORRUPT', () => {
    writeFileSync(path, Buffer.alloc(8192, 0x42))
    expectMendErrorSync(() => openEncryptedDatabase(path, key, { create: false }), 'CORRUPT')
    expect(readFileSync(path)).toEqual(Buffer.alloc(8192, 0x42))
  })

  it('gives a typed IO error when the folder does not exist', () => {
    const error = expectMendErrorSync(
      () => openEncryptedDatabase(join(temp.path, 'nope', 'x.db'), key, { create: true }),
      'IO',
    )
    expect(error.message).not.toContain(key.toString('hex'))
  })

  it("does not change the caller's key buffer", () => {
    const copy = Buffer.from(key)
    closeEncryptedDatabase(openEncryptedDatabase(path, key, { create: true }))
    expect(key).toEqual(copy)
  })

  it('folds the WAL into the main file on close, leaving no -wal or -shm', () => {
    const db = openEncryptedDatabase(path, key, { create: true })
    db.exec('CREATE TABLE t (x TEXT) STRICT')
    expect(existsSync(`${path}-wal`)).toBe(true)
    closeEncryptedDatabase(db)
    expect(db.open).toBe(false)
    expect(existsSync(`${path}-wal`)).toBe(false)
    expect(existsSync(`${path}-shm`)).toBe(false)
  })

  describe('the read-only check before opening', () => {
    it("answers ok for a sound file, damaged for a damaged page, and never changes the file's bytes", () => {
      createWithRow()
      const before = sha256File(path)
      expect(precheckReadOnly(path, key)).toBe('ok')
      const bytes = readFileSync(path)
      bytes[4096 + 100] = (bytes[4096 + 100] ?? 0) ^ 0xff
      writeFileSync(path, bytes)
      const damaged = sha256File(path)
      expect(precheckReadOnly(path, key)).toBe('damaged')
      expect(sha256File(path)).toBe(damaged)
      expect(damaged).not.toBe(before)
    })

    it('leaves no -wal or -shm of its own beside a closed database (they would be set aside with it)', () => {
      createWithRow()
      expect(precheckReadOnly(path, key)).toBe('ok')
      expect(existsSync(`${path}-wal`)).toBe(false)
      expect(existsSync(`${path}-shm`)).toBe(false)
    })

    it('keeps a -wal that was there before (a crash): it may hold the newest entries', () => {
      const db = openEncryptedDatabase(path, key, { create: true })
      db.exec("CREATE TABLE t (x TEXT) STRICT; INSERT INTO t VALUES ('only in the WAL')")
      const wal = sha256File(`${path}-wal`)
      expect(precheckReadOnly(path, key)).toBe('ok')
      expect(sha256File(`${path}-wal`)).toBe(wal)
      db.close()
    })
  })
})
