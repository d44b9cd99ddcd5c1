import { copyFileSync, existsSync, mkdirSync, openSync, closeSync, statSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { journalOf } from '../../electron/core'
import { GOOD_PASSPHRASE, makeTempDir, makeVault } from '../helpers/temp-vault'
import { expectMendError, sha256File } from '../helpers/vault-files'

/**
 * A large journal is not read page by page at every unlock (that took 7 s at 100,000 entries),
 * only after a session that did not close cleanly. Here "large" is lowered to 64 KiB so that a
 * few hundred entries stand for a big journal.
 */
const LARGE = 64 * 1024
const PAGE = 4096

function writeEntries(vault: ReturnType<typeof makeVault>, count: number): void {
  const journal = journalOf(vault.database(), vault.clock)
  for (let index = 0; index < count; index++) {
    journal.entries.create({ title: `Entry ${index}`, body: `Line ${index}. `.repeat(120) })
  }
}

/** Overwrites one whole page in the middle of the file: its checksum (HMAC) no longer matches. */
function damageMiddlePage(path: string): void {
  const pages = Math.floor(statSync(path).size / PAGE)
  const handle = openSync(path, 'r+')
  try {
    writeSync(handle, Buffer.alloc(PAGE, 0x5a), 0, PAGE, Math.floor(pages / 2) * PAGE)
  } finally {
    closeSync(handle)
  }
}

describe('vault: opening a large journal', () => {
  let temp: ReturnType<typeof makeTempDir>
  beforeEach(() => {
    temp = makeTempDir()
  })
  afterEach(() => temp.remove())

  it('opens a large journal that was locked cleanly, with everything in it', async () => {
    const vault = makeVault(temp.path, { pageCheckMaxBytes: LARGE })
    await vault.create(GOOD_PASSPHRASE)
    writeEntries(vault, 300)
    await vault.lock()
    expect(statSync(join(temp.path, 'mend.db')).size).toBeGreaterThan(LARGE)
    expect(existsSync(join(temp.path, 'mend.db-wal'))).toBe(false)

    const again = makeVault(temp.path, { pageCheckMaxBytes: LARGE })
    await again.unlock(GOOD_PASSPHRASE)
    try {
      const journal = journalOf(again.database(), again.clock)
      expect(journal.timeline.outline().total).toBe(300)
      expect(journal.search({ query: 'line' }).total).toBe(300)
      expect(again.database().pragma('integrity_check', { simple: true })).toBe('ok')
    } finally {
      await again.lock()
    }
  })

  it('reads every page after a session that ended without a clean lock, and refuses a damaged file untouched', async () => {
    const vault = makeVault(temp.path, { pageCheckMaxBytes: LARGE })
    await vault.create(GOOD_PASSPHRASE)
    writeEntries(vault, 300)
    // A copy taken while the vault is open is what a crash leaves: the recent commits still in the WAL.
    const crashed = join(temp.path, 'crashed')
    mkdirSync(crashed)
    for (const name of ['mend.db', 'mend.db-wal', 'vault-header.json']) {
      copyFileSync(join(temp.path, name), join(crashed, name))
    }
    await vault.lock()
    expect(statSync(join(crashed, 'mend.db-wal')).size).toBeGreaterThan(0)
    expect(statSync(join(crashed, 'mend.db')).size).toBeGreaterThan(LARGE)
    damageMiddlePage(join(crashed, 'mend.db'))
    const before = sha256File(join(crashed, 'mend.db'))

    const reopened = makeVault(crashed, { pageCheckMaxBytes: LARGE })
    try {
      await expectMendError(reopened.unlock(GOOD_PASSPHRASE), 'CORRUPT')
      expect(reopened.status().state).toBe('damaged')
    } finally {
      reopened.lockNow()
    }
    expect(sha256File(join(crashed, 'mend.db'))).toBe(before)
  })

  it('still reads every page of a small journal at each open', async () => {
    const vault = makeVault(temp.path)
    await vault.create(GOOD_PASSPHRASE)
    writeEntries(vault, 300)
    await vault.lock()
    damageMiddlePage(join(temp.path, 'mend.db'))
    const reopened = makeVault(temp.path)
    try {
      await expectMendError(reopened.unlock(GOOD_PASSPHRASE), 'CORRUPT')
    } finally {
      reopened.lockNow()
    }
  })
})
