/**
 * The core worker the end-to-end tests start: the app's worker loop (worker-loop.ts), plus a clock
 * the test moves, sped-up auto-lock timers, and the test control channel (control.ts). Bundled for
 * tests only (tests/helpers/core-worker-bundle.ts); nothing in the app imports it.
 */
import { parentPort, workerData, type MessagePort } from 'node:worker_threads'
import type { Timers } from '../../core'
import { isBackupCopy, runBackupCopy } from '../backup-copy-thread'
import { CoreWorkerData } from '../protocol'
import { runCoreWorker } from '../worker-loop'
import { serveTestControl } from './control'

interface TestWorkerData {
  control: MessagePort
  /** 60 makes a minute of the auto-lock countdown last one second. */
  idleSpeedup?: number
}

if (!parentPort) throw new Error('control-worker runs as a worker thread')
if (isBackupCopy(workerData)) runBackupCopy(parentPort, workerData)
else startTestCore(parentPort)

function startTestCore(port: NonNullable<typeof parentPort>): void {
  const { control, idleSpeedup = 1, ...data } = workerData as TestWorkerData & CoreWorkerData
  const clock = { offsetMs: 0, now: () => Date.now() + clock.offsetMs }
  const timers: Timers = {
    setTimeout: (callback, ms) => setTimeout(callback, ms / idleSpeedup),
    clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  }
  const api = runCoreWorker({ port, data: CoreWorkerData.parse(data), clock, timers, script: __filename })
  serveTestControl(control, api, clock)
}
