/** Toasts about results that arrive in the background, wherever the person is in the app. */
export const notices = {
  backupSaved: 'Backup saved.',
  /** From the Backup now menu item. */
  backupFailed: (reason: string) => `The backup failed: ${reason}`,
  /** From the scheduled backup; the reason comes from the main process. */
  automaticBackupFailed: (reason: string) => `The automatic backup failed: ${reason}`,
  exportFinished: (path: string) => `Export finished: ${path}`,
  pdfSaved: (pages: number, path: string) => `Saved the PDF (${pages === 1 ? '1 page' : `${pages} pages`}) to ${path}`,
  findingsNotChanged: (reason: string) => `Mend could not change the dismissed findings: ${reason}`,
  somethingWentWrong: 'something went wrong.',
  /** The person stopped a PDF export part way. */
  pdfStopped: 'Stopped. No PDF was saved.',
  /** Shown when the window cannot talk to Mend's main process. */
  bridgeUnreachable: 'Mend could not reach its background process.',
} as const
