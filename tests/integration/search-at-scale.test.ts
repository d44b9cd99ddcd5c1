import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { journalOf } from '../../electron/core'
import { RANK_WINDOW, TOTAL_CAP } from '../../electron/core/journal/search'
import { migrations } from '../../electron/core/vault/migrations'
import { GOOD_PASSPHRASE, makeTempDir, makeVault } from '../helpers/temp-vault'

/**
 * What the search does past the sizes the benchmark tuned it for (issue 8): totals stop at
 * 1,000 ("more than 1,000"), ranking scores the newest RANK_WINDOW matches, and the search index
 * of a journal from schema 5 is rebuilt without prefix indexes and still finds prefixes.
 */
function importWords(vault: ReturnType<typeof makeVault>, count: number, word: (index: number) => string): void {
  const db = vault.database()
  const insert = db.prepare(
    `INSERT INTO entries (title, body, entry_date, created_at, updated_at) VALUES (?, ?, ?, ?, ?)`,
  )
  db.transaction(() => {
    for (let index = 0; index < count; index++) {
      const day = new Date(Date.UTC(2020, 0, 1) + index * 3_600_000).toISOString()
      insert.run(`Entry ${index}`, `Today ${word(index)} happened.`, day.slice(0, 16), day, day)
    }
  })()
}

describe('search at scale', () => {
  let temp: ReturnType<typeof makeTempDir>
  beforeEach(() => {
    temp = makeTempDir()
  })
  afterEach(() => temp.remove())

  it(`counts up to ${TOTAL_CAP} and then says there are more`, async () => {
    const vault = makeVault(temp.path)
    await vault.create(GOOD_PASSPHRASE)
    try {
      importWords(vault, TOTAL_CAP + 5, (index) => (index < TOTAL_CAP - 1 ? 'ember rain' : 'ember'))
      const { search } = journalOf(vault.database(), vault.clock)
      expect(search({ query: 'ember' })).toMatchObject({ total: TOTAL_CAP, totalCapped: true })
      expect(search({ query: 'rain' })).toMatchObject({ total: TOTAL_CAP - 1, totalCapped: false })
      // Filters alone stop counting at the same point, and exact counts below it stay exact.
      expect(search({ query: '', filters: { from: '2020-01-01' } })).toMatchObject({
        total: TOTAL_CAP,
        totalCapped: true,
      })
      expect(search({ query: '', filters: { from: '2020-01-01', to: '2020-01-01' } })).toMatchObject({
        total: 24,
        totalCapped: false,
      })
      // A trashed entry is never counted nor shown.
      const trashed = search({ query: 'rain', limit: 1 }).hits[0]!.entry.id
      journalOf(vault.database(), vault.clock).trash.move(trashed)
      const after = search({ query: 'rain', limit: 200 })
      expect(after.total).toBe(TOTAL_CAP - 2)
      expect(after.hits.map((hit) => hit.entry.id)).not.toContain(trashed)
    } finally {
      await vault.lock()
    }
  })

  it('ranks the newest matches, and a page past the window still finds older ones', async () => {
    const vault = makeVault(temp.path)
    await vault.create(GOOD_PASSPHRASE)
    try {
      importWords(vault, RANK_WINDOW + 50, () => 'lantern')
      const { search } = journalOf(vault.database(), vault.clock)
      const first = search({ query: 'lantern', limit: 200 })
      // Equal scores: newest first, and every one from the newest RANK_WINDOW.
      expect(first.hits[0]!.entry.id).toBe(RANK_WINDOW + 50)
      expect(Math.min(...first.hits.map((hit) => hit.entry.id))).toBeGreaterThan(50)
      const deep = search({ query: 'lantern', limit: 50, offset: RANK_WINDOW })
      expect(deep.hits.map((hit) => hit.entry.id)).toEqual(Array.from({ length: 50 }, (_, index) => 50 - index))
    } finally {
      await vault.lock()
    }
  })

  it('rebuilds the index of a schema-5 journal without prefix indexes, and prefixes are still found', async () => {
    const older = migrations.filter((migration) => migration.version <= 5)
    const vault = makeVault(temp.path, { migrations: older })
    await vault.create(GOOD_PASSPHRASE)
    importWords(vault, 30, (index) => (index % 3 === 0 ? 'trustworthy' : 'quiet'))
    await vault.lock()

    const current = makeVault(temp.path)
    await current.unlock(GOOD_PASSPHRASE)
    try {
      const db = current.database()
      const definition = db
        .prepare<[], { sql: string }>("SELECT sql FROM sqlite_master WHERE name = 'entries_fts'")
        .get()!
      expect(definition.sql).not.toContain('prefix')
      const { search } = journalOf(db, current.clock)
      expect(search({ query: 'trustworthy' }).total).toBe(10)
      expect(search({ query: 'trus', asYouType: true }).total).toBe(10)
      expect(search({ query: 'tru', asYouType: true }).total).toBe(0)
      expect(search({ query: 'qu*' }).total).toBe(20)
      // New and edited entries keep reaching the rebuilt index through the old triggers.
      const entries = journalOf(db, current.clock).entries
      const added = entries.create({ title: 'New', body: 'trustworthy again' })
      expect(search({ query: 'trustworthy' }).total).toBe(11)
      entries.update({ id: added.id, body: 'nothing here' })
      expect(search({ query: 'trustworthy' }).total).toBe(10)
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
    } finally {
      await current.lock()
    }
  })
})
