import { MendError } from '../errors'
import type { Db } from './encrypted-database'
import { schemaVersion } from './migrations/runner'

/**
 * A vault with a header was migrated at creation, so schema 0 means an empty or replaced file;
 * quick_check finds damaged pages and indexes (a cheaper integrity_check, fine at every open).
 */
export function checkIntegrity(db: Db, directory: string, quickCheck = true): void {
  let verdict: unknown
  try {
    verdict = schemaVersion(db) === 0 ? 'empty' : quickCheck ? db.pragma('quick_check', { simple: true }) : 'ok'
  } catch (error) {
    throw new MendError('CORRUPT', `The journal database in ${directory} is damaged.`, { cause: error })
  }
  if (verdict !== 'ok') throw new MendError('CORRUPT', `The journal database in ${directory} is damaged.`)
}
