import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { journalOf, type Journal } from '../../electron/core'
import type { Db } from '../../electron/core/vault/encrypted-database'
import { randomBetween, sleep, startChild } from '../helpers/child-process'
import { journalWriterTags, journalWriterText } from '../helpers/journal-writer-text'
import { reliabilityRounds, roundsTimeout } from '../helpers/reliability-rounds'
import { GOOD_PASSPHRASE, makeTempDir, makeVault, manualClock } from '../helpers/temp-vault'

/** The issue asks for at least 200 kills; npm test runs a representative 15 (about 1 s each). */
const ROUNDS = reliabilityRounds(15, 200)

/** One acknowledged save: entry `id` held revision `revision` and `versions` earlier versions. */
interface Ack {
  id: number
  round: number
  entry: number
  revision: number
  versions: number
}

function acksOf(lines: readonly string[]): Map<number, Ack> {
  const latest = new Map<number, Ack>()
  for (const line of lines) {
    const match = /^ack (\d+) (\d+) (\d+) (\d+) (\d+)$/.exec(line)
    if (!match) continue
    const [id, round, entry, revision, versions] = match.slice(1).map(Number) as [
      number,
      number,
      number,
      number,
      number,
    ]
    latest.set(id, { id, round, entry, revision, versions })
  }
  return latest
}

/** The revision a text is (its unique word `mark<round>x<entry>x<revision>`), or -1. */
function revisionIn(body: string, round: number, entry: number): number {
  const match = new RegExp(`mark${round}x${entry}x(\\d+) revision \\d+\\.$`).exec(body)
  return match ? Number(match[1]) : -1
}

/**
 * What the kills did, by kind. A partial transaction is a save that reached some of its rows but
 * not all: the entry's text without the search index agreeing (FTS integrity, the new word not
 * found or the old one still found), without the tags that save set, with a history row that its
 * text change did not commit (or the reverse), or a tag row left behind by a half-replaced tag set.
 */
class Findings {
  readonly lost: string[] = []
  readonly integrity: string[] = []
  readonly partial: string[] = []
}

/** Compact read of every earlier round's entry: a fingerprint of its text, its tags and history size. */
function readAll(db: Db) {
  const rows = db
    .prepare<[], { id: number; title: string; size: number; tail: string; tags: string | null; versions: number }>(
      `SELECT e.id, e.title, length(e.body) AS size, substr(e.body, -40) AS tail,
         (SELECT group_concat(t.name, ' ') FROM (SELECT t.name FROM entry_tags et JOIN tags t ON t.id = et.tag_id
            WHERE et.entry_id = e.id ORDER BY t.name) AS t) AS tags,
         (SELECT count(*) FROM entry_versions v WHERE v.entry_id = e.id) AS versions
       FROM entries e`,
    )
    .all()
  return new Map(rows.map((row) => [row.id, row]))
}

function checkDatabase(db: Db, round: number, findings: Findings): void {
  const verdict = db.pragma('integrity_check', { simple: true })
  if (verdict !== 'ok') findings.integrity.push(`round ${round}: integrity_check says ${String(verdict)}`)
  try {
    db.exec("INSERT INTO entries_fts(entries_fts) VALUES('integrity-check')")
  } catch (error) {
    findings.integrity.push(`round ${round}: search index integrity-check failed: ${(error as Error).message}`)
  }
  const orphans = db.pragma('foreign_key_check') as unknown[]
  if (orphans.length > 0) findings.partial.push(`round ${round}: ${orphans.length} rows without their parent`)
  const unusedTags = db
    .prepare('SELECT count(*) FROM tags WHERE id NOT IN (SELECT tag_id FROM entry_tags)')
    .pluck()
    .get() as number
  if (unusedTags > 0) findings.partial.push(`round ${round}: ${unusedTags} tags left without an entry`)
}

