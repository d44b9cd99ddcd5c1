import type { Db } from '../encrypted-database'
import type { Migration } from './migration'

/**
 * A deleted row's id never comes back (issue 23). Without AUTOINCREMENT, SQLite gives a new row
 * the largest id + 1, so deleting the newest commitment and adding another reused its id: the
 * reminder keys already sent for the old one (`check-in:<id>:<day>`) silenced the new one, and an
 * answer that pointed to a deleted note pointed to whatever note took its id.
 *
 * 1. Every table with an INTEGER PRIMARY KEY id is rebuilt with AUTOINCREMENT: same columns,
 *    STRICT, same indexes and triggers (read from the schema, so whatever the table carries
 *    now is kept), same rows and ids.
 * 2. sqlite_sequence starts at the highest id in use, or higher where the journal remembers a
 *    higher one: in reminder keys already sent, and in ledger ids an answer pointed to. Ids of
 *    rows deleted before this step that nothing remembers cannot be known; nothing refers to them.
 * 3. What already went wrong is undone where it can be told: a reminder key older than the row
 *    that now holds its id belonged to a deleted row and is forgotten (so the new row is reminded);
 *    an answer's pointer to a note created after the answer was given is dropped.
 * 4. From now on deleting a row removes what refers to it outside foreign keys: its sent
 *    reminder keys, and its id in answers (triggers, so every path that deletes, cascades too).
 * 5. A commitment keeps the cadences it had (commitment_cadences), so changing it changes the
 *    days from the change on, never the past (issue 23, point 4).
 *
 * The rebuild needs foreign keys off (a dropped parent would cascade into its children): the
 * runner turns them off around this step and checks every reference before it commits.
 */

/** Tables whose ids are rebuilt, parents before children (the order does not matter with FKs off). */
const TABLES = [
  'people',
  'entries',
  'tags',
  'entry_versions',
  'templates',
  'plans',
  'plan_pauses',
  'amends',
  'commitments',
  'assessments',
  'evidence',
  'step_answers',
  'rating_checks',
] as const

function rebuildWithAutoincrement(db: Db, table: string, floor: number): void {
  const definition = db
    .prepare<[string], string>("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?")
    .pluck()
    .get(table)
  if (!definition) throw new Error(`No table ${table} to rebuild`)
  const idColumn = /\bid\s+INTEGER\s+PRIMARY\s+KEY\b(?!\s+AUTOINCREMENT)/i
  if (!idColumn.test(definition)) throw new Error(`Table ${table} has no plain INTEGER PRIMARY KEY id`)
  const rebuilt = definition
    .replace(idColumn, 'id INTEGER PRIMARY KEY AUTOINCREMENT')
    .replace(new RegExp(`^CREATE TABLE "?${table}"?`, 'i'), `CREATE TABLE ${table}_rebuilt`)
  // Indexes and triggers go with the old table; their own SQL brings them back on the new one.
  const attached = db
    .prepare<[string], string>(
      "SELECT sql FROM sqlite_master WHERE tbl_name = ? AND type IN ('index', 'trigger') AND sql IS NOT NULL",
    )
    .pluck()
    .all(table)
  db.exec(rebuilt)
  db.exec(`INSERT INTO ${table}_rebuilt SELECT * FROM ${table}`)
  db.exec(`DROP TABLE ${table}`)
  db.exec(`ALTER TABLE ${table}_rebuilt RENAME TO ${table}`)
  for (const sql of attached) db.exec(sql)
  // The inserts above set the sequence to the highest id copied; a remembered higher id wins.
  db.prepare('UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = ?').run(floor, table)
  db.prepare(
    'INSERT INTO sqlite_sequence (name, seq) SELECT ?, ? WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = ?)',
  ).run(table, floor, table)
}

/** The highest id a reminder key of this kind remembers (`<kind>:<id>:<day>`). */
function highestKeyId(db: Db, kind: string): number {
  return (
    db
      .prepare<[number, number, string], number | null>(
        `SELECT max(CAST(substr(key, ? + 1, instr(substr(key, ? + 1), ':') - 1) AS INTEGER)) FROM reminders_sent
         WHERE key LIKE ? || ':%'`,
      )
      .pluck()
      .get(kind.length + 1, kind.length + 1, kind) ?? 0
  )
}

