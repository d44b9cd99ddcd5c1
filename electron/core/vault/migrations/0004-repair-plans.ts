import type { Migration } from './migration'

/**
 * Repair plans (METHOD.md): the breach, the four steps' writing, amends, commitments and their
 * check-ins, the plan's journal entries, and which reminders were already shown.
 *
 * Days (`occurred_on`, `due_on`, `start_on`, `on_date`) are the writer's calendar,
 * `YYYY-MM-DD`; record-keeping times are ISO 8601 UTC. A plan keeps its person: deleting a person
 * who still has plans is refused (RESTRICT) so a plan never loses whom it is about.
 */
export const repairPlans: Migration = {
  version: 4,
  name: 'repair-plans',
  up(db) {
    db.exec(`
      CREATE TABLE plans (
        id                 INTEGER PRIMARY KEY,
        person_id          INTEGER NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
        title              TEXT NOT NULL,
        what_happened      TEXT NOT NULL DEFAULT '',
        occurred_on        TEXT NOT NULL,
        severity           INTEGER NOT NULL CHECK (severity BETWEEN 1 AND 5),
        breach_kind        TEXT NOT NULL CHECK (breach_kind IN ('ability', 'care', 'integrity')),
        involved_deception INTEGER NOT NULL CHECK (involved_deception IN (0, 1)),
        status             TEXT NOT NULL DEFAULT 'active'
                           CHECK (status IN ('active', 'paused', 'completed', 'archived')),
        ownership          TEXT NOT NULL DEFAULT '',
        compassion         TEXT NOT NULL DEFAULT '',
        -- Small lists kept as JSON arrays: read and written whole with the plan.
        their_needs        TEXT NOT NULL DEFAULT '[]',
        dismissed          TEXT NOT NULL DEFAULT '[]',
        private_notes      TEXT NOT NULL DEFAULT '',
        created_at         TEXT NOT NULL,
        updated_at         TEXT NOT NULL
      ) STRICT;
      CREATE INDEX plans_by_person_id ON plans (person_id);

      -- While a plan is paused its commitments do not fall due; to_day NULL = still paused.
      CREATE TABLE plan_pauses (
        id       INTEGER PRIMARY KEY,
        plan_id  INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
        from_day TEXT NOT NULL,
        to_day   TEXT
      ) STRICT;
      CREATE INDEX plan_pauses_by_plan_id ON plan_pauses (plan_id, from_day);

      CREATE TABLE amends (
        id          INTEGER PRIMARY KEY,
        plan_id     INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
        description TEXT NOT NULL,
        horizon     TEXT NOT NULL CHECK (horizon IN ('now', 'over-time')),
        due_on      TEXT,
        status      TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'done', 'declined')),
        note        TEXT NOT NULL DEFAULT '',
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      ) STRICT;
      CREATE INDEX amends_by_plan_id ON amends (plan_id, id);

      CREATE TABLE commitments (
        id            INTEGER PRIMARY KEY,
        plan_id       INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
        behaviour     TEXT NOT NULL,
        -- The cadence as JSON (contract Cadence), validated on the way in and out.
        cadence       TEXT NOT NULL,
        start_on      TEXT NOT NULL,
        end_on        TEXT,
        reminder_time TEXT NOT NULL DEFAULT '20:00',
        created_at    TEXT NOT NULL,
        updated_at    TEXT NOT NULL
      ) STRICT;
      CREATE INDEX commitments_by_plan_id ON commitments (plan_id, id);

      CREATE TABLE check_ins (
        commitment_id INTEGER NOT NULL REFERENCES commitments (id) ON DELETE CASCADE,
        on_date       TEXT NOT NULL,
        outcome       TEXT NOT NULL CHECK (outcome IN ('kept', 'missed', 'not-applicable')),
        note          TEXT NOT NULL DEFAULT '',
        recorded_at   TEXT NOT NULL,
        PRIMARY KEY (commitment_id, on_date)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE plan_entries (
        plan_id  INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
        entry_id INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
        PRIMARY KEY (plan_id, entry_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX plan_entries_by_entry_id ON plan_entries (entry_id, plan_id);

      -- Which reminders already raised a notification, so a restart does not repeat them.
      CREATE TABLE reminders_sent (
        key     TEXT PRIMARY KEY,
        sent_at TEXT NOT NULL
      ) STRICT, WITHOUT ROWID;
    `)
  },
}
