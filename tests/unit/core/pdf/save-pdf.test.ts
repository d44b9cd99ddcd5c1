import * as fs from 'node:fs'
import type * as FsModule from 'node:fs'
import { readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { MendError } from '../../../../electron/core'
import { savePdf } from '../../../../electron/core/pdf'
import { makeTempDir } from '../../../helpers/temp-vault'

/**
 * Failures the machine here cannot produce for real (tests run as root, and no small disk can be
 * mounted): node:fs is wrapped so one call fails the way a full disk or a locked folder does.
 */
const failure = vi.hoisted(() => ({ on: null as null | 'writeSync' | 'openSync' | 'renameSync', code: 'ENOSPC' }))

vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof FsModule>()
  const failing =
    <K extends 'writeSync' | 'openSync' | 'renameSync'>(name: K) =>
    (...args: unknown[]) => {
      if (failure.on === name) throw Object.assign(new Error(`${failure.code}: simulated`), { code: failure.code })
      return (real[name] as (...a: unknown[]) => unknown)(...args)
    }
  return {
    ...real,
    default: real,
    writeSync: failing('writeSync'),
    openSync: failing('openSync'),
    renameSync: failing('renameSync'),
  }
})

const PDF = { bytes: Buffer.from('%PDF-1.7\n% a tiny stand-in for a rendered plan\n%%EOF\n'), pages: 1 }

function caught(run: () => void): MendError {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(MendError)
    return error as MendError
  }
  throw new Error('expected savePdf to fail')
}

describe('savePdf: written atomically, or not at all', () => {
  let temp: ReturnType<typeof makeTempDir>
  beforeEach(() => {
    temp = makeTempDir()
    failure.on = null
  })
  afterEach(() => {
    failure.on = null
    temp.remove()
  })

  it('writes the bytes to the chosen path and nothing else', () => {
    const target = join(temp.path, 'plan.pdf')
    savePdf(target, PDF)
    expect(fs.readFileSync(target).equals(PDF.bytes)).toBe(true)
    expect(readdirSync(temp.path)).toEqual(['plan.pdf'])
  })

  it('leaves no file (and no temp file) when the disk fills up mid-write: DISK_FULL in plain words', () => {
    failure.on = 'writeSync'
    failure.code = 'ENOSPC'
    const error = caught(() => savePdf(join(temp.path, 'plan.pdf'), PDF))
    expect(error.code).toBe('DISK_FULL')
    expect(error.message).toBe(
      'The disk is full, so Mend could not save the PDF. Nothing was changed. Free some space and try again.',
    )
    expect(readdirSync(temp.path)).toEqual([])
  })

  it('leaves no file when the folder may not be written to: IO naming the folder', () => {
    failure.on = 'openSync'
    failure.code = 'EACCES'
    const error = caught(() => savePdf(join(temp.path, 'plan.pdf'), PDF))
    expect(error.code).toBe('IO')
    expect(error.message).toBe(`Mend is not allowed to save the PDF in ${temp.path}. Check the folder's permissions.`)
    expect(readdirSync(temp.path)).toEqual([])
  })

  it('keeps an older file of the same name whole when the final rename fails', () => {
    const target = join(temp.path, 'plan.pdf')
    writeFileSync(target, 'the earlier PDF')
    failure.on = 'renameSync'
    failure.code = 'EROFS'
    expect(caught(() => savePdf(target, PDF)).code).toBe('IO')
    expect(fs.readFileSync(target, 'utf8')).toBe('the earlier PDF')
    expect(readdirSync(temp.path)).toEqual(['plan.pdf'])
  })

  it('fails with IO, writing nothing, when the folder does not exist', () => {
    const error = caught(() => savePdf(join(temp.path, 'gone', 'plan.pdf'), PDF))
    expect(error.code).toBe('IO')
    expect(readdirSync(temp.path)).toEqual([])
  })
})
