import type { JournalImportFormat, PlaintextFormat } from '../contract'

/**
 * What the API needs from its host that only the host can do: the system's file dialogs.
 * Electron's main implements it with `dialog`; tests and the browser preview script it.
 */
export interface HostDialogs {
  /** A backup file the person picked, or null if they cancelled. */
  chooseBackupFile(): Promise<string | null>
  /** Where to write a plaintext export (a .json file or a new folder), or null if cancelled. */
  chooseExportTarget(format: PlaintextFormat, suggestedName: string): Promise<string | null>
  /** The file (or, for Markdown, the folder) to import from, or null if cancelled. */
  chooseImportSource(format: JournalImportFormat): Promise<string | null>
  /** Where to save a PDF (a plan or journal entries), or null if cancelled. */
  choosePdfTarget(suggestedName: string): Promise<string | null>
}

/** For hosts without dialogs (the command line): every choice is cancelled. */
export const noDialogs: HostDialogs = {
  chooseBackupFile: async () => null,
  chooseExportTarget: async () => null,
  chooseImportSource: async () => null,
  choosePdfTarget: async () => null,
}
