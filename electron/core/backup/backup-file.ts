import { closeSync, fstatSync, fsyncSync, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { randomBytes } from 'node:crypto'
import { z } from 'zod'
import { MendError, fileSystemError } from '../errors'
import { fsyncFolder } from '../fs/atomic-write'
import { parseHeader, type VaultHeader } from '../vault/header-file'
import type { ScryptPolicy } from '../vault/key-derivation'

/**
 * A Mend backup is one file: a magic line, a JSON line with the vault's key header (so a backup
 * opens on its own, e.g. on a new computer), then the encrypted database bytes unchanged.
 * Nothing in it is readable without the passphrase or the recovery key.
 */
const MAGIC = Buffer.from('MEND-BACKUP 1\n', 'ascii')
const MAX_META_BYTES = 64 * 1024
const CHUNK = 1024 * 1024

const BackupMeta = z.strictObject({ header: z.unknown(), databaseBytes: z.number().int().positive() })

export interface BackupLayout {
  header: VaultHeader
  databaseOffset: number
  databaseBytes: number
}

function copyRange(from: number, to: number, start: number, length: number): void {
  const buffer = Buffer.alloc(Math.min(CHUNK, Math.max(length, 1)))
  let copied = 0
  while (copied < length) {
    const read = readSync(from, buffer, 0, Math.min(buffer.length, length - copied), start + copied)
    if (read === 0) throw new MendError('CORRUPT', 'The backup file is incomplete.')
    let written = 0
    while (written < read) written += writeSync(to, buffer, written, read - written)
    copied += read
  }
}

/** Writes a backup of `databasePath` to `target` atomically: temp file, fsync, rename, fsync folder. */
export function writeBackupFile(target: string, header: VaultHeader, databasePath: string): void {
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(4).toString('hex')}.tmp`)
  let source: number | undefined
  let out: number | undefined
  try {
    source = openSync(databasePath, 'r')
    const databaseBytes = fstatSync(source).size
    out = openSync(temp, 'wx', 0o600)
    writeSync(out, MAGIC)
    writeSync(out, Buffer.from(`${JSON.stringify({ header, databaseBytes })}\n`, 'utf8'))
    copyRange(source, out, 0, databaseBytes)
    fsyncSync(out)
    closeSync(out)
    out = undefined
    renameSync(temp, target)
    fsyncFolder(dirname(target))
  } catch (error) {
    if (out !== undefined) closeSync(out)
    rmSync(temp, { force: true })
    throw fileSystemError(error, 'write the backup', dirname(target))
  } finally {
    if (source !== undefined) closeSync(source)
  }
}

/**
 * Reads and checks the layout of a backup file: right magic, a key header that is what Mend
 * writes (within `policy`: see header-file.ts), complete length. Nothing is derived here.
 */
export function readBackupLayout(path: string, policy: ScryptPolicy): BackupLayout {
  let fd: number
  try {
    fd = openSync(path, 'r')
  } catch (error) {
    throw fileSystemError(error, 'read the backup', dirname(path))
  }
  try {
    const size = fstatSync(fd).size
    const head = Buffer.alloc(Math.min(size, MAGIC.length + MAX_META_BYTES))
    readSync(fd, head, 0, head.length, 0)
    if (!head.subarray(0, MAGIC.length).equals(MAGIC)) {
      throw new MendError('CORRUPT', 'This file is not a Mend backup.')
    }
    const end = head.indexOf(0x0a, MAGIC.length)
    if (end < 0) throw new MendError('CORRUPT', 'The backup file is damaged (its header is unreadable).')
    let meta: z.infer<typeof BackupMeta>
    try {
      meta = BackupMeta.parse(JSON.parse(head.subarray(MAGIC.length, end).toString('utf8')))
    } catch (error) {
      throw new MendError('CORRUPT', 'The backup file is damaged (its header is unreadable).', { cause: error })
    }
    const databaseOffset = end + 1
    if (size !== databaseOffset + meta.databaseBytes) {
      throw new MendError('CORRUPT', 'The backup file is incomplete: it was cut short or changed.')
    }
    let header: VaultHeader
    try {
      header = parseHeader(meta.header, path, policy)
    } catch (error) {
      if (!(error instanceof MendError) || error.code !== 'CORRUPT') throw error
      throw new MendError('CORRUPT', 'The backup file is damaged: its key header is not one Mend writes.', {
        cause: error,
      })
    }
    return { header, databaseOffset, databaseBytes: meta.databaseBytes }
  } finally {
    closeSync(fd)
  }
}

/** Copies the database inside a backup to `target` (fsynced), for checking or restoring. */
export function extractDatabase(path: string, layout: BackupLayout, target: string): void {
  let from: number | undefined
  let to: number | undefined
  try {
    from = openSync(path, 'r')
    to = openSync(target, 'wx', 0o600)
    copyRange(from, to, layout.databaseOffset, layout.databaseBytes)
    fsyncSync(to)
  } catch (error) {
    rmSync(target, { force: true })
    throw fileSystemError(error, 'read the backup', dirname(path))
  } finally {
    if (from !== undefined) closeSync(from)
    if (to !== undefined) closeSync(to)
  }
}
