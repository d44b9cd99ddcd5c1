import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { HostDialogs } from '../../electron/ipc'

/**
 * A browser has no system file dialogs. The preview answers them itself: exports (JSON, Markdown,
 * PDF) go to an "exports" folder inside this run's own temp folder (`runDir`, made by mkdtemp,
 * readable only by this user), never to a shared or predictable place; "Restore from a backup
 * file" opens the file named by MEND_PREVIEW_BACKUP_FILE, and an import reads
 * MEND_PREVIEW_IMPORT_SOURCE, if set.
 */
export function previewDialogs(runDir: string, env: NodeJS.ProcessEnv = process.env): HostDialogs {
  const exportsDir = join(runDir, 'exports')
  const target = (suggestedName: string) => {
    mkdirSync(exportsDir, { recursive: true, mode: 0o700 })
    return join(exportsDir, suggestedName)
  }
  return {
    chooseBackupFile: async () => env['MEND_PREVIEW_BACKUP_FILE'] ?? null,
    chooseExportTarget: async (_format, suggestedName) => target(suggestedName),
    chooseImportSource: async () => env['MEND_PREVIEW_IMPORT_SOURCE'] ?? null,
    choosePdfTarget: async (suggestedName) => target(suggestedName),
  }
}
