import { statSync } from 'node:fs'
import type { BackupContents } from '../../contract'
import { DEFAULT_SETTINGS } from '../../contract/settings.contract'
import { createSettingsQueries } from '../settings/settings.queries'
import type { Db } from '../vault/encrypted-database'
import { backupTime } from './backup-names'
import { summarizeDatabase } from './content-summary'

/** How many backups to keep, from the journal's settings. */
export function keepCount(db: Db): number {
  try {
    return createSettingsQueries(db).read().backupsToKeep
  } catch {
    // Before the settings migration has run (a pre-migration backup) there are no settings yet.
    return DEFAULT_SETTINGS.backupsToKeep
  }
}

/** What a backup holds, as shown before a restore. */
export function describeBackup(db: Db, path: string, sameJournal: boolean): BackupContents {
  const name = path.split(/[\\/]/).at(-1) ?? path
  const time = backupTime(name)
  return {
    name,
    createdAt: time === null ? new Date(statSync(path).mtimeMs).toISOString() : new Date(time).toISOString(),
    sameJournal,
    ...summarizeDatabase(db),
  }
}
