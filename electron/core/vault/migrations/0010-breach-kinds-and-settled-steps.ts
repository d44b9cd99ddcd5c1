import type { Migration } from './migration'

/**
 * What went wrong becomes "pick any": forgetting and lying can both be true. `breach_kinds`
 * holds every kind as a JSON array; `breach_kind` stays as the first one chosen, so its CHECK
 * still holds and a row is never without a kind. Each existing plan and assessment keeps its
 * one kind, now as a list of one.
 *
 * Plans also remember which steps the person said they are done with (`settled_steps`, a JSON
 * array of step names): until then a written step stays open to revisit.
 *
 * Version 10: 7 to 9 belong to other changes made at the same time; the runner takes the gap.
 */
export const breachKindsAndSettledSteps: Migration = {
  version: 10,
  name: 'breach-kinds-and-settled-steps',
  up(db) {
    db.exec(`
      ALTER TABLE plans ADD COLUMN breach_kinds TEXT NOT NULL DEFAULT '[]';
      ALTER TABLE plans ADD COLUMN settled_steps TEXT NOT NULL DEFAULT '[]';
      UPDATE plans SET breach_kinds = json_array(breach_kind);
      ALTER TABLE assessments ADD COLUMN breach_kinds TEXT NOT NULL DEFAULT '[]';
      UPDATE assessments SET breach_kinds = json_array(breach_kind);
    `)
  },
}
