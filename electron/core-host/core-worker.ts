/**
 * The core's worker thread in the app: electron-vite builds it as out/main/core-worker.js, and
 * Electron's main (electron/main/index.ts) and the browser preview start it. It reads only the
 * journal's folder, the shared flags and the time zone from its host; a test's worker
 * (testing/control-worker.ts) is a separate file that is never built into the app.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { isBackupCopy, runBackupCopy } from './backup-copy-thread'
import { CoreWorkerData } from './protocol'
import { runCoreWorker } from './worker-loop'

if (!parentPort) throw new Error('core-worker runs as a worker thread')
// The same file, started again by the core for a backup beside its work (backup-copy-thread.ts).
if (isBackupCopy(workerData)) runBackupCopy(parentPort, workerData)
else runCoreWorker({ port: parentPort, data: CoreWorkerData.parse(workerData), script: __filename })
