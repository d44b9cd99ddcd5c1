import { existsSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startChild } from '../helpers/child-process'
import { createNotesTable, flipBytes } from '../helpers/backup-files'
import { GOOD_PASSPHRASE, makeTempDir, makeVault } from '../helpers/temp-vault'
import { expectMendError, expectMendErrorSync, sha256File } from '../helpers/vault-files'

const PAGE = 4096

/**
 * A crash with the journal open leaves committed rows in mend.db-wal. If mend.db is then damaged,
 * opening must not checkpoint that WAL into it (a read-write open and close would): both files
 * must stay exactly as they are for a later rescue.
 */
describe('vault: a damaged database with a WAL left by a crash', () => {
  let temp: ReturnType<typeof makeTempDir>
  let dbPath: string
  let walPath: string
  beforeAll(async () => {
    temp = makeTempDir()
    dbPath = join(temp.path, 'mend.db')
    walPath = `${dbPath}-wal`
    const vault = makeVault(temp.path)
    await vault.create(GOOD_PASSPHRASE, 'Sam')
    createNotesTable(vault.database(), ['checkpointed at lock'])
    await vault.lock()

    const child = startChild('open-vault-child.ts', [temp.path, GOOD_PASSPHRASE, '5'])
    await child.waitForLine('ready')
    await child.killHard()
    expect(statSync(walPath).size).toBeGreaterThan(0)
    // Pages 2-3 (the first tables' pages; page 1 has a newer copy in the WAL) no longer decrypt.
    flipBytes(dbPath, PAGE + 100, 2 * PAGE)
  })
  afterAll(() => temp.remove())

  it('gives CORRUPT, reports the vault damaged, and leaves mend.db and mend.db-wal byte for byte', async () => {
    const before = { db: sha256File(dbPath), wal: sha256File(walPath) }
    const vault = makeVault(temp.path)
    await expectMendError(vault.unlock(GOOD_PASSPHRASE), 'CORRUPT')
    expect(vault.status().state).toBe('damaged')
    expectMendErrorSync(() => vault.database(), 'LOCKED')
    expect({ db: sha256File(dbPath), wal: sha256File(walPath) }).toEqual(before)

    // A second attempt (the person tries again) changes nothing either.
    await expectMendError(makeVault(temp.path).unlock(GOOD_PASSPHRASE), 'CORRUPT')
    expect({ db: sha256File(dbPath), wal: sha256File(walPath) }).toEqual(before)
    expect(existsSync(join(temp.path, 'mend.lock'))).toBe(false)
  })
})
