import { rmSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { randomBytes } from 'node:crypto'
import { MendError, fileSystemError } from '../errors'
import { refuseJournalFolders } from '../fs/output-target'
import { openForCopy, openReadOnlyChecked, type Db } from '../vault/encrypted-database'
import type { VaultHeader } from '../vault/header-file'
import type { OpenVault, Vault } from '../vault/vault'
import { writeBackupFile } from './backup-file'

/**
 * How every backup is made: VACUUM INTO a temp copy at `copy` (consistent and compacted, under
 * the same key), opened and integrity-checked, then written with `header` as one self-contained
 * file at `target` (temp + fsync + rename). The temp copy never stays. The caller holds the queue.
 */
export function writeCheckedBackup(
  open: Pick<OpenVault, 'db' | 'dataKey'>,
  header: VaultHeader,
  copy: string,
  target: string,
  steps: BackupSteps = quietSteps,
): void {
  try {
    steps.progress(0, BACKUP_STEPS)
    open.db.prepare('VACUUM INTO ?').run(copy)
    steps.progress(1, BACKUP_STEPS)
    steps.checkpoint()
    const check = openReadOnlyChecked(copy, open.dataKey)
    if (!check) throw new MendError('CORRUPT', 'The backup copy could not be read back. No backup was made.')
    check.close()
    steps.progress(2, BACKUP_STEPS)
    steps.checkpoint()
    writeBackupFile(target, header, copy)
    steps.progress(BACKUP_STEPS, BACKUP_STEPS)
  } finally {
    rmSync(copy, { force: true })
  }
}

/** One backup to make from the journal's file, wherever it runs (backup-copy-thread.ts). */
export interface BackupCopyJob {
  /** The open journal's database file. */
  database: string
  dataKey: Buffer
  header: VaultHeader
  /** The temp copy, in the backup folder. */
  copy: string
  target: string
}

/**
 * Makes the backup of `job` through a connection of its own (openForCopy), so it can run in
 * another thread while the journal goes on answering: the same steps as writeCheckedBackup.
 */
export function copyJournalFile(job: BackupCopyJob, steps: BackupSteps = quietSteps): void {
  let db: Db
  try {
    db = openForCopy(job.database, job.dataKey)
  } catch (error) {
    throw fileSystemError(error, 'read the journal for a backup', dirname(job.database))
  }
  try {
    writeCheckedBackup({ db, dataKey: job.dataKey }, job.header, job.copy, job.target, steps)
  } finally {
    db.close()
  }
}

/**
 * Runs a BackupCopyJob somewhere other than the journal's thread. `progress` hears the steps;
 * rejects with a MendError when the copy fails, and with LOCKED when `stopped()` turns true
 * first (the copy is abandoned; its temp file is left for the next backup to remove).
 */
export type BackupCopier = (
  job: BackupCopyJob,
  watch: { progress(done: number, total: number): void; stopped(): boolean },
) => Promise<void>

/** Copy, check, write: each one statement or one file, so a backup reports and stops between them. */
export const BACKUP_STEPS = 3

export interface BackupSteps {
  progress(done: number, total: number): void
  /** Throws when a lock is waiting: the backup is abandoned (its temp copy removed) and the key can go. */
  checkpoint(): void
}

const quietSteps: BackupSteps = { progress: () => {}, checkpoint: () => {} }

/**
 * A backup of the open vault written to a file the person names (the command line's
 * `mend backup --out FILE`): made as the rotated backups are (writeCheckedBackup), but outside
 * the backup folder, so rotation never touches it.
 */
export function writeBackupTo(vault: Vault, target: string): Promise<void> {
  refuseJournalFolders(target, [vault.paths.directory])
  return vault.exclusive(() => {
    const open = vault.session()
    const folder = dirname(target)
    const copy = join(folder, `.${basename(target)}.copy-${randomBytes(6).toString('hex')}.tmp`)
    try {
      writeCheckedBackup(open, vault.keyHeader(), copy, target)
    } catch (error) {
      throw fileSystemError(error, 'make a backup', folder)
    }
  })
}
