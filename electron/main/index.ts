import { join } from 'node:path'
import { coreWorkerSpawner } from '../core-host'
import { startMainProcess } from './main-process'

// The app's entry (out/main/index.js): the main process with the app's own core worker.
startMainProcess({
  // Built beside this file by electron-vite (electron.vite.config.ts); inside app.asar once packaged.
  // No fixed zone: core asks the system on every use (a flight moves "today" and reminders).
  spawnCore: (directory) => coreWorkerSpawner(join(__dirname, 'core-worker.js'), { directory }),
})
