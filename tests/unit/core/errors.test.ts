import { describe, expect, it } from 'vitest'
import { MendErrorPayload } from '../../../electron/contract'
import { MendError } from '../../../electron/core'
import { fileSystemError } from '../../../electron/core/errors'

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: something at /secret/path`), { code })
}

describe('MendError', () => {
  it('is an Error with a code and a plain message', () => {
    const error = new MendError('LOCKED', 'The journal is locked.')
    expect(error).toBeInstanceOf(Error)
    expect(error.name).toBe('MendError')
    expect(error.code).toBe('LOCKED')
  })

  it('turns into a payload the contract accepts, with field and retryAfterMs only when set', () => {
    expect(new MendError('LOCKED', 'Locked.').toPayload()).toEqual({ code: 'LOCKED', message: 'Locked.' })
    const payload = new MendError('INVALID_INPUT', 'Bad.', {
      field: 'passphrase',
      retryAfterMs: 5,
      cause: new Error('x'),
    }).toPayload()
    expect(payload).toEqual({ code: 'INVALID_INPUT', message: 'Bad.', field: 'passphrase', retryAfterMs: 5 })
    expect(MendErrorPayload.safeParse(payload).success).toBe(true)
  })

  it('keeps the cause for logs without putting it in the payload', () => {
    const cause = new Error('sqlite said something about journal text')
    const error = new MendError('CORRUPT', 'Damaged.', { cause })
    expect(error.cause).toBe(cause)
    expect(JSON.stringify(error.toPayload())).not.toContain('journal text')
  })
})

describe('fileSystemError', () => {
  it.each(['ENOSPC', 'EDQUOT'])('reports %s as DISK_FULL, saying nothing was changed', (code) => {
    const error = fileSystemError(errno(code), 'save the entry', '/home/me/Mend')
    expect(error.code).toBe('DISK_FULL')
    expect(error.message).toMatch(/disk is full/i)
  })

  it.each(['EACCES', 'EPERM', 'EROFS'])('reports %s as IO about permissions, naming the folder', (code) => {
    const error = fileSystemError(errno(code), 'save the entry', '/home/me/Mend')
    expect(error.code).toBe('IO')
    expect(error.message).toContain('/home/me/Mend')
    expect(error.message).toMatch(/permission/i)
  })

  it('reports other failures as IO with the errno code but not the original message', () => {
    const error = fileSystemError(errno('EIO'), 'save the entry', '/home/me/Mend')
    expect(error.code).toBe('IO')
    expect(error.message).toContain('(EIO)')
    expect(error.message).not.toContain('/secret/path')
  })

  it('copes with a thrown value that is not an Error', () => {
    expect(fileSystemError(undefined, 'do it', '/x').code).toBe('IO')
    expect(fileSystemError('text', 'do it', '/x').code).toBe('IO')
  })
})
