import { statSync } from 'node:fs'
import { posix, win32 } from 'node:path'
import { MendError, refuseJournalFolders } from '../core'
import type { CommandContext } from './command'
import { UsageError } from './exit-codes'

/** A path option made absolute against the working directory. */
export function absolutePath(context: CommandContext, value: string): string {
  return (context.io.platform === 'win32' ? win32 : posix).resolve(context.io.cwd, value)
}

/**
 * Output must never land in the journal's folder (its database, key file, backups inside it), however the
 * path gets there: the same check as the app's (links, "..", letter case where the disk ignores it).
 */
export function refuseVaultFiles(context: CommandContext, target: string, option: string): void {
  try {
    refuseJournalFolders(target, [context.vaultDirectory])
  } catch (error) {
    if (error instanceof MendError && error.code === 'INVALID_INPUT')
      throw new UsageError(`--${option} is inside the journal's own folder; choose a place outside it.`)
    throw error
  }
}

export function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}
