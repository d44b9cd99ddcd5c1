import { rmSync } from 'node:fs'
import { Worker, type MessagePort } from 'node:worker_threads'
import type { ErrorCode } from '../contract'
import { MendError, copyJournalFile, stoppedByLock, type BackupCopier, type BackupCopyJob } from '../core'

/**
 * Daily and manual backups in a thread of their own, beside the core's: VACUUM INTO of a large
 * journal is one long SQLite statement (16 s to a minute per GB of photos, by load), and in the core's thread
 * every read, save and lock would wait for it. The thread is the core worker's own script started
 * again with `role: 'backup-copy'` (core-worker.ts), so no build has a file more to ship.
 */

const ROLE = 'backup-copy'

interface CopyData {
  role: typeof ROLE
  job: BackupCopyJob
}

type CopyMessage =
  | { kind: 'progress'; done: number; total: number }
  | { kind: 'done' }
  | { kind: 'failed'; code: ErrorCode; message: string }

/** How often a copy in progress is checked for a lock (a shared flag: reading it costs nothing). */
const LOCK_POLL_MS = 25

/** The core's side: a BackupCopier that starts `script` (the running core worker's file) per copy. */
export function backupCopyThread(script: string): BackupCopier {
  return (job, watch) =>
    new Promise<void>((resolve, reject) => {
      // The key crosses as a copy; the caller wipes its own.
      const worker = new Worker(script, { workerData: { role: ROLE, job } satisfies CopyData })
      let settled = false
      let stopping = false
      const finish = (error?: Error) => {
        if (settled) return
        settled = true
        clearInterval(poll)
        if (error) reject(error)
        else resolve()
      }
      // A lock does not wait for the copy: the journal closes at once, and the thread is ended
      // (a SQLite statement it is in finishes first, and its key copy goes with the thread). The
      // backup answers LOCKED once the thread is gone and its temp copy removed.
      const poll = setInterval(() => {
        if (!watch.stopped()) return
        clearInterval(poll)
        stopping = true
        void worker.terminate().finally(() => {
          removeCopy(job.copy)
          finish(stoppedByLock())
        })
      }, LOCK_POLL_MS)
      worker.on('message', (message: CopyMessage) => {
        if (message.kind === 'progress') watch.progress(message.done, message.total)
        else if (message.kind === 'done') finish()
        else finish(new MendError(message.code, message.message))
      })
      worker.on('error', (error) => finish(error))
      // After any message still on its way: a copy that said it was done is done.
      worker.on('exit', () => {
        if (stopping) return
        setImmediate(() => finish(new MendError('INTERNAL', 'The backup stopped before it was finished.')))
      })
    })
}

/** The temp copy of an abandoned backup, with any side file SQLite made for it. */
function removeCopy(copy: string): void {
  for (const path of [copy, `${copy}-journal`, `${copy}-wal`, `${copy}-shm`]) rmSync(path, { force: true })
}

/** Whether this thread was started as a backup copy (see backupCopyThread). */
export function isBackupCopy(data: unknown): data is CopyData {
  return (data as { role?: unknown } | null)?.role === ROLE
}

/** The copy thread's side: one backup, its steps reported, then the thread ends. */
export function runBackupCopy(port: MessagePort, data: CopyData): void {
  const post = (message: CopyMessage) => port.postMessage(message)
  const job: BackupCopyJob = { ...data.job, dataKey: Buffer.from(data.job.dataKey) }
  try {
    copyJournalFile(job, { progress: (done, total) => post({ kind: 'progress', done, total }), checkpoint: () => {} })
    post({ kind: 'done' })
  } catch (error) {
    const known = error instanceof MendError
    post({
      kind: 'failed',
      code: known ? error.code : 'INTERNAL',
      message: known ? error.message : 'The backup could not be made.',
    })
  } finally {
    job.dataKey.fill(0)
    data.job.dataKey.fill(0)
  }
}
