import type { ErrorCode } from '../contract'
import { MendError } from '../core'

/** What `mend` returns to the shell. Scripts branch on these, so they never change meaning. */
export const EXIT = {
  ok: 0,
  /** Anything not listed below: a file that cannot be written, a vault that already exists, ... */
  other: 1,
  /** The command line itself is wrong: unknown command or option, missing value, no passphrase. */
  usage: 2,
  /** A passphrase or recovery key did not open the journal (or attempts are being slowed down). */
  wrongSecret: 3,
  /** A file is damaged, from a newer Mend, or not in the format named (an import): nothing was changed. */
  damaged: 4,
} as const
export type ExitCode = (typeof EXIT)[keyof typeof EXIT]

/** A mistake in how mend was called. Its message is one sentence that says how to fix it. */
export class UsageError extends Error {
  override readonly name = 'UsageError'
}

/** The person cancelled a prompt (Ctrl-C or Ctrl-D). */
export class CancelledError extends Error {
  override readonly name = 'CancelledError'
  constructor() {
    super('Cancelled; nothing was changed.')
  }
}

const WRONG_SECRET: readonly ErrorCode[] = ['WRONG_PASSPHRASE', 'WRONG_RECOVERY_KEY', 'TOO_MANY_ATTEMPTS']
const DAMAGED: readonly ErrorCode[] = ['CORRUPT', 'UNSUPPORTED_VERSION', 'UNREADABLE_FILE']

export function exitCodeFor(error: unknown): ExitCode {
  if (error instanceof UsageError) return EXIT.usage
  if (error instanceof MendError) {
    if (WRONG_SECRET.includes(error.code)) return EXIT.wrongSecret
    if (DAMAGED.includes(error.code)) return EXIT.damaged
  }
  return EXIT.other
}

/**
 * The one sentence printed for a failure. MendError messages are written for people and never
 * quote journal text; any other error is reduced to its name and code, because its message
 * (from SQLite or the file system) could in principle quote user data.
 */
export function describeError(error: unknown): string {
  if (error instanceof MendError || error instanceof UsageError || error instanceof CancelledError) {
    return error.message
  }
  const name = error instanceof Error ? error.name : typeof error
  const code = (error as { code?: unknown } | null)?.code
  return `Mend stopped because of an unexpected error (${name}${typeof code === 'string' ? ` ${code}` : ''}).`
}
