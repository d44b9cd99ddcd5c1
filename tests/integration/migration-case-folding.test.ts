import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { journalOf, type Vault } from '../../electron/core'
import { migrations } from '../../electron/core/vault/migrations'
import { GOOD_PASSPHRASE, makeTempDir, makeVault } from '../helpers/temp-vault'

/**
 * Issue 23, point 9, for journals people already have: names and tags were lower-cased, not
 * case-folded, so "Weiß" and "WEISS" could be two people, "Straße" and "STRASSE" two tags. Step 7
 * folds every key and merges what became one: the oldest keeps its name, the others' entries,
 * plans and assessments move to it, nothing is lost.
 */

const BEFORE = migrations.filter((migration) => migration.version <= 6)
const T0 = '2026-01-01T10:00:00.000Z'

describe('step 7: names and tags case-folded, duplicates merged', () => {
  let temp: ReturnType<typeof makeTempDir>
  let vault: Vault

  beforeEach(async () => {
    temp = makeTempDir()
    const old = makeVault(temp.path, { migrations: BEFORE })
    await old.create(GOOD_PASSPHRASE, 'Ruth')
    old.database().exec(`
      INSERT INTO people (id, name, name_key, relationship, notes, created_at, updated_at) VALUES
        (1, 'Weiß', 'weiß', 'neighbour', 'Lives upstairs.', '${T0}', '${T0}'),
        (2, 'WEISS', 'weiss', '', 'Met at the market.', '2026-01-05T10:00:00.000Z', '${T0}'),
        (3, 'Ada', 'ada', '', '', '${T0}', '${T0}');
      INSERT INTO entries (id, title, body, entry_date, created_at, updated_at) VALUES
        (1, 'One', 'a', '2026-01-02T10:00', '${T0}', '${T0}'),
        (2, 'Two', 'b', '2026-01-03T10:00', '${T0}', '${T0}');
      INSERT INTO entry_people (entry_id, person_id) VALUES (1, 1), (2, 2), (2, 1), (1, 3);
      INSERT INTO tags (id, name, name_key) VALUES (1, 'Straße', 'straße'), (2, 'STRASSE', 'strasse'), (3, 'home', 'home');
      INSERT INTO entry_tags (entry_id, tag_id) VALUES (1, 1), (2, 2), (2, 1), (1, 3);
      INSERT INTO plans (id, person_id, title, occurred_on, severity, breach_kind, involved_deception, created_at, updated_at)
        VALUES (1, 2, 'Repairing things with WEISS', '2025-12-20', 2, 'care', 0, '${T0}', '${T0}');
      INSERT INTO assessments (id, person_id, title, occurred_on, severity, breach_kind, involved_deception, created_at, updated_at)
        VALUES (1, 1, 'Trust with Weiß', '2025-12-20', 2, 'care', 0, '${T0}', '${T0}');
    `)
    await old.lock()
    vault = makeVault(temp.path)
    await vault.unlock(GOOD_PASSPHRASE)
  })
  afterEach(async () => {
    await vault.lock()
    temp.remove()
  })

  it('merges Weiß and WEISS into the older one, with every entry, plan, assessment and note', () => {
    const db = vault.database()
    const people = db.prepare('SELECT id, name, name_key, relationship, notes FROM people ORDER BY id').all()
    expect(people).toEqual([
      {
        id: 1,
        name: 'Weiß',
        name_key: 'weiss',
        relationship: 'neighbour',
        notes: 'Lives upstairs.\n\nMet at the market.',
      },
      { id: 3, name: 'Ada', name_key: 'ada', relationship: '', notes: '' },
    ])
    expect(db.prepare('SELECT entry_id, person_id FROM entry_people ORDER BY entry_id, person_id').all()).toEqual([
      { entry_id: 1, person_id: 1 },
      { entry_id: 1, person_id: 3 },
      { entry_id: 2, person_id: 1 },
    ])
    expect(db.prepare('SELECT person_id FROM plans').pluck().all()).toEqual([1])
    expect(db.prepare('SELECT person_id FROM assessments').pluck().all()).toEqual([1])
    expect(db.pragma('foreign_key_check')).toEqual([])
  })

  it('merges Straße and STRASSE into one tag on both entries, and the app finds it either way', () => {
    const db = vault.database()
    expect(db.prepare('SELECT id, name, name_key FROM tags ORDER BY id').all()).toEqual([
      { id: 1, name: 'Straße', name_key: 'strasse' },
      { id: 3, name: 'home', name_key: 'home' },
    ])
    const journal = journalOf(db, vault.clock)
    expect(journal.timeline.tags()).toEqual([
      { name: 'Straße', count: 2 },
      { name: 'home', count: 1 },
    ])
    expect(journal.search({ query: '', filters: { tags: ['STRASSE'] }, limit: 5 }).total).toBe(2)
    expect(journal.people.findByName('WEISS')?.name).toBe('Weiß')
  })
})
