import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { MendError } from '../../../../electron/core'
import { fsyncFolder, writeFileAtomic } from '../../../../electron/core/fs/atomic-write'
import { makeTempDir } from '../../../helpers/temp-vault'
import { expectMendErrorSync } from '../../../helpers/vault-files'

function thrownBy(run: () => void): unknown {
  try {
    run()
  } catch (error) {
    return error
  }
  return undefined
}

describe('writeFileAtomic', () => {
  let temp: ReturnType<typeof makeTempDir>
  beforeEach(() => {
    temp = makeTempDir()
  })
  afterEach(() => temp.remove())

  it('creates a new file with the given text, readable by its owner only', () => {
    const path = join(temp.path, 'new.json')
    writeFileAtomic(path, '{"a":1}')
    expect(readFileSync(path, 'utf8')).toBe('{"a":1}')
    if (process.platform !== 'win32') expect(statSync(path).mode & 0o777).toBe(0o600)
  })

  it('replaces existing content completely (no leftover tail from a longer old file)', () => {
    const path = join(temp.path, 'file.txt')
    writeFileSync(path, 'a much longer old content that must disappear')
    writeFileAtomic(path, 'short')
    expect(readFileSync(path, 'utf8')).toBe('short')
  })

  it('writes binary data byte for byte, including large buffers', () => {
    const path = join(temp.path, 'blob.bin')
    const data = Buffer.alloc(3 * 1024 * 1024 + 7)
    for (let i = 0; i < data.length; i += 1) data[i] = (i * 31) & 0xff
    writeFileAtomic(path, data)
    expect(readFileSync(path).equals(data)).toBe(true)
  })

  it('leaves no temp files behind after many writes', () => {
    const path = join(temp.path, 'state.json')
    for (let i = 0; i < 20; i += 1) writeFileAtomic(path, String(i))
    expect(readdirSync(temp.path)).toEqual(['state.json'])
    expect(readFileSync(path, 'utf8')).toBe('19')
  })

  it('throws a typed IO error naming the folder when the folder is missing', () => {
    const folder = join(temp.path, 'missing')
    const error = expectMendErrorSync(() => writeFileAtomic(join(folder, 'x.json'), 'x', 'save the test file'), 'IO')
    expect(error.message).toContain('save the test file')
    expect(error.message).toContain(folder)
  })

  it('throws a typed IO error when a file stands where the folder should be (ENOTDIR)', () => {
    writeFileSync(join(temp.path, 'a-file'), 'kept')
    expectMendErrorSync(() => writeFileAtomic(join(temp.path, 'a-file', 'x.json'), 'x'), 'IO')
    expect(readFileSync(join(temp.path, 'a-file'), 'utf8')).toBe('kept')
  })

  it('keeps the old file intact and removes its temp file when the write fails', () => {
    // A name so long that the temp file beside it cannot be created (ENAMETOOLONG), even as root.
    const path = join(temp.path, `${'n'.repeat(240)}.json`)
    writeFileSync(path, 'old content')
    const caught = thrownBy(() => writeFileAtomic(path, 'new content'))
    expect(readFileSync(path, 'utf8')).toBe('old content')
    expect(readdirSync(temp.path)).toHaveLength(1)
    expect(caught).toBeInstanceOf(MendError)
    expect((caught as MendError).code).toBe('IO')
  })

  it('keeps the old file intact when the target turns out to be a folder', () => {
    const path = join(temp.path, 'target')
    mkdirSync(path)
    writeFileSync(join(path, 'inside.txt'), 'kept')
    expectMendErrorSync(() => writeFileAtomic(path, 'new content'), 'IO')
    expect(readFileSync(join(path, 'inside.txt'), 'utf8')).toBe('kept')
    expect(readdirSync(temp.path)).toEqual(['target'])
  })

  it('fsyncFolder accepts an existing folder', () => {
    expect(() => fsyncFolder(temp.path)).not.toThrow()
  })
})
