import {
  closeSync,
  existsSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
  writeSync,
} from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3-multiple-ciphers'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ErrorCode } from '../../electron/contract'
import { GOOD_PASSPHRASE, makeTempDir, makeVault } from '../helpers/temp-vault'
import { expectMendError, expectMendErrorSync, sha256File } from '../helpers/vault-files'

describe('vault: damaged files give typed errors and are never overwritten', () => {
  let temp: ReturnType<typeof makeTempDir>
  let dbPath: string
  let headerPath: string
  beforeEach(async () => {
    temp = makeTempDir()
    dbPath = join(temp.path, 'mend.db')
    headerPath = join(temp.path, 'vault-header.json')
    const vault = makeVault(temp.path)
    await vault.create(GOOD_PASSPHRASE, 'Sam')
    vault.database().exec("CREATE TABLE t (x TEXT) STRICT; INSERT INTO t VALUES ('kept')")
    await vault.lock()
  })
  afterEach(() => temp.remove())

  function editHeader(edit: (header: Record<string, unknown>) => void): void {
    const header = JSON.parse(readFileSync(headerPath, 'utf8')) as Record<string, unknown>
    edit(header)
    writeFileSync(headerPath, JSON.stringify(header))
  }

  /**
   * Unlocks a fresh Vault, expects `code`, and checks that no file was changed and nothing opened.
   * A damaged (unreadable) header or a right key on a damaged database makes it 'damaged', so the
   * app offers the backups; a header from a newer Mend or a wrong secret leaves it 'locked'.
   */
  async function expectUnlockFails(code: ErrorCode, state: 'locked' | 'damaged' = 'locked'): Promise<void> {
    const before = { db: existsSync(dbPath) ? sha256File(dbPath) : null, header: sha256File(headerPath) }
    const vault = makeVault(temp.path)
    try {
      const error = await expectMendError(vault.unlock(GOOD_PASSPHRASE), code)
      expect(error.message).not.toContain(GOOD_PASSPHRASE)
      expect(vault.status().state).toBe(state)
      expectMendErrorSync(() => vault.database(), 'LOCKED')
    } finally {
      vault.lockNow()
    }
    expect({ db: existsSync(dbPath) ? sha256File(dbPath) : null, header: sha256File(headerPath) }).toEqual(before)
  }

  describe('the key header', () => {
    it('that is not JSON gives CORRUPT', async () => {
      writeFileSync(headerPath, '{"format": "mend-vault-header", "vers')
      await expectUnlockFails('CORRUPT', 'damaged')
    })

    it('that is empty gives CORRUPT', async () => {
      writeFileSync(headerPath, '')
      await expectUnlockFails('CORRUPT', 'damaged')
    })

    it('from a newer Mend (version 2) gives UNSUPPORTED_VERSION', async () => {
      editHeader((header) => {
        header.version = 2
      })
      await expectUnlockFails('UNSUPPORTED_VERSION')
    })

    it.each<[string, unknown]>([
      ['0', 0],
      ['the text "1"', '1'],
      ['missing', undefined],
    ])('with a version that is %s gives CORRUPT', async (_label, version) => {
      editHeader((header) => {
        header.version = version
      })
      await expectUnlockFails('CORRUPT', 'damaged')
    })

    it('from a newer Mend with fields this version does not know gives UNSUPPORTED_VERSION, not CORRUPT', async () => {
      editHeader((header) => {
        header.version = 3
        header.kdfUpgrade = { name: 'argon2id' }
      })
      await expectUnlockFails('UNSUPPORTED_VERSION')
    })

    it('without keySlots gives CORRUPT', async () => {
      editHeader((header) => {
        delete header.keySlots
      })
      await expectUnlockFails('CORRUPT', 'damaged')
    })

    it('with an empty keySlots list gives CORRUPT', async () => {
      editHeader((header) => {
        header.keySlots = []
      })
      await expectUnlockFails('CORRUPT', 'damaged')
    })

    it('that is JSON null gives CORRUPT', async () => {
      writeFileSync(headerPath, 'null')
      await expectUnlockFails('CORRUPT', 'damaged')
    })

    it('with a tampered wrapped key cannot unlock (treated as a wrong passphrase)', async () => {
      editHeader((header) => {
        const slots = header.keySlots as { wrappedKey: { tag: string } }[]
        const slot = slots[0]
        if (!slot) throw new Error('no slot')
        slot.wrappedKey.tag = Buffer.alloc(16, 7).toString('base64')
      })
      await expectUnlockFails('WRONG_PASSPHRASE')
    })
  })

  describe('the database', () => {
    it('that was deleted gives CORRUPT and is not recreated', async () => {
      rmSync(dbPath)
      await expectUnlockFails('CORRUPT', 'damaged')
      expect(existsSync(dbPath)).toBe(false)
    })

    it.each([
      ['at the start of the first page', 0],
      ['inside the first page', 200],
      ['near the end of the first page', 4000],
    ])('with bytes flipped %s gives CORRUPT', async (_label, offset) => {
      const bytes = readFileSync(dbPath)
      for (let i = offset; i < offset + 8; i += 1) bytes[i] = (bytes[i] ?? 0) ^ 0xff
      writeFileSync(dbPath, bytes)
      await expectUnlockFails('CORRUPT', 'damaged')
    })

    it('whose first bytes were overwritten with a plain SQLite signature gives CORRUPT', async () => {
      const fd = openSync(dbPath, 'r+')
      writeSync(fd, Buffer.from('SQLite format 3\0'), 0, 16, 0)
      closeSync(fd)
      await expectUnlockFails('CORRUPT', 'damaged')
    })

    it('replaced by a plain, unencrypted SQLite database gives CORRUPT', async () => {
      rmSync(dbPath)
      const plain = new Database(dbPath)
      plain.exec(
        "CREATE TABLE vault_meta (key TEXT PRIMARY KEY, value TEXT); INSERT INTO vault_meta VALUES ('created_at', 'x')",
      )
      plain.close()
      await expectUnlockFails('CORRUPT', 'damaged')
    })

    it('truncated to 0 bytes gives CORRUPT and stays 0 bytes (not silently replaced by an empty journal)', async () => {
      truncateSync(dbPath, 0)
      await expectUnlockFails('CORRUPT', 'damaged')
      expect(statSync(dbPath).size).toBe(0)
    })

    it('with a damaged page beyond the first gives CORRUPT (the integrity check on open finds it)', async () => {
      const bytes = readFileSync(dbPath)
      expect(bytes.length).toBeGreaterThan(4 * 4096)
      for (let i = bytes.length - 4000; i < bytes.length - 3990; i += 1) bytes[i] = (bytes[i] ?? 0) ^ 0xff
      writeFileSync(dbPath, bytes)
      await expectUnlockFails('CORRUPT', 'damaged')
    })

    it('cut off at a page boundary gives CORRUPT', async () => {
      truncateSync(dbPath, 2 * 4096)
      await expectUnlockFails('CORRUPT', 'damaged')
    })

    it('gives a CORRUPT message that names the journal folder, for the damaged-file screen', async () => {
      truncateSync(dbPath, 0)
      const vault = makeVault(temp.path)
      const error = await expectMendError(vault.unlock(GOOD_PASSPHRASE), 'CORRUPT')
      expect(error.message).toContain(temp.path)
      expect(vault.status()).toEqual({ state: 'damaged', retryAfterMs: 0, location: temp.path })
    })

    it('cut off in the middle (a partial copy) gives CORRUPT', async () => {
      truncateSync(dbPath, Math.floor(statSync(dbPath).size / 2))
      await expectUnlockFails('CORRUPT', 'damaged')
    })
  })
})
