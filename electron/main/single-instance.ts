import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { BrowserWindow } from 'electron'
import { bringToFront } from './window'

/** Mend backups (see electron/core/backup/backup-names.ts); the file association opens them. */
const BACKUP_EXTENSION = '.mendbackup'

/**
 * The backup file a launch was asked to open, from its command line: Windows and Linux pass
 * the double-clicked file as an argument (Linux desktop files may pass it as a file:// URL).
 * Relative paths are resolved against the directory the launch came from. The last such
 * argument wins; Chromium's own switches are skipped.
 */
export function backupFileFromArgs(argv: readonly string[], workingDirectory: string): string | null {
  for (const arg of [...argv].reverse()) {
    if (arg.startsWith('-')) continue
    let path = arg
    if (arg.startsWith('file://')) {
      try {
        path = fileURLToPath(arg)
      } catch {
        continue
      }
    }
    if (path.toLowerCase().endsWith(BACKUP_EXTENSION)) return resolve(workingDirectory, path)
  }
  return null
}

/**
 * Holds the backup file the person last opened with Mend until the window asks for it. It is
 * kept in main, never sent as a path: the renderer names files by one-time ids (see
 * electron/ipc/handlers/backup.handlers.ts), so it can only touch what the person chose.
 */
export function createOpenedBackupInbox() {
  let path: string | null = null
  return {
    offer(next: string): void {
      path = next
    },
    /** The waiting file, once: a second ask gets null until another file is opened. */
    take(): string | null {
      const taken = path
      path = null
      return taken
    },
  }
}
export type OpenedBackupInbox = ReturnType<typeof createOpenedBackupInbox>

type FrontWindow = Pick<BrowserWindow, 'isMinimized' | 'restore' | 'show' | 'focus'>

/**
 * What a second launch does (app's 'second-instance' event): the first instance keeps the
 * vault open, so the second only brings its window forward (or opens one, on macOS where the
 * app may run without a window) and hands over a backup file it was asked to open.
 */
export function secondInstanceHandler(options: {
  window: () => FrontWindow | null
  createWindow: () => void
  openBackup: (path: string) => void
}): (argv: readonly string[], workingDirectory: string) => void {
  return (argv, workingDirectory) => {
    const backup = backupFileFromArgs(argv, workingDirectory)
    if (backup) options.openBackup(backup)
    const window = options.window()
    if (window) bringToFront(window)
    else options.createWindow()
  }
}
