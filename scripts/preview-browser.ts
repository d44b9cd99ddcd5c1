/**
 * Development preview of the UI in any Chromium, without Electron: serves the built renderer over
 * the loopback bridge and hosts the real core in the same worker thread the app starts
 * (out/main/core-worker.js). Usage: npm run preview:browser [-- --vault DIR]
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { consoleLogger } from '../electron/core'
import { coreWorkerSpawner, startCoreHost } from '../electron/core-host'
import { startHttpBridge } from '../electron/ipc/transports/http-bridge'
import { previewDialogs } from './preview/preview-dialogs'

// This run's own folder (mkdtemp: a fresh name, readable only by this user): the vault unless
// --vault names one, and the exports either way.
const runDir = mkdtempSync(join(tmpdir(), 'mend-preview-'))
const vaultFlag = process.argv.indexOf('--vault')
const directory =
  vaultFlag > 0 && process.argv[vaultFlag + 1] ? resolve(process.argv[vaultFlag + 1] as string) : join(runDir, 'vault')

async function main(): Promise<void> {
  const core = startCoreHost({
    spawn: coreWorkerSpawner(resolve('out/main/core-worker.js'), { directory }),
    services: { dialogs: previewDialogs(runDir), takeBackupFile: () => null },
    logger: consoleLogger,
  })
  const bridge = await startHttpBridge({
    core,
    staticDir: resolve('out/renderer'),
    port: Number(process.env['PORT'] ?? 0),
  })
  console.info(`Mend preview: vault in ${directory}, exports in ${join(runDir, 'exports')}`)
  console.info(`Open ${bridge.url} in Chromium (the link is valid for this run only).`)
  const stop = () => {
    void core
      .stop()
      .then(() => bridge.close())
      .then(() => process.exit(0))
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

void main()