export const idsNeverReused: Migration = {
  version: 8,
  name: 'ids-never-reused',
  foreignKeysOff: true,
  up(db) {
    const floors: Partial<Record<(typeof TABLES)[number], number>> = {
      commitments: highestKeyId(db, 'check-in'),
      amends: highestKeyId(db, 'amend'),
      assessments: highestKeyId(db, 'trust-check'),
      evidence:
        db
          .prepare<[], number | null>(
            'SELECT max(CAST(j.value AS INTEGER)) FROM step_answers a, json_each(a.evidence_ids) j',
          )
          .pluck()
          .get() ?? 0,
    }
    for (const table of TABLES) rebuildWithAutoincrement(db, table, floors[table] ?? 0)

    db.exec(`
      -- A sent key older than the row that now has its id was a deleted row's: forget it.
      DELETE FROM reminders_sent WHERE
        (key LIKE 'check-in:%' AND NOT EXISTS (SELECT 1 FROM commitments c
           WHERE key >= 'check-in:' || c.id || ':' AND key < 'check-in:' || c.id || ';' AND c.created_at <= sent_at))
        OR (key LIKE 'amend:%' AND NOT EXISTS (SELECT 1 FROM amends m
           WHERE key >= 'amend:' || m.id || ':' AND key < 'amend:' || m.id || ';' AND m.created_at <= sent_at))
        OR (key LIKE 'trust-check:%' AND NOT EXISTS (SELECT 1 FROM assessments a
           WHERE key >= 'trust-check:' || a.id || ':' AND key < 'trust-check:' || a.id || ';' AND a.created_at <= sent_at));

      -- An answer points only to notes of its own assessment that existed when it was given.
      UPDATE step_answers SET evidence_ids = (
        SELECT json_group_array(CAST(j.value AS INTEGER)) FROM json_each(step_answers.evidence_ids) j
        WHERE EXISTS (SELECT 1 FROM evidence e WHERE e.id = j.value
          AND e.assessment_id = step_answers.assessment_id AND e.created_at <= step_answers.answered_at))
      WHERE evidence_ids <> '[]';

      -- What refers to a row outside foreign keys goes with it, however it is deleted.
      CREATE TRIGGER commitments_forget_reminders AFTER DELETE ON commitments BEGIN
        DELETE FROM reminders_sent WHERE key >= 'check-in:' || old.id || ':' AND key < 'check-in:' || old.id || ';';
      END;
      CREATE TRIGGER amends_forget_reminders AFTER DELETE ON amends BEGIN
        DELETE FROM reminders_sent WHERE key >= 'amend:' || old.id || ':' AND key < 'amend:' || old.id || ';';
      END;
      CREATE TRIGGER assessments_forget_reminders AFTER DELETE ON assessments BEGIN
        DELETE FROM reminders_sent
        WHERE key >= 'trust-check:' || old.id || ':' AND key < 'trust-check:' || old.id || ';';
      END;
      CREATE TRIGGER evidence_leaves_answers AFTER DELETE ON evidence BEGIN
        UPDATE step_answers SET evidence_ids = (
          SELECT json_group_array(CAST(j.value AS INTEGER)) FROM json_each(step_answers.evidence_ids) j
          WHERE CAST(j.value AS INTEGER) <> old.id)
        WHERE assessment_id = old.assessment_id
          AND EXISTS (SELECT 1 FROM json_each(step_answers.evidence_ids) j WHERE CAST(j.value AS INTEGER) = old.id);
      END;

      -- The cadences a commitment had before its current one: each applied to the days before
      -- until_day (and after the previous row's). commitments.cadence applies from the last on.
      CREATE TABLE commitment_cadences (
        commitment_id INTEGER NOT NULL REFERENCES commitments (id) ON DELETE CASCADE,
        until_day     TEXT NOT NULL,
        cadence       TEXT NOT NULL,
        PRIMARY KEY (commitment_id, until_day)
      ) STRICT, WITHOUT ROWID;
    `)
  },
}
