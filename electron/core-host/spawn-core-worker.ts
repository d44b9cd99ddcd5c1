import { Worker, type WorkerOptions } from 'node:worker_threads'
import type { CoreWorkerHandle } from './core-host'
import type { CoreWorkerData } from './protocol'

/**
 * How every host starts the core: a Node worker thread running `script` (the app's
 * out/main/core-worker.js, or a test's worker), given the journal's folder and the flags it shares
 * with the host. A worker thread rather than Electron's utility process: the flags need memory both
 * sides share (a utility process is another process), it runs the same under plain Node, where the
 * tests and the browser preview host it, and better-sqlite3-multiple-ciphers (Node-API) loads in it.
 */
export function coreWorkerSpawner(
  script: string,
  data: Omit<CoreWorkerData, 'flags'>,
  extra: (flags: SharedArrayBuffer) => Pick<WorkerOptions, 'transferList'> & { workerData?: object } = () => ({}),
): (flags: SharedArrayBuffer) => CoreWorkerHandle {
  return (flags) => {
    const { workerData, transferList } = extra(flags)
    return new Worker(script, {
      workerData: { ...data, flags, ...workerData },
      ...(transferList ? { transferList } : {}),
    })
  }
}
