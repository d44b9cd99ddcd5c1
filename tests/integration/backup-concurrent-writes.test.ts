import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { BackupService, silentLogger, type Vault } from '../../electron/core'
import { readBackup } from '../helpers/backup-files'
import { sleep, startChild, type TestChild } from '../helpers/child-process'
import { GOOD_PASSPHRASE, makeTempDir, makeVault } from '../helpers/temp-vault'

interface Snapshot {
  integrity: unknown
  pairs: number
  halfPairs: number
}

describe('backups: made while another connection keeps writing', () => {
  let temp: ReturnType<typeof makeTempDir>
  let vault: Vault
  let backups: BackupService
  let writer: TestChild | undefined
  beforeEach(async () => {
    temp = makeTempDir()
    vault = makeVault(temp.path)
    backups = new BackupService(vault, silentLogger)
    await vault.create(GOOD_PASSPHRASE)
    vault
      .database()
      .exec('CREATE TABLE pairs (pair INTEGER NOT NULL, half INTEGER NOT NULL, body TEXT NOT NULL) STRICT')
  })
  afterEach(async () => {
    await writer?.killHard()
    vault.lockNow()
    temp.remove()
  })

  it('gives backups that open with the key, pass integrity_check and hold only whole transactions', async () => {
    const key = Buffer.from(vault.session().dataKey)
    writer = startChild('writer-child.ts', [vault.paths.database], { MEND_TEST_KEY: key.toString('hex') })
    await writer.waitForLine('writing')

    const snapshots: Snapshot[] = []
    for (let i = 0; i < 6; i += 1) {
      const file = await backups.create()
      await expect(backups.inspect(file.path)).resolves.toMatchObject({ sameJournal: true })
      snapshots.push(
        readBackup(file.path, key, (db) => ({
          integrity: db.pragma('integrity_check', { simple: true }),
          pairs: db.prepare('SELECT count(DISTINCT pair) FROM pairs').pluck().get() as number,
          halfPairs: db
            .prepare('SELECT count(*) FROM (SELECT pair FROM pairs GROUP BY pair HAVING count(*) <> 2)')
            .pluck()
            .get() as number,
        })),
      )
      await sleep(50)
    }
    await writer.killHard()

    for (const snapshot of snapshots) expect(snapshot).toMatchObject({ integrity: 'ok', halfPairs: 0 })
    const counts = snapshots.map((snapshot) => snapshot.pairs)
    // The writer really ran during the backups: each one saw more committed pairs than the last.
    expect(counts).toEqual([...counts].sort((a, b) => a - b))
    expect(new Set(counts).size).toBe(counts.length)
    expect(counts[0]).toBeGreaterThan(0)

    // The live journal is fine too, and holds at least what the last backup held.
    await vault.lock()
    await vault.unlock(GOOD_PASSPHRASE)
    const live = vault.database().prepare('SELECT count(DISTINCT pair) FROM pairs').pluck().get() as number
    expect(live).toBeGreaterThanOrEqual(counts.at(-1) ?? 0)
  })
})
