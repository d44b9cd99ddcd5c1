import { journalOf } from '../../electron/core'
import type { Db } from '../../electron/core/vault/encrypted-database'
import { seededRandom } from './random'
import { benchClock } from './vaults'

/**
 * The editor's autosave: one entry.update per pause in typing, each a transaction committed
 * with synchronous=FULL (the entry, its index rows, and now and then a history version).
 * 20 entries spread through the journal, 10 saves each, the text growing as a person types.
 */
export function timeAutosaves(db: Db, saves: number): number[] {
  const journal = journalOf(db, benchClock)
  const random = seededRandom(99)
  const { n } = db.prepare<[], { n: number }>('SELECT max(id) AS n FROM entries').get()!
  const times: number[] = []
  const perEntry = 10
  for (let start = 0; start < saves; start += perEntry) {
    const id = 1 + Math.floor(random() * n)
    let body = journal.entries.get(id).body
    for (let save = 0; save < Math.min(perEntry, saves - start); save++) {
      body += ` and then I wrote a little more, sentence ${save + 1}, about what I will do next.`
      const started = performance.now()
      journal.entries.update({ id, body })
      times.push(performance.now() - started)
    }
  }
  return times
}
