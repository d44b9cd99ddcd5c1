import { mkdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readImportSource } from '../../../../../electron/core/journal/import'
import { makeTempDir } from '../../../../helpers/temp-vault'
import { expectMendError } from '../../../../helpers/vault-files'
import { IMPORT_FIXTURES } from './fixtures'

describe('readImportSource', () => {
  let temp: ReturnType<typeof makeTempDir>
  beforeEach(() => {
    temp = makeTempDir('mend-import-source-')
  })
  afterEach(() => temp.remove())

  it('reads each format from its file or folder', async () => {
    const jrnl = await readImportSource('jrnl', join(IMPORT_FIXTURES, 'jrnl', 'journal.txt'))
    const jrnlJson = await readImportSource('jrnl-json', join(IMPORT_FIXTURES, 'jrnl-json', 'journal.json'))
    const dayOne = await readImportSource('dayone-json', join(IMPORT_FIXTURES, 'dayone', 'Journal.json'))
    expect([jrnl.format, jrnl.entries.length]).toEqual(['jrnl', 7])
    expect([jrnlJson.format, jrnlJson.entries.length]).toEqual(['jrnl-json', 7])
    expect([dayOne.format, dayOne.entries.length]).toEqual(['dayone-json', 5])

    const folder = join(temp.path, 'notes')
    mkdirSync(folder)
    writeFileSync(join(folder, '2024-01-01.md'), '# New year\n\nQuiet.\n')
    const markdown = await readImportSource('markdown', folder)
    expect(markdown.entries.map((entry) => [entry.title, entry.entryDate])).toEqual([['New year', '2024-01-01T09:00']])
  })

  it('reads a file that starts with a byte-order mark like one without', async () => {
    const path = join(temp.path, 'bom.txt')
    const text = readFileSync(join(IMPORT_FIXTURES, 'jrnl', 'journal.txt'))
    writeFileSync(path, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), text]))
    const withMark = await readImportSource('jrnl', path)
    const without = await readImportSource('jrnl', join(IMPORT_FIXTURES, 'jrnl', 'journal.txt'))
    expect(withMark.entries).toEqual(without.entries)
  })

  it('names the path of a file that is not there', async () => {
    const path = join(temp.path, 'missing.json')
    const error = await expectMendError(readImportSource('jrnl-json', path), 'IO')
    expect(error.message).toContain(path)
  })

  it('refuses a file over 200 MB without reading it', async () => {
    const path = join(temp.path, 'huge.txt')
    writeFileSync(path, '')
    truncateSync(path, 200 * 1024 * 1024 + 1) // sparse: no 200 MB written to the disk
    const error = await expectMendError(readImportSource('jrnl', path), 'UNREADABLE_FILE')
    expect(error.message).toMatch(/200 MB/)
  })

  it.each([
    ['a zip archive', Buffer.from('PK\u0003\u0004rest-of-a-zip'), /zip archive/],
    ['bytes that are not UTF-8', Buffer.from([0x7b, 0x22, 0xe9, 0xff, 0x22, 0x7d]), /not UTF-8/],
    ['an empty file', Buffer.alloc(0), /empty/],
  ])('refuses %s as UNREADABLE_FILE', async (_name, bytes, message) => {
    const path = join(temp.path, 'Journal.json')
    writeFileSync(path, bytes)
    const error = await expectMendError(readImportSource('dayone-json', path), 'UNREADABLE_FILE')
    expect(error.message).toMatch(message)
  })

  it('refuses a folder where a file is expected', async () => {
    const error = await expectMendError(readImportSource('jrnl', temp.path), 'UNREADABLE_FILE')
    expect(error.message).toMatch(/folder/)
  })
})
