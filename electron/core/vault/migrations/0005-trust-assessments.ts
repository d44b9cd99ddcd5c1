import type { Migration } from './migration'

/**
 * Trust assessments (METHOD.md, the other side): someone hurt the writer and is trying to repair
 * it. The breach, a dated ledger of what they said and did, the writer's answers to the four
 * questions (every answer kept), and the periodic 1-5 checks.
 *
 * Days (`occurred_on`, `observed_on`, `due_on`, `resolved_on`, `taken_on`) are the writer's
 * calendar, `YYYY-MM-DD`; record-keeping times are ISO 8601 UTC. As with plans, a person who
 * still has assessments cannot be deleted (RESTRICT): an assessment never loses whom it is about.
 */
export const trustAssessments: Migration = {
  version: 5,
  name: 'trust-assessments',
  up(db) {
    db.exec(`
      CREATE TABLE assessments (
        id                 INTEGER PRIMARY KEY,
        person_id          INTEGER NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
        title              TEXT NOT NULL,
        what_happened      TEXT NOT NULL DEFAULT '',
        occurred_on        TEXT NOT NULL,
        severity           INTEGER NOT NULL CHECK (severity BETWEEN 1 AND 5),
        breach_kind        TEXT NOT NULL CHECK (breach_kind IN ('ability', 'care', 'integrity')),
        involved_deception INTEGER NOT NULL CHECK (involved_deception IN (0, 1)),
        status             TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'archived')),
        check_every_days   INTEGER NOT NULL DEFAULT 14 CHECK (check_every_days BETWEEN 1 AND 365),
        created_at         TEXT NOT NULL,
        updated_at         TEXT NOT NULL
      ) STRICT;
      CREATE INDEX assessments_by_person_id ON assessments (person_id);

      -- The ledger. The CHECKs keep the promise-only columns on promises, whatever a future
      -- caller forgets: a figure built on them must never count an action as a kept promise.
      CREATE TABLE evidence (
        id            INTEGER PRIMARY KEY,
        assessment_id INTEGER NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
        observed_on   TEXT NOT NULL,
        kind          TEXT NOT NULL CHECK (kind IN ('word', 'action', 'amend', 'slip')),
        word_type     TEXT CHECK (word_type IN ('apology', 'promise', 'explanation', 'other')),
        step          TEXT CHECK (step IN ('ownership', 'compassion', 'amends', 'action')),
        description   TEXT NOT NULL,
        -- The entry stays the journal's: purging it from the trash only drops the link.
        entry_id      INTEGER REFERENCES entries (id) ON DELETE SET NULL,
        due_on        TEXT,
        resolution    TEXT CHECK (resolution IN ('kept', 'broken')),
        resolved_on   TEXT,
        created_at    TEXT NOT NULL,
        updated_at    TEXT NOT NULL,
        CHECK ((kind = 'word') = (word_type IS NOT NULL)),
        CHECK ((due_on IS NULL AND resolution IS NULL) OR word_type = 'promise'),
        CHECK ((resolution IS NULL) = (resolved_on IS NULL))
      ) STRICT;
      CREATE INDEX evidence_by_assessment_id ON evidence (assessment_id, observed_on);
      CREATE INDEX evidence_by_entry_id ON evidence (entry_id) WHERE entry_id IS NOT NULL;

      -- History, not state: every answer is a new row and the newest is the current one.
      CREATE TABLE step_answers (
        id            INTEGER PRIMARY KEY,
        assessment_id INTEGER NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
        step          TEXT NOT NULL CHECK (step IN ('ownership', 'compassion', 'amends', 'action')),
        answer        TEXT NOT NULL CHECK (answer IN ('not-yet', 'partly', 'yes')),
        note          TEXT NOT NULL DEFAULT '',
        -- The ledger ids the writer pointed to, as a JSON array; ids deleted since are skipped on read.
        evidence_ids  TEXT NOT NULL DEFAULT '[]',
        answered_at   TEXT NOT NULL
      ) STRICT;
      CREATE INDEX step_answers_by_assessment_id ON step_answers (assessment_id, step, answered_at);

      CREATE TABLE rating_checks (
        id             INTEGER PRIMARY KEY,
        assessment_id  INTEGER NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
        taken_on       TEXT NOT NULL,
        reliability    INTEGER NOT NULL CHECK (reliability BETWEEN 1 AND 5),
        accountability INTEGER NOT NULL CHECK (accountability BETWEEN 1 AND 5),
        honesty        INTEGER NOT NULL CHECK (honesty BETWEEN 1 AND 5),
        care           INTEGER NOT NULL CHECK (care BETWEEN 1 AND 5),
        respect        INTEGER NOT NULL CHECK (respect BETWEEN 1 AND 5),
        note           TEXT NOT NULL DEFAULT '',
        created_at     TEXT NOT NULL
      ) STRICT;
      CREATE INDEX rating_checks_by_assessment_id ON rating_checks (assessment_id, taken_on);
    `)
  },
}
