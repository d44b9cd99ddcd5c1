import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { journalOf } from '../../electron/core'
import { randomBetween, sleep, startChild } from '../helpers/child-process'
import { journalWriterText } from '../helpers/journal-writer-text'
import { GOOD_PASSPHRASE, makeTempDir, makeVault, manualClock } from '../helpers/temp-vault'

const ROUNDS = 15

interface Ack {
  id: number
  round: number
  entry: number
  revision: number
}

function acksOf(lines: readonly string[]): Map<number, Ack> {
  const latest = new Map<number, Ack>()
  for (const line of lines) {
    const match = /^ack (\d+) (\d+) (\d+) (\d+)$/.exec(line)
    if (!match) continue
    const [id, round, entry, revision] = match.slice(1).map(Number) as [number, number, number, number]
    latest.set(id, { id, round, entry, revision })
  }
  return latest
}

describe('journal: kill -9 while entries are being saved', () => {
  let temp: ReturnType<typeof makeTempDir>
  let dir: string
  beforeAll(async () => {
    temp = makeTempDir('mend-journal-crash-')
    dir = join(temp.path, 'vault')
    const vault = makeVault(dir)
    await vault.create(GOOD_PASSPHRASE)
    await vault.lock()
  })
  afterAll(() => temp.remove())

  it(`keeps every acknowledged save, whole and searchable, over ${ROUNDS} kills`, async () => {
    /** id -> the revision the entry holds, confirmed by reading it back after the kill that ended its round. */
    const confirmed = new Map<number, Ack>()
    let acknowledged = 0
    let inFlightCommitted = 0
    for (let round = 1; round <= ROUNDS; round += 1) {
      const child = startChild('journal-writer-child.ts', [dir, GOOD_PASSPHRASE, String(round)])
      await child.waitForLine('ready')
      await sleep(randomBetween(20, 600))
      await child.killHard()
      const lines = child.lines()
      acknowledged += lines.filter((line) => line.startsWith('ack ')).length
      const acks = acksOf(lines)

      const vault = makeVault(dir)
      await vault.unlock(GOOD_PASSPHRASE)
      try {
        const db = vault.database()
        const journal = journalOf(db, manualClock())
        expect(db.pragma('integrity_check', { simple: true }), `round ${round}`).toBe('ok')
        expect(() => db.exec("INSERT INTO entries_fts(entries_fts) VALUES('integrity-check')")).not.toThrow()

        // Earlier rounds' entries are exactly as they were confirmed.
        for (const ack of confirmed.values()) {
          expect(journal.entries.get(ack.id), `round ${round}, entry id ${ack.id}`).toMatchObject(
            journalWriterText(ack.round, ack.entry, ack.revision),
          )
        }
        // This round's: the acknowledged text, or (for the one save in flight at the kill) the next one.
        let newer = 0
        for (const ack of acks.values()) {
          const entry = journal.entries.get(ack.id)
          const acked = journalWriterText(ack.round, ack.entry, ack.revision)
          const next = journalWriterText(ack.round, ack.entry, ack.revision + 1)
          const holds = entry.body === acked.body ? ack.revision : entry.body === next.body ? ack.revision + 1 : -1
          expect(holds, `round ${round}, entry id ${ack.id} lost its acknowledged text`).toBeGreaterThanOrEqual(0)
          expect(entry.title).toBe(acked.title)
          expect(entry.tags).toContain(`round${round}`)
          if (holds > ack.revision) newer += 1
          confirmed.set(ack.id, { ...ack, revision: holds })
        }
        expect(newer, `round ${round}: only one save can be in flight`).toBeLessThanOrEqual(1)
        inFlightCommitted += newer

        // The index agrees with the text: the newest word is found, a replaced one is not.
        const last = [...acks.values()].at(-1)
        if (last) {
          const now = confirmed.get(last.id)!
          const found = journal.search({ query: `mark${round}x${now.entry}x${now.revision}` })
          expect(found.hits.map((h) => h.entry.id)).toEqual([last.id])
          if (now.revision > 0) {
            expect(journal.search({ query: `mark${round}x${now.entry}x${now.revision - 1}` }).total).toBe(0)
          }
        }
        // Besides acknowledged entries, at most one per round: the one being created at its kill.
        const total = journal.timeline.outline().total
        expect(total - confirmed.size).toBeGreaterThanOrEqual(0)
        expect(total - confirmed.size).toBeLessThanOrEqual(round)
      } finally {
        await vault.lock()
      }
    }
    console.log(
      `journal crash: ${ROUNDS} rounds, ${acknowledged} saves acknowledged, ${confirmed.size} entries checked, ` +
        `${inFlightCommitted} in-flight saves found committed`,
    )
    expect(confirmed.size).toBeGreaterThan(ROUNDS)
  }, 90_000)
})
