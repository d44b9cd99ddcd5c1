import { describe, expect, it } from 'vitest'
import { ERROR_CODES } from '../../../electron/contract'
import { MendError } from '../../../electron/core'
import { CancelledError, EXIT, UsageError, describeError, exitCodeFor } from '../../../electron/cli/exit-codes'

describe('cli exit codes', () => {
  it('maps every error code to the documented exit code', () => {
    const expected: Record<string, number> = {
      WRONG_PASSPHRASE: 3,
      WRONG_RECOVERY_KEY: 3,
      TOO_MANY_ATTEMPTS: 3,
      CORRUPT: 4,
      UNSUPPORTED_VERSION: 4,
      // An import source that is not in the format named: damaged or unreadable, nothing changed.
      UNREADABLE_FILE: 4,
    }
    for (const code of ERROR_CODES) {
      expect(exitCodeFor(new MendError(code, 'x')), code).toBe(expected[code] ?? EXIT.other)
    }
    expect(exitCodeFor(new UsageError('x'))).toBe(EXIT.usage)
    expect(exitCodeFor(new CancelledError())).toBe(EXIT.other)
    expect(exitCodeFor(new TypeError('boom'))).toBe(EXIT.other)
  })

  it("prints a MendError's own sentence, but only the name and code of anything else", () => {
    expect(describeError(new MendError('WRONG_PASSPHRASE', 'That passphrase is not right.'))).toBe(
      'That passphrase is not right.',
    )
    const leaky = Object.assign(new Error('near "Dear diary": syntax error'), { code: 'SQLITE_ERROR' })
    expect(describeError(leaky)).toBe('Mend stopped because of an unexpected error (Error SQLITE_ERROR).')
    expect(describeError('a string')).toBe('Mend stopped because of an unexpected error (string).')
  })
})
