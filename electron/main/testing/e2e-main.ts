/**
 * The main process of a test build (`electron-vite build --mode e2e`, into out-e2e/): the app's
 * own main process (main-process.ts), with the core worker that has the test control channel
 * (electron/core-host/testing), dialogs answered from a file, and a hook on globalThis for
 * Playwright's `electronApp.evaluate`. Never part of `npm run build` or `npm run dist`.
 */
import { join } from 'node:path'
import { MessageChannel } from 'node:worker_threads'
import { app } from 'electron'
import { coreWorkerSpawner } from '../../core-host'
import type { CoreWorkerHandle } from '../../core-host/core-host'
import { testControlClient, type TestControl } from '../../core-host/testing/control'
import { startMainProcess } from '../main-process'
import { dialogsAnsweredFrom } from './e2e-dialogs'
import { E2E_ENV, E2E_HOOK, type E2eHook } from './e2e-hook'

const env = process.env
const userData = env[E2E_ENV.userData]
// Before anything asks for it: the single-instance lock lives in userData.
if (userData) app.setPath('userData', userData)

let control: TestControl | null = null
let worker: CoreWorkerHandle | null = null
const running = <T>(value: T | null): T => {
  if (value === null) throw new Error('the core worker has not started')
  return value
}

startMainProcess({
  spawnCore: (directory) => {
    // The same zone as the browser target's core (tests/helpers/test-time-zone.ts).
    const spawn = coreWorkerSpawner(
      join(__dirname, 'control-worker.js'),
      { directory, timeZone: 'Europe/Berlin' },
      () => {
        const channel = new MessageChannel()
        control = testControlClient(channel.port1)
        return {
          workerData: { control: channel.port2, idleSpeedup: Number(env[E2E_ENV.idleSpeedup] ?? 1) },
          transferList: [channel.port2],
        }
      },
    )
    return (flags) => (worker = spawn(flags))
  },
  dialogs: (system) => {
    const answers = env[E2E_ENV.dialogs]
    return answers ? dialogsAnsweredFrom(answers) : system
  },
  onCoreStarted: ({ host, offerOpenedBackup }) => {
    const hook: E2eHook = {
      call: (procedure, input) => host.invoke(procedure, input),
      advanceClock: (ms) => running(control).advanceClock(ms),
      dumpTables: () => running(control).dumpTables(),
      killWorker: async () => void (await running(worker).terminate()),
      openBackupFile: (path) => offerOpenedBackup(path),
    }
    Object.assign(globalThis, { [E2E_HOOK]: hook })
  },
})
