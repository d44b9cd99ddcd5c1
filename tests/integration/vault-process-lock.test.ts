import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startChild, type TestChild } from '../helpers/child-process'
import { createNotesTable, flipBytes, notesIn } from '../helpers/backup-files'
import { GOOD_PASSPHRASE, makeTempDir, makeVault } from '../helpers/temp-vault'
import { expectMendError, sha256File } from '../helpers/vault-files'

const OTHER_PASSPHRASE = 'another strong passphrase 93 owl'

/**
 * One process at a time may have a journal open (the app and `mend` on the same folder). The
 * other process here is a real one, so the lock file's owner is a different, running pid.
 */
describe('vault: a journal open in another process', () => {
  let temp: ReturnType<typeof makeTempDir>
  let lockPath: string
  let recoveryKey: string
  let child: TestChild | null = null
  beforeEach(async () => {
    temp = makeTempDir()
    lockPath = join(temp.path, 'mend.lock')
    const vault = makeVault(temp.path)
    ;({ recoveryKey } = await vault.create(GOOD_PASSPHRASE, 'Sam'))
    createNotesTable(vault.database(), ['before the other process'])
    await vault.lock()
  })
  afterEach(async () => {
    await child?.killHard()
    child = null
    temp.remove()
  })

  const lockOwner = () => (JSON.parse(readFileSync(lockPath, 'utf8')) as { pid: number }).pid
  /** The files another process's failed attempt must leave alone (the child has the WAL open). */
  const journalFiles = () =>
    Object.fromEntries(
      ['mend.db', 'mend.db-wal', 'vault-header.json', 'mend.lock'].map((name) => {
        const path = join(temp.path, name)
        return [name, existsSync(path) ? sha256File(path) : null]
      }),
    )

  async function startHolder(): Promise<TestChild> {
    child = startChild('open-vault-child.ts', [temp.path, GOOD_PASSPHRASE])
    await child.waitForLine('ready')
    expect(lockOwner()).toBe(child.process.pid)
    return child
  }

  it('refuses to unlock with IN_USE, changing no byte, and opens once that process is killed', async () => {
    const holder = await startHolder()
    const before = journalFiles()
    const vault = makeVault(temp.path)

    const error = await expectMendError(vault.unlock(GOOD_PASSPHRASE), 'IN_USE')
    expect(error.message).not.toContain(GOOD_PASSPHRASE)
    expect(vault.status().state).toBe('locked')
    expect(journalFiles()).toEqual(before)

    // A crash (kill -9) leaves the lock file behind; its pid no longer runs, so it is taken over.
    await holder.killHard()
    expect(lockOwner()).toBe(holder.process.pid)
    await vault.unlock(GOOD_PASSPHRASE)
    expect(lockOwner()).toBe(process.pid)
    expect(notesIn(vault.database())).toEqual(['before the other process'])
    expect(await vault.lock()).toBe(true)
    expect(existsSync(lockPath)).toBe(false)
  })

  it('refuses the recovery key with IN_USE before the key file changes', async () => {
    await startHolder()
    const before = journalFiles()
    const vault = makeVault(temp.path)
    await expectMendError(vault.recover(recoveryKey, OTHER_PASSPHRASE), 'IN_USE')
    expect(journalFiles()).toEqual(before)
    expect(vault.status().state).toBe('locked')
  })

  it('does not refuse a second Vault object in the same process', async () => {
    const first = makeVault(temp.path)
    const second = makeVault(temp.path)
    await first.unlock(GOOD_PASSPHRASE)
    await second.unlock(GOOD_PASSPHRASE)
    expect([first.isUnlocked, second.isUnlocked]).toEqual([true, true])
    expect(notesIn(second.database())).toEqual(['before the other process'])
    first.lockNow()
    second.lockNow()
  })

  it('leaves no lock file after a failed open (a damaged file, a wrong passphrase)', async () => {
    flipBytes(join(temp.path, 'mend.db'), 2 * 4096 + 100)
    const vault = makeVault(temp.path)
    await expectMendError(vault.unlock(GOOD_PASSPHRASE), 'CORRUPT')
    expect(existsSync(lockPath)).toBe(false)
    await expectMendError(makeVault(temp.path).unlock('not the passphrase at all 12'), 'WRONG_PASSPHRASE')
    expect(existsSync(lockPath)).toBe(false)
  })
})
