import { readdirSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MendError, type Vault } from '../../electron/core'
import { randomBetween, sleep, startChild } from '../helpers/child-process'
import { reliabilityRounds, roundsTimeout } from '../helpers/reliability-rounds'
import { GOOD_PASSPHRASE, makeTempDir, makeVault, manualClock } from '../helpers/temp-vault'

const OTHER_PASSPHRASE = 'another strong passphrase 93 owl'
/** A mid-cost scrypt: each change takes ~100 ms here, so a kill lands before, during or after a rewrap. */
const MID_SCRYPT = { N: 2 ** 14, r: 8, p: 1 }
/** At least 30 kills in the full run; npm test runs 15 (about 2 s each). */
const ROUNDS = reliabilityRounds(15, 40)

/**
 * Opens the vault with whichever of the two passphrases is current now, as a person would after a
 * crash: try one, and if it is wrong, wait out the backoff and try the other. Null if neither works.
 */
async function openWithEither(directory: string): Promise<{ vault: Vault; passphrase: string } | null> {
  const clock = manualClock(Date.now())
  const vault = makeVault(directory, { clock, scrypt: MID_SCRYPT })
  for (const passphrase of [GOOD_PASSPHRASE, OTHER_PASSPHRASE]) {
    try {
      await vault.unlock(passphrase)
      return { vault, passphrase }
    } catch (error) {
      if (!(error instanceof MendError) || error.code !== 'WRONG_PASSPHRASE') throw error
      clock.advance(error.extra.retryAfterMs ?? 0)
    }
  }
  return null
}

function notes(vault: Vault): string[] {
  return (vault.database().prepare('SELECT body FROM notes ORDER BY id').all() as { body: string }[]).map((r) => r.body)
}

/**
 * Which recovery key opens the vault now, trying the newest candidate first (recover() also sets
 * the passphrase: here the current one again). Null if none does.
 */
async function recoveryKeyThatWorks(directory: string, candidates: string[], passphrase: string) {
  const clock = manualClock(Date.now())
  const vault = makeVault(directory, { clock, scrypt: MID_SCRYPT })
  for (const recoveryKey of [...candidates].reverse()) {
    try {
      await vault.recover(recoveryKey, passphrase)
      await vault.lock()
      return recoveryKey
    } catch (error) {
      if (!(error instanceof MendError) || error.code !== 'WRONG_RECOVERY_KEY') throw error
      clock.advance(error.extra.retryAfterMs ?? 0)
    }
  }
  return null
}

describe('vault: kill -9 during passphrase changes and new recovery keys', () => {
  let temp: ReturnType<typeof makeTempDir>
  let firstRecoveryKey: string
  beforeAll(async () => {
    temp = makeTempDir()
    const vault = makeVault(temp.path, { scrypt: MID_SCRYPT })
    ;({ recoveryKey: firstRecoveryKey } = await vault.create(GOOD_PASSPHRASE, 'Sam'))
    vault.database().exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL) STRICT')
    vault.database().prepare('INSERT INTO notes (body) VALUES (?)').run('written before any change')
    await vault.lock()
  })
  afterAll(() => temp.remove())

  it(
    `opens with the old or the new passphrase and recovery key after each of ${ROUNDS} kills, with every entry present`,
    async () => {
      let current = GOOD_PASSPHRASE
      let recoveryKey = firstRecoveryKey
      const expected = ['written before any change']
      const opened: Record<string, number> = { [GOOD_PASSPHRASE]: 0, [OTHER_PASSPHRASE]: 0 }
      let changesSeen = 0
      let rotationsSeen = 0

      for (let round = 1; round <= ROUNDS; round += 1) {
        const other = current === GOOD_PASSPHRASE ? OTHER_PASSPHRASE : GOOD_PASSPHRASE
        // Every other round also makes new recovery keys, between passphrase changes.
        const mode = round % 2 === 0 ? 'both' : 'passphrase'
        const child = startChild('passphrase-change-child.ts', [temp.path, current, other, String(MID_SCRYPT.N), mode])
        // Aimed by the child's own lines, not by a clock (a busy machine makes a change take many
        // times longer): once its first change is written, which also shows how long one change
        // takes here right now, the kill lands at a random moment in the next two steps, anywhere
        // in derive, write, fsync, rename, or between them.
        await child.waitForLine('ready')
        const started = performance.now()
        await child.waitForLine('changed 1')
        await sleep(randomBetween(0, 2 * (performance.now() - started)))
        await child.killHard()

        const result = await openWithEither(temp.path)
        expect(result, `round ${round}: neither passphrase opens the vault`).not.toBeNull()
        if (!result) return
        if (result.passphrase !== current) changesSeen += 1
        opened[result.passphrase] = (opened[result.passphrase] ?? 0) + 1
        expect(notes(result.vault), `round ${round}`).toEqual(expected)

        const entry = `written in round ${round}`
        result.vault.database().prepare('INSERT INTO notes (body) VALUES (?)').run(entry)
        expected.push(entry)
        await result.vault.lock()
        current = result.passphrase

        // The child names each key before writing it: the one before the last rotation, or the last.
        const made = child
          .lines()
          .filter((line) => line.startsWith('recovery '))
          .map((line) => line.slice('recovery '.length))
        const candidates = [recoveryKey, ...made].slice(-2)
        const working = await recoveryKeyThatWorks(temp.path, candidates, current)
        expect(working, `round ${round}: neither the old nor the new recovery key opens the vault`).not.toBeNull()
        if (!working) return
        if (working !== recoveryKey) rotationsSeen += 1
        recoveryKey = working
      }

      // The kills really landed at different moments: both secrets were current at some point.
      expect(opened[GOOD_PASSPHRASE]).toBeGreaterThan(0)
      expect(opened[OTHER_PASSPHRASE]).toBeGreaterThan(0)
      expect(changesSeen).toBeGreaterThan(0)
      expect(rotationsSeen).toBeGreaterThan(0)
      // A rewrap never touches the database, and the temp files of cut-off header writes are
      // removed at the next unlock: nothing else is left in the folder.
      const unexpected = readdirSync(temp.path).filter(
        (name) => !['mend.db', 'vault-header.json', 'unlock-throttle.json'].includes(name),
      )
      expect(unexpected).toEqual([])
      console.info(
        `passphrase crash: ${ROUNDS} kill rounds, vault opened ${ROUNDS}/${ROUNDS} with the old or new passphrase ` +
          `(${changesSeen} with the new), recovery key old or new every round (${rotationsSeen} with the new), ` +
          `0 entries lost`,
      )
    },
    // A round waits for one whole change before its kill: about 2 s here, several times that under load.
    roundsTimeout(ROUNDS, 3_000),
  )
})
