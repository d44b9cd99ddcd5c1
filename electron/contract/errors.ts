import { z } from 'zod'

/**
 * The closed set of error codes that can cross the bridge. Callers branch on the code;
 * the message is a plain sentence for a person and never contains journal text.
 */
export const ERROR_CODES = [
  'LOCKED',
  'NO_VAULT',
  'VAULT_EXISTS',
  'WRONG_PASSPHRASE',
  'WRONG_RECOVERY_KEY',
  'PASSPHRASE_REQUIRED',
  'TOO_MANY_ATTEMPTS',
  'NOT_FOUND',
  'INVALID_INPUT',
  'UNKNOWN_PROCEDURE',
  'FORBIDDEN',
  'IN_USE',
  'CORRUPT',
  'UNSUPPORTED_VERSION',
  'IO',
  'DISK_FULL',
  /** A file the person chose is not in the format they said (an import, a backup). */
  'UNREADABLE_FILE',
  /** The person stopped an import or an export part way; nothing of it was kept. */
  'CANCELLED',
  'INTERNAL',
] as const

export const ErrorCode = z.enum(ERROR_CODES)
export type ErrorCode = z.infer<typeof ErrorCode>

export const MendErrorPayload = z.strictObject({
  code: ErrorCode,
  message: z.string(),
  /** For INVALID_INPUT: the dotted path of the first offending field, e.g. "passphrase". */
  field: z.string().optional(),
  /** For WRONG_PASSPHRASE and TOO_MANY_ATTEMPTS: how long the next attempt must wait. */
  retryAfterMs: z.number().int().nonnegative().optional(),
})
export type MendErrorPayload = z.infer<typeof MendErrorPayload>

/** Nothing throws across the bridge: every reply is one of these two shapes. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: MendErrorPayload }
