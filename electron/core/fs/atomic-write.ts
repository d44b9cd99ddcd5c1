import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs'
import { dirname, join, basename } from 'node:path'
import { randomBytes } from 'node:crypto'
import { fileSystemError } from '../errors'

/**
 * Replaces `path` with `data` so that after a crash at any moment the file holds either the old
 * or the new content, never a mix: write a temp file beside it, fsync it, rename over the old
 * one, then fsync the folder so the rename itself is durable.
 */
export function writeFileAtomic(path: string, data: string | Buffer, action = 'save a file'): void {
  const folder = dirname(path)
  const temp = join(folder, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`)
  let fd: number | undefined
  try {
    fd = openSync(temp, 'wx', 0o600)
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data
    let offset = 0
    while (offset < bytes.length) offset += writeSync(fd, bytes, offset)
    fsyncSync(fd)
    closeSync(fd)
    fd = undefined
    renameSync(temp, path)
    fsyncFolder(folder)
  } catch (error) {
    // Best-effort cleanup; its own failure must not hide the error the caller can act on.
    try {
      if (fd !== undefined) closeSync(fd)
      rmSync(temp, { force: true })
    } catch {
      /* the original error is the one to report */
    }
    throw fileSystemError(error, action, folder)
  }
}

/** Makes a rename or create in `folder` durable. Windows cannot open folders; NTFS journals it. */
export function fsyncFolder(folder: string): void {
  if (process.platform === 'win32') return
  const fd = openSync(folder, 'r')
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}
