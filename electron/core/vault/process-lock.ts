import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { MendError, fileSystemError } from '../errors'

/**
 * One process at a time may have a journal open: the app and the `mend` command on the same
 * folder would otherwise swap files under each other (a restore under an open app, two header
 * rewrites). A small file holds the owner's process id while the vault is open; a file left by a
 * process that no longer runs (a crash, kill -9) is taken over.
 */
export class ProcessLock {
  constructor(private readonly path: string) {}

  acquire(): void {
    const owner = this.owner()
    if (owner !== null && owner !== process.pid && isRunning(owner)) {
      throw new MendError(
        'IN_USE',
        'This journal is open in another Mend window or in the mend command. Close it there, then try again.',
      )
    }
    try {
      writeFileSync(this.path, JSON.stringify({ pid: process.pid }), { mode: 0o600 })
    } catch (error) {
      // A read-only folder (permissions, a read-only disk): say so, instead of an untyped EACCES.
      throw fileSystemError(error, 'open the journal', dirname(this.path))
    }
  }

  release(): void {
    if (this.owner() === process.pid) rmSync(this.path, { force: true })
  }

  private owner(): number | null {
    try {
      const pid = (JSON.parse(readFileSync(this.path, 'utf8')) as { pid?: unknown }).pid
      return typeof pid === 'number' && Number.isSafeInteger(pid) ? pid : null
    } catch {
      return null
    }
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
