import { copyFileSync, mkdirSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  BackupService,
  LATEST_SCHEMA_VERSION,
  createSettingsQueries,
  journalOf,
  silentLogger,
} from '../../electron/core'
import { readBackupLayout } from '../../electron/core/backup/backup-file'
import { startChild } from '../helpers/child-process'
import { killAt, killPointFor, reliabilityRounds, roundsTimeout, type KillPoint } from '../helpers/reliability-rounds'
import { GOOD_PASSPHRASE, makeTempDir, makeVault, manualClock, TEST_SCRYPT_POLICY } from '../helpers/temp-vault'
import { writeFixtureContent } from '../fixtures/vaults/fixture-content'
import { contentDigest } from '../helpers/vault-content'

/** At least 30 kills in the full run; npm test runs 5, one in each phase. */
const ROUNDS = reliabilityRounds(5, 40)
/** The restore's phases (restore-child.ts), in turn; "installing" twice, as the riskiest one. */
const KILL_POINTS: KillPoint[] = [
  { after: 'restoring', withinMs: 150 },
  { after: 'backing-up', withinMs: 100 },
  { after: 'installing', withinMs: 5 },
  { after: 'installing', withinMs: 40 },
  { after: 'restored', withinMs: 10 },
]
const KEEP = 3

type State = 'A' | 'B'

describe('restore: kill -9 while a backup is being restored', () => {
  let temp: ReturnType<typeof makeTempDir>
  let dir: string
  const backupOf: Record<State, string> = { A: '', B: '' }
  const digestOf: Record<State, string> = { A: '', B: '' }

  beforeAll(async () => {
    temp = makeTempDir('mend-restore-crash-')
    dir = join(temp.path, 'vault')
    const saved = join(temp.path, 'saved')
    mkdirSync(saved)
    const clock = manualClock()
    const vault = makeVault(dir, { clock })
    const backups = new BackupService(vault, silentLogger)
    await vault.create(GOOD_PASSPHRASE)
    // About 3 MB: a restore (check, pre-restore backup, swap, reopen) takes a few hundred ms here.
    writeFixtureContent(vault.database(), LATEST_SCHEMA_VERSION, { extraEntries: 1200 })
    createSettingsQueries(vault.database()).update({ backupsToKeep: KEEP })
    vault.database().prepare("UPDATE vault_meta SET value = 'State A' WHERE key = 'display_name'").run()
    digestOf.A = contentDigest(vault.database())
    backupOf.A = join(saved, 'state-a.mendbackup')
    copyFileSync((await backups.create()).path, backupOf.A)

    clock.advance(60_000)
    const journal = journalOf(vault.database(), clock)
    journal.entries.create({ title: 'Only in state B', body: 'Written after the first backup.', tags: ['later'] })
    journal.entries.update({ id: 1, body: 'Entry 0, rewritten in state B.' })
    vault.database().prepare("UPDATE vault_meta SET value = 'State B' WHERE key = 'display_name'").run()
    digestOf.B = contentDigest(vault.database())
    backupOf.B = join(saved, 'state-b.mendbackup')
    copyFileSync((await backups.create()).path, backupOf.B)
    await vault.lock()
  })
  afterAll(() => temp.remove())

  it(
    `opens after each of ${ROUNDS} kills holding exactly the state before or after the restore`,
    async () => {
      expect(digestOf.A).not.toBe(digestOf.B)
      let current: State = 'B'
      const seen = { before: 0, after: 0 }
      let killedMidRestore = 0
      let killedInstalling = 0
      for (let round = 1; round <= ROUNDS; round += 1) {
        const target: State = current === 'A' ? 'B' : 'A'
        const child = startChild('restore-child.ts', [dir, GOOD_PASSPHRASE, backupOf[target]])
        const point = killPointFor(round, KILL_POINTS)
        await killAt(child, point)
        const finished = child.lines().includes('restored')
        if (!finished) killedMidRestore += 1
        if (point.after === 'installing' && !finished) killedInstalling += 1

        const vault = makeVault(dir)
        const info = await vault.unlock(GOOD_PASSPHRASE)
        try {
          const db = vault.database()
          expect(db.pragma('integrity_check', { simple: true }), `round ${round}`).toBe('ok')
          const digest = contentDigest(db)
          const state = (Object.keys(digestOf) as State[]).find((name) => digestOf[name] === digest)
          expect(state, `round ${round}: the journal is neither the state before nor after`).toBeDefined()
          if (finished) expect(state, `round ${round}: a finished restore was undone`).toBe(target)
          expect(info.displayName).toBe(`State ${state}`)
          seen[state === current ? 'before' : 'after'] += 1
          current = state!
        } finally {
          await vault.lock()
        }
        // Nothing of an interrupted restore stays in the vault folder once it is open again,
        // and no healthy journal was set aside as if it were damaged.
        expect(readdirSync(dir).sort(), `round ${round}`).toEqual(['backups', 'mend.db', 'vault-header.json'])
        const backups = readdirSync(join(dir, 'backups')).filter((name) => name.endsWith('.mendbackup'))
        for (const name of backups)
          expect(() => readBackupLayout(join(dir, 'backups', name), TEST_SCRYPT_POLICY)).not.toThrow()
        expect(backups.length).toBeLessThanOrEqual(KEEP + 1)
      }
      console.info(
        `restore crash: ${ROUNDS} kill rounds (${killedMidRestore} mid-restore, ${killedInstalling} while swapping ` +
          `the files), vault opened ${ROUNDS}/${ROUNDS}, ${seen.before} held the state before, ${seen.after} ` +
          `the state after, 0 in between`,
      )
      expect(seen.before).toBeGreaterThan(0)
      expect(seen.after).toBeGreaterThan(0)
    },
    roundsTimeout(ROUNDS, 2_500),
  )
})
