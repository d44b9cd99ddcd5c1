import type { JournalImportFormat, PlaintextFormat } from '../contract'

/**
 * What the API needs from its host that only the host can do: the system's file dialogs.
 * Electron's main implements it with `dialog` (core, in its worker thread, asks main for each
 * one: see electron/core-host); tests and the browser preview script it.
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

/**
 * The backup file the system asked Mend to open (double-click on a .mendbackup, a second
 * launch with one, macOS open-file). Main keeps the path; the API takes it when the window asks
 * (from a worker thread: an answer that comes back as a message, hence the promise).
 */
export interface HostOpenedFiles {
  /** The waiting file's path, once: null until another file is opened. */
  takeBackupFile(): Promise<string | null> | string | null
}

/** For hosts that are never asked to open a file (the command line). */
export const noOpenedFiles: HostOpenedFiles = { takeBackupFile: () => null }
