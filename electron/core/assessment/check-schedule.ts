import type { Db } from '../vault/encrypted-database'
import { addDays, todayIn } from '../repair/local-days'

/**
 * When the periodic check falls due: the interval after the latest check, or, before any check,
 * the day the assessment was started (a first check then is the starting point the trend needs).
 */
export function nextCheckOn(input: { startedOn: string; lastTakenOn: string | null; checkEveryDays: number }): string {
  return input.lastTakenOn === null ? input.startedOn : addDays(input.lastTakenOn, input.checkEveryDays)
}

export interface TrustCheckDue {
  assessmentId: number
  title: string
  dueOn: string
}

/** The next check of every active assessment, for reminders; archived assessments remind of nothing. */
export function createTrustCheckSchedule(db: Db, zone: () => string) {
  const active = db.prepare<
    [],
    { id: number; title: string; check_every_days: number; created_at: string; last_taken_on: string | null }
  >(
    `SELECT a.id, a.title, a.check_every_days, a.created_at,
       (SELECT max(c.taken_on) FROM rating_checks c WHERE c.assessment_id = a.id) AS last_taken_on
     FROM assessments a WHERE a.status = 'active' ORDER BY a.id`,
  )
  return {
    due(): TrustCheckDue[] {
      const timeZone = zone()
      return active.all().map((row) => ({
        assessmentId: row.id,
        title: row.title,
        dueOn: nextCheckOn({
          startedOn: todayIn(Date.parse(row.created_at), timeZone),
          lastTakenOn: row.last_taken_on,
          checkEveryDays: row.check_every_days,
        }),
      }))
    },
  }
}
