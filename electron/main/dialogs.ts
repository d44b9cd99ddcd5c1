import { join } from 'node:path'
import type { BrowserWindow, Dialog } from 'electron'
import type { JournalImportFormat } from '../contract'
import type { HostDialogs } from '../ipc/host'

/** The system file dialogs, always attached to the main window (modal, never behind it). */
export function electronDialogs(
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>,
  window: () => BrowserWindow | null,
  documentsFolder: string,
): HostDialogs {
  return {
    async chooseBackupFile() {
      const options = {
        title: 'Choose a Mend backup',
        properties: ['openFile' as const],
        filters: [{ name: 'Mend backups', extensions: ['mendbackup'] }],
      }
      const parent = window()
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options)
      return result.canceled ? null : (result.filePaths[0] ?? null)
    },
    async chooseExportTarget(format, suggestedName) {
      const options = {
        title:
          format === 'json'
            ? 'Export the journal as JSON (not encrypted)'
            : 'Export the journal as Markdown (not encrypted)',
        defaultPath: join(documentsFolder, suggestedName),
        buttonLabel: 'Export',
        filters: format === 'json' ? [{ name: 'JSON', extensions: ['json'] }] : [],
      }
      const parent = window()
      const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options)
      return result.canceled ? null : (result.filePath ?? null)
    },
    async choosePdfTarget(suggestedName) {
      const options = {
        title: 'Save as PDF',
        defaultPath: join(documentsFolder, suggestedName),
        buttonLabel: 'Save',
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      }
      const parent = window()
      const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options)
      return result.canceled ? null : (result.filePath ?? null)
    },
    async chooseImportSource(format) {
      const options = {
        title: IMPORT_TITLES[format],
        defaultPath: documentsFolder,
        buttonLabel: 'Read',
        properties: [
          format === 'markdown' || format === 'jrnl-folder' ? ('openDirectory' as const) : ('openFile' as const),
        ],
        filters: IMPORT_FILTERS[format],
      }
      const parent = window()
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options)
      return result.canceled ? null : (result.filePaths[0] ?? null)
    },
  }
}

const IMPORT_TITLES: Record<JournalImportFormat, string> = {
  jrnl: 'Choose a jrnl journal file',
  'jrnl-folder': 'Choose a jrnl folder journal',
  'jrnl-json': 'Choose a jrnl JSON export',
  'dayone-json': 'Choose a Day One export (its zip, or Journal.json)',
  markdown: 'Choose a folder of Markdown files',
}

const IMPORT_FILTERS: Record<JournalImportFormat, Array<{ name: string; extensions: string[] }>> = {
  jrnl: [
    { name: 'Text', extensions: ['txt', 'jrnl'] },
    { name: 'All files', extensions: ['*'] },
  ],
  'jrnl-json': [{ name: 'JSON', extensions: ['json'] }],
  'dayone-json': [{ name: 'Day One export', extensions: ['zip', 'json'] }],
  'jrnl-folder': [],
  markdown: [],
}
