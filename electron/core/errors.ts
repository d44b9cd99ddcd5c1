import type { ErrorCode, MendErrorPayload } from '../contract'

/** A failure a caller can act on. Its message is shown to the user: plain words, no journal text. */
export class MendError extends Error {
  override readonly name = 'MendError'

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extra: { field?: string; retryAfterMs?: number; cause?: unknown } = {},
  ) {
    super(message, extra.cause === undefined ? undefined : { cause: extra.cause })
  }

  toPayload(): MendErrorPayload {
    const payload: MendErrorPayload = { code: this.code, message: this.message }
    if (this.extra.field !== undefined) payload.field = this.extra.field
    if (this.extra.retryAfterMs !== undefined) payload.retryAfterMs = this.extra.retryAfterMs
    return payload
  }
}

/**
 * Turns a file-system or SQLite error into a typed one. The path is named (it is the user's own
 * folder, not journal content) so the person knows where to look.
 */
export function fileSystemError(error: unknown, action: string, path: string): MendError {
  if (error instanceof MendError) return error
  const code = String((error as { code?: unknown } | undefined)?.code ?? '')
  if (code === 'ENOSPC' || code === 'EDQUOT' || code === 'SQLITE_FULL') {
    return new MendError(
      'DISK_FULL',
      `The disk is full, so Mend could not ${action}. Nothing was changed. Free some space and try again.`,
      { cause: error },
    )
  }
  // A file grown past what the disk's format or a system limit allows (FAT32's 4 GB, a quota).
  if (code === 'EFBIG') {
    return new MendError(
      'DISK_FULL',
      `The file is too large for the disk or the system, so Mend could not ${action}. Nothing was changed. ` +
        'Free some space or choose another place, and try again.',
      { cause: error },
    )
  }
  if (['EACCES', 'EPERM', 'EROFS', 'SQLITE_PERM'].includes(code) || code.startsWith('SQLITE_READONLY')) {
    return new MendError('IO', `Mend is not allowed to ${action} in ${path}. Check the folder's permissions.`, {
      cause: error,
    })
  }
  // SQLite names no errno: a file it must create there (a backup copy) could not be made.
  if (code === 'SQLITE_CANTOPEN') {
    return new MendError(
      'IO',
      `Mend could not ${action}: it cannot create or open a file in ${path}. Check that the folder exists and that ` +
        'Mend is allowed to write there.',
      { cause: error },
    )
  }
  // SQLite reports a failed write or sync as SQLITE_IOERR_*, without the errno underneath.
  if (code.startsWith('SQLITE_IOERR')) {
    return new MendError(
      'IO',
      `Mend could not ${action}: the disk reported an error in ${path}. It may be full, disconnected or failing.`,
      { cause: error },
    )
  }
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
    return new MendError('CORRUPT', `The journal database in ${path} is damaged.`, { cause: error })
  }
  return new MendError('IO', `Mend could not ${action} in ${path}${code ? ` (${code})` : ''}.`, { cause: error })
}
