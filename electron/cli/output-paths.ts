import { statSync } from 'node:fs'
import { posix, win32 } from 'node:path'
import { vaultPaths } from '../core/vault/vault-paths'
import type { CommandContext } from './command'
import { UsageError } from './exit-codes'

/** A path option made absolute against the working directory. */
export function absolutePath(context: CommandContext, value: string): string {
  return (context.io.platform === 'win32' ? win32 : posix).resolve(context.io.cwd, value)
}

/** Output must never land on one of the journal's own files. */
export function refuseVaultFiles(context: CommandContext, target: string, option: string): void {
  const paths = vaultPaths(context.vaultDirectory)
  const own = [paths.database, `${paths.database}-wal`, `${paths.database}-shm`, paths.header, paths.throttle]
  if (own.includes(target))
    throw new UsageError(`--${option} names one of the journal's own files; choose another path.`)
}

export function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}
