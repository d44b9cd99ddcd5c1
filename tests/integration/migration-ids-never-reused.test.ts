import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { LATEST_SCHEMA_VERSION, type Vault } from '../../electron/core'
import type { Db } from '../../electron/core/vault/encrypted-database'
import { migrations } from '../../electron/core/vault/migrations'
import { GOOD_PASSPHRASE, makeTempDir, makeVault } from '../helpers/temp-vault'

/**
 * Issue 23, point 1, for journals people already have: schema 6 gave a deleted row's id to the
 * next new row. Step 8 rebuilds the tables with AUTOINCREMENT, keeps their indexes and triggers,
 * starts ids above any the journal remembers, and undoes the mix-ups it can tell.
 */

const BEFORE = migrations.filter((migration) => migration.version <= 6)

interface SchemaObject {
  type: string
  name: string
  tbl_name: string
}

function objects(db: Db): SchemaObject[] {
  return db
    .prepare<[], SchemaObject>(
      "SELECT type, name, tbl_name FROM sqlite_master WHERE type IN ('index', 'trigger') AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .all()
}

describe('step 8: ids never reused, for a journal written by schema 6', () => {
  let temp: ReturnType<typeof makeTempDir>
  let old: Vault

  beforeEach(async () => {
    temp = makeTempDir()
    old = makeVault(temp.path, { migrations: BEFORE })
    await old.create(GOOD_PASSPHRASE, 'Noor')
    const db = old.database()
    // A plan with commitments 50 and 60; commitment 77 was deleted long ago, after a reminder.
    db.exec(`
      INSERT INTO people (id, name, name_key, created_at, updated_at) VALUES (1, 'Ana', 'ana', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');
      INSERT INTO plans (id, person_id, title, occurred_on, severity, breach_kind, involved_deception, created_at, updated_at)
        VALUES (1, 1, 'Repairing things with Ana', '2025-12-20', 3, 'care', 0, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');
      INSERT INTO commitments (id, plan_id, behaviour, cadence, start_on, created_at, updated_at)
        VALUES (50, 1, 'Call on Sundays', '{"kind":"daily"}', '2026-01-01', '2026-01-01T09:00:00.000Z', '2026-01-01T09:00:00.000Z'),
               (60, 1, 'Walk together', '{"kind":"daily"}', '2026-01-10', '2026-01-10T09:00:00.000Z', '2026-01-10T09:00:00.000Z');
      INSERT INTO reminders_sent (key, sent_at) VALUES
        ('check-in:50:2026-01-05', '2026-01-05T19:00:00.000Z'),
        ('check-in:77:2026-01-04', '2026-01-04T19:00:00.000Z'),
        -- Sent for an earlier commitment 60, deleted before today's 60 took its id.
        ('check-in:60:2026-01-09', '2026-01-09T19:00:00.000Z');
      INSERT INTO assessments (id, person_id, title, occurred_on, severity, breach_kind, involved_deception, created_at, updated_at)
        VALUES (3, 1, 'Trust with Ana', '2025-12-20', 3, 'care', 0, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');
      INSERT INTO evidence (id, assessment_id, observed_on, kind, word_type, description, created_at, updated_at) VALUES
        (10, 3, '2026-01-02', 'word', 'apology', 'Said sorry', '2026-01-02T10:00:00.000Z', '2026-01-02T10:00:00.000Z'),
        (11, 3, '2026-01-08', 'slip', NULL, 'Missed dinner', '2026-01-08T10:00:00.000Z', '2026-01-08T10:00:00.000Z');
      -- Given on 5 January: it pointed to 10, to an 11 that was then another note, and to a 400 since deleted.
      INSERT INTO step_answers (assessment_id, step, answer, evidence_ids, answered_at)
        VALUES (3, 'ownership', 'yes', '[10,11,400]', '2026-01-05T10:00:00.000Z');
    `)
  })
  afterEach(async () => {
    await old.lock()
    temp.remove()
  })

  it('keeps every row, index and trigger, and makes every id table AUTOINCREMENT and STRICT', async () => {
    const before = objects(old.database())
    const counts = (db: Db) =>
      ['people', 'plans', 'commitments', 'evidence', 'step_answers', 'entries'].map(
        (table) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number,
      )
    const countsBefore = counts(old.database())
    await old.lock()

    const vault = makeVault(temp.path)
    await vault.unlock(GOOD_PASSPHRASE)
    const db = vault.database()
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION)
    const after = objects(db)
    for (const object of before) expect(after, `${object.type} ${object.name}`).toContainEqual(object)
    expect(counts(db)).toEqual(countsBefore)
    const tables = db
      .prepare<[], { name: string; sql: string }>(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql LIKE '%id INTEGER PRIMARY KEY%' AND name NOT LIKE 'entries_fts%'",
      )
      .all()
    expect(tables.length).toBeGreaterThanOrEqual(13)
    for (const { name, sql } of tables) {
      expect(sql, name).toMatch(/AUTOINCREMENT/)
      expect(sql, name).toMatch(/\) STRICT$/)
    }
    expect(db.pragma('foreign_key_check')).toEqual([])
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    // The search index still reads the same entries.
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
    old = vault
  })

  it('starts new ids above any id the journal remembers, and undoes the mix-ups it can tell', async () => {
    await old.lock()
    const vault = makeVault(temp.path)
    await vault.unlock(GOOD_PASSPHRASE)
    old = vault
    const db = vault.database()
    // The key of the deleted 60 is forgotten, so today's 60 is reminded; the others stay.
    expect(db.prepare('SELECT key FROM reminders_sent ORDER BY key').pluck().all()).toEqual(['check-in:50:2026-01-05'])
    // The answer keeps the note it was given about, and only that.
    expect(db.prepare('SELECT evidence_ids FROM step_answers').pluck().get()).toBe('[10]')

    const now = '2026-02-01T00:00:00.000Z'
    const commitment = db
      .prepare(
        `INSERT INTO commitments (plan_id, behaviour, cadence, start_on, created_at, updated_at)
         VALUES (1, 'Cook on Fridays', '{"kind":"daily"}', '2026-02-01', ?, ?)`,
      )
      .run(now, now)
    expect(Number(commitment.lastInsertRowid)).toBe(78)
    const note = db
      .prepare(
        `INSERT INTO evidence (assessment_id, observed_on, kind, description, created_at, updated_at)
         VALUES (3, '2026-02-01', 'action', 'Cooked', ?, ?)`,
      )
      .run(now, now)
    expect(Number(note.lastInsertRowid)).toBe(401)

    // Deleting a commitment forgets its keys; deleting a note takes it out of answers.
    db.prepare('DELETE FROM commitments WHERE id = 50').run()
    expect(db.prepare('SELECT count(*) FROM reminders_sent').pluck().get()).toBe(0)
    db.prepare('DELETE FROM evidence WHERE id = 10').run()
    expect(db.prepare('SELECT evidence_ids FROM step_answers').pluck().get()).toBe('[]')
  })
})
