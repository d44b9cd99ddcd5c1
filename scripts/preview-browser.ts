/**
 * Development preview of the UI in any Chromium, without Electron: serves the built renderer
 * and the real core over the loopback bridge. Usage: npm run preview:browser [-- --vault DIR]
 */
import { mkdirSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { consoleLogger } from '../electron/core'
import { createAppApi, type HostDialogs } from '../electron/ipc'
import { startHttpBridge } from '../electron/ipc/transports/http-bridge'

const vaultFlag = process.argv.indexOf('--vault')
const directory =
  vaultFlag > 0 && process.argv[vaultFlag + 1]
    ? resolve(process.argv[vaultFlag + 1] as string)
    : mkdtempSync(join(tmpdir(), 'mend-preview-'))
/**
 * A browser has no system file dialogs: exports go to an "exports" folder beside the vault, and
 * "Restore from a backup file" opens the file named by MEND_PREVIEW_BACKUP_FILE, and an import
 * reads MEND_PREVIEW_IMPORT_SOURCE, if set.
 */
const previewDialogs: HostDialogs = {
  chooseBackupFile: async () => process.env['MEND_PREVIEW_BACKUP_FILE'] ?? null,
  chooseExportTarget: async (_format, suggestedName) => {
    const folder = join(directory, '..', 'exports')
    mkdirSync(folder, { recursive: true })
    return join(folder, suggestedName)
  },
  chooseImportSource: async () => process.env['MEND_PREVIEW_IMPORT_SOURCE'] ?? null,
  choosePdfTarget: async (suggestedName) => {
    const folder = join(directory, '..', 'exports')
    mkdirSync(folder, { recursive: true })
    return join(folder, suggestedName)
  },
}

async function main(): Promise<void> {
  const api = createAppApi({ directory, logger: consoleLogger, dialogs: previewDialogs })
  const bridge = await startHttpBridge({
    api,
    staticDir: resolve('out/renderer'),
    port: Number(process.env['PORT'] ?? 0),
  })
  console.info(`Mend preview: vault in ${directory}`)
  console.info(`Open ${bridge.url} in Chromium (the link is valid for this run only).`)
  const stop = () => {
    api.vault.lockNow()
    void bridge.close().then(() => process.exit(0))
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

void main()