/** This round's entry `ack.id` after the kill: the acknowledged save, or the one in flight, whole. */
function checkThisRound(journal: Journal, db: Db, ack: Ack, findings: Findings): number | null {
  const where = `round ${ack.round}, entry id ${ack.id}`
  let entry
  try {
    entry = journal.entries.get(ack.id)
  } catch {
    findings.lost.push(`${where}: the acknowledged entry is gone`)
    return null
  }
  const holds = revisionIn(entry.body, ack.round, ack.entry)
  const expected = journalWriterText(ack.round, ack.entry, holds)
  if ((holds !== ack.revision && holds !== ack.revision + 1) || entry.body !== expected.body) {
    findings.lost.push(`${where}: holds revision ${holds}, acknowledged ${ack.revision}`)
    return null
  }
  if (entry.title !== expected.title) findings.lost.push(`${where}: title changed`)
  if ([...entry.tags].sort().join(' ') !== journalWriterTags(ack.round, holds).sort().join(' ')) {
    findings.partial.push(`${where}: revision ${holds} with the tags ${entry.tags.join(',')}`)
  }
  // The history grows only in a save that changes the text, so its size pins which saves committed.
  const versions = db
    .prepare<[number], string>('SELECT body FROM entry_versions WHERE entry_id = ? ORDER BY id')
    .pluck()
    .all(ack.id)
  const allowed = holds === ack.revision ? [ack.versions] : [ack.versions, ack.versions + 1]
  if (!allowed.includes(versions.length)) {
    findings.partial.push(`${where}: revision ${holds} with ${versions.length} versions (acknowledged ${ack.versions})`)
  }
  const kept = versions.map((body) => revisionIn(body, ack.round, ack.entry))
  if (kept.some((revision, i) => revision < 0 || revision >= holds || (i > 0 && revision <= kept[i - 1]!))) {
    findings.partial.push(`${where}: history holds revisions ${kept.join(',')} at revision ${holds}`)
  }
  const found = journal.search({ query: `mark${ack.round}x${ack.entry}x${holds}` }).hits.map((hit) => hit.entry.id)
  const stale = holds > 0 ? journal.search({ query: `mark${ack.round}x${ack.entry}x${holds - 1}` }).total : 0
  if (found.join() !== String(ack.id) || stale !== 0) {
    findings.partial.push(`${where}: search finds [${found.join()}] for the text and ${stale} for the replaced one`)
  }
  return holds
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

  it(
    `keeps every acknowledged save, whole and searchable, over ${ROUNDS} kills`,
    async () => {
      /** id -> the save the entry holds, read back after the kill that ended its round. */
      const confirmed = new Map<number, Ack>()
      const findings = new Findings()
      let acknowledged = 0
      let inFlightCommitted = 0
      let roundsChecked = 0
      for (let round = 1; round <= ROUNDS; round += 1) {
        const child = startChild('journal-writer-child.ts', [dir, GOOD_PASSPHRASE, String(round)])
        // The kill comes after the child's first acknowledged save (its own line, not a time that a
        // busy machine may not reach), then among the saves that follow.
        await child.waitForLine('ack ')
        await sleep(randomBetween(20, 600))
        await child.killHard()
        const lines = child.lines()
        acknowledged += lines.filter((line) => line.startsWith('ack ')).length
        const acks = acksOf(lines)

        const vault = makeVault(dir)
        try {
          await vault.unlock(GOOD_PASSPHRASE)
        } catch (error) {
          findings.integrity.push(`round ${round}: the vault did not open: ${(error as Error).message}`)
          break
        }
        try {
          const db = vault.database()
          const journal = journalOf(db, manualClock())
          checkDatabase(db, round, findings)

          // Earlier rounds' entries are exactly as they were read back after their own round.
          const stored = readAll(db)
          for (const ack of confirmed.values()) {
            const row = stored.get(ack.id)
            const text = journalWriterText(ack.round, ack.entry, ack.revision)
            if (!row || row.title !== text.title || row.size !== text.body.length || !text.body.endsWith(row.tail)) {
              findings.lost.push(`round ${round}: entry id ${ack.id} from round ${ack.round} changed or is gone`)
            } else if (
              row.tags !== journalWriterTags(ack.round, ack.revision).sort().join(' ') ||
              row.versions !== ack.versions
            ) {
              findings.partial.push(`round ${round}: entry id ${ack.id} from round ${ack.round} lost tags or versions`)
            }
          }

          // This round's: the acknowledged save or, for the one in flight at the kill, the next.
          let newer = 0
          for (const ack of acks.values()) {
            const holds = checkThisRound(journal, db, ack, findings)
            if (holds === null) continue
            if (holds > ack.revision) newer += 1
            const versions = stored.get(ack.id)?.versions ?? 0
            confirmed.set(ack.id, { ...ack, revision: holds, versions })
          }
          // Besides acknowledged entries, at most the one being created at the kill: its first save, whole.
          const unacknowledged = [...stored.values()].filter(
            (row) => row.title.startsWith(`Round ${round},`) && !acks.has(row.id),
          )
          for (const row of unacknowledged) {
            const entry = Number(/entry (\d+)$/.exec(row.title)?.[1])
            checkThisRound(journal, db, { id: row.id, round, entry, revision: 0, versions: 0 }, findings)
            confirmed.set(row.id, { id: row.id, round, entry, revision: 0, versions: 0 })
          }
          if (newer + unacknowledged.length > 1) {
            findings.partial.push(`round ${round}: ${newer + unacknowledged.length} saves in flight at one kill`)
          }
          inFlightCommitted += newer + unacknowledged.length
          roundsChecked += 1
        } finally {
          await vault.lock()
        }
      }
      console.info(
        `journal crash: ${roundsChecked}/${ROUNDS} kill rounds, ${acknowledged} saves acknowledged, ` +
          `${confirmed.size} entries checked, ${findings.lost.length} acknowledged saves lost, ` +
          `${findings.integrity.length} integrity_check failures, ${findings.partial.length} partial transactions, ` +
          `${inFlightCommitted} in-flight saves found committed`,
      )
      expect(findings.lost.slice(0, 5)).toEqual([])
      expect(findings.integrity.slice(0, 5)).toEqual([])
      expect(findings.partial.slice(0, 5)).toEqual([])
      expect(roundsChecked).toBe(ROUNDS)
      expect(confirmed.size).toBeGreaterThan(ROUNDS)
    },
    roundsTimeout(ROUNDS, 1_500),
  )
})
