import { cpSync, mkdirSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { parseMarkdownFile, readMarkdownFolder } from '../../../../../electron/core/journal/import'
import { makeTempDir } from '../../../../helpers/temp-vault'
import { expectMendError } from '../../../../helpers/vault-files'
import { IMPORT_FIXTURES } from './fixtures'

const MTIME = new Date('2024-06-01T10:20:00Z')

/** What this machine's clock showed at an instant: files without a written date get their mtime. */
function localWallTime(at: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}`
}

describe('readMarkdownFolder', () => {
  let temp: ReturnType<typeof makeTempDir>
  let folder: string
  beforeEach(() => {
    temp = makeTempDir('mend-import-')
    folder = join(temp.path, 'notes')
    cpSync(join(IMPORT_FIXTURES, 'markdown'), folder, { recursive: true })
    for (const name of ['plain.md', '🌙 night.md']) utimesSync(join(folder, name), MTIME, MTIME)
    // Bytes that are not UTF-8 (Latin-1 "café") and a file over the 5 MB limit.
    writeFileSync(join(folder, 'latin1.md'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]))
    writeFileSync(join(folder, 'big.md'), 'x'.repeat(5 * 1024 * 1024 + 1))
  })
  afterEach(() => temp.remove())

  it('reads one entry per Markdown file, in nested folders, sorted by path', async () => {
    const parsed = await readMarkdownFolder(folder)
    expect(parsed.format).toBe('markdown')
    expect(parsed.entries.map((entry) => [entry.title, entry.entryDate, entry.tags, entry.starred])).toEqual([
      ['Dinner with Anna', '2024-01-05T09:00', [], false],
      ['Σημειώσεις', '2024-02-10T18:30', ['evening', 'Άνοιξη'], false],
      ['Reflection — on trust', '2024-03-01T22:15', ['trust', 'Доверие'], true],
      ['plain', localWallTime(MTIME), [], false],
      ['tags-comma', '2024-04-04T09:00', ['work', 'home'], true],
      ['🌙 night', localWallTime(MTIME), [], false],
    ])
  })

  it('keeps the body as written, without front matter or the heading used as the title', async () => {
    const parsed = await readMarkdownFolder(folder)
    expect(parsed.entries.map((entry) => entry.body)).toEqual([
      'We cooked pasta. Anna brought figs from her garden.\n\nIt was the first easy evening in months.',
      'Καλησπέρα. A short note in two languages.',
      'Trust grows back slowly, like a bone.\n\n## What I will do\n\n- Keep the small promises.',
      'Just some thoughts without a date or a title.',
      'Busy day.',
      "Couldn't sleep 🌙.",
    ])
  })

  it('ignores hidden files and folders and other file types, and lists the files it could not use', async () => {
    const parsed = await readMarkdownFolder(folder)
    expect(JSON.stringify(parsed)).not.toMatch(/hidden note|Editor settings|Not Markdown/)
    expect(parsed.skipped).toEqual([
      {
        where: 'bad-date.md',
        reason: 'the date in its front matter is not one Mend reads (use YYYY-MM-DD or YYYY-MM-DD HH:MM)',
      },
      { where: 'big.md', reason: 'the file is larger than 5 MB' },
      { where: 'empty.md', reason: 'the file has no text' },
      { where: 'latin1.md', reason: 'the file is not UTF-8 text' },
    ])
  })

  it('gives the same keys to an unchanged folder, and a new key only to a changed file', async () => {
    const first = await readMarkdownFolder(folder)
    const again = await readMarkdownFolder(folder)
    expect(again.entries.map((entry) => entry.importKey)).toEqual(first.entries.map((entry) => entry.importKey))
    expect(first.entries.every((entry) => /^markdown:[0-9a-f]{64}$/.test(entry.importKey))).toBe(true)

    writeFileSync(join(folder, 'plain.md'), 'Just some thoughts, edited.\n')
    utimesSync(join(folder, 'plain.md'), MTIME, MTIME)
    const changed = (await readMarkdownFolder(folder)).entries.map((entry) => entry.importKey)
    const before = first.entries.map((entry) => entry.importKey)
    expect(changed.filter((key, index) => key !== before[index])).toHaveLength(1)
    expect(changed[3]).not.toBe(before[3])
  })

  it.skipIf(process.platform === 'win32')('follows links inside the folder once, and none leading out', async () => {
    const outside = join(temp.path, 'elsewhere.md')
    writeFileSync(outside, 'Private, outside the chosen folder.\n')
    symlinkSync(outside, join(folder, 'outside-link.md'))
    symlinkSync(join(temp.path), join(folder, 'up'))
    symlinkSync(join(folder, 'notes', '2024-02-10.md'), join(folder, 'a-twin.md'))
    symlinkSync(join(folder, 'notes'), join(folder, 'notes-again'))
    symlinkSync(folder, join(folder, 'notes', 'loop'))
    symlinkSync(join(folder, 'missing.md'), join(folder, 'dangling.md'))
    mkdirSync(join(temp.path, 'shared'))
    writeFileSync(join(temp.path, 'shared', 'linked.md'), '# Linked in\n\nFrom a folder linked inside.\n')
    cpSync(join(temp.path, 'shared'), join(folder, 'real-shared'), { recursive: true })
    symlinkSync(join(folder, 'real-shared'), join(folder, 'shared-link'))

    const parsed = await readMarkdownFolder(folder)
    expect(parsed.entries).toHaveLength(7)
    expect(JSON.stringify(parsed.entries)).not.toContain('Private')
    expect(parsed.skipped.filter((item) => item.reason.startsWith('the link'))).toEqual([
      { where: 'dangling.md', reason: 'the link points to nothing' },
      { where: 'outside-link.md', reason: 'the link points outside the folder' },
      { where: 'up', reason: 'the link points outside the folder' },
    ])
  })

  it('refuses a folder without usable Markdown files, and a path that is not a folder', async () => {
    const empty = join(temp.path, 'empty')
    mkdirSync(join(empty, '.hidden'), { recursive: true })
    writeFileSync(join(empty, '.hidden', 'note.md'), 'hidden\n')
    writeFileSync(join(empty, 'readme.txt'), 'text\n')
    expect((await expectMendError(readMarkdownFolder(empty), 'UNREADABLE_FILE')).message).toMatch(/no Markdown files/)

    writeFileSync(join(empty, 'blank.md'), '\n\n')
    expect((await expectMendError(readMarkdownFolder(empty), 'UNREADABLE_FILE')).message).toMatch(/None of the 1/)

    await expectMendError(readMarkdownFolder(join(folder, 'plain.md')), 'UNREADABLE_FILE')
    const missing = await expectMendError(readMarkdownFolder(resolve(temp.path, 'nowhere')), 'IO')
    expect(missing.message).toContain('nowhere')
  })
})

describe('parseMarkdownFile', () => {
  const read = (text: string, path = 'note.md') => {
    const outcome = parseMarkdownFile(path, text, MTIME)
    if ('reason' in outcome) throw new Error(outcome.reason)
    return outcome.entry
  }

  it('reads front matter with Windows line endings and a byte-order mark', () => {
    const entry = read('\uFEFF---\r\ntitle: Morning\r\ndate: 2024-05-06 07:30\r\n---\r\nBody.\r\n')
    expect(entry).toMatchObject({ title: 'Morning', entryDate: '2024-05-06T07:30', body: 'Body.' })
  })

  it('turns a UTC time into local time and keeps a time with an offset as written', () => {
    expect(read('---\ndate: 2024-05-06T10:00:00Z\n---\nx').entryDate).toBe(localWallTime(new Date('2024-05-06T10:00Z')))
    expect(read("---\ndate: '2024-05-06T23:59:00-07:00'\n---\nx").entryDate).toBe('2024-05-06T23:59')
  })

  it('reads inline, quoted and block tag lists, and yes/no stars', () => {
    expect(read('---\ntags: [a, "b, c", \'Ω\']\nfavorite: yes\n---\nx')).toMatchObject({
      tags: ['a', 'b c', 'Ω'],
      starred: true,
    })
    expect(read('---\ntag:\n- one\n- "#two"\nstarred: false # not yet\n---\nx')).toMatchObject({
      tags: ['one', 'two'],
      starred: false,
    })
  })

  it('keeps a heading that differs from the front-matter title, and reads unclosed front matter as text', () => {
    expect(read('---\ntitle: "A" # quoted\n---\n# B\n\ntext')).toMatchObject({ title: 'A', body: '# B\n\ntext' })
    expect(read('---\ntitle: A\nno end', '2024-02-03_trip.md')).toMatchObject({
      title: 'trip',
      entryDate: '2024-02-03T09:00',
      body: '---\ntitle: A\nno end',
    })
  })

  it('keeps prose between two horizontal rules at the top as text, not front matter', () => {
    const text = '---\nA paragraph framed by rules.\n---\nMore.'
    expect(read(text, 'framed.md')).toMatchObject({ title: 'framed', body: text })
  })

  it('uses the file time when the name starts with a date that does not exist', () => {
    expect(read('x', 'notes/2023-02-29 leap.md')).toMatchObject({ title: 'leap', entryDate: localWallTime(MTIME) })
  })
})

describe('front matter written by Mend’s own Markdown export', () => {
  it('keeps an empty title empty and leaves a heading in the body', () => {
    const outcome = parseMarkdownFile(
      'entries/2024-01-05-0800-untitled.md',
      '---\ntitle: ""\ndate: 2024-01-05T08:00\n---\n\n# A heading inside the text\n\nBody.\n',
      new Date(2024, 0, 1),
    )
    expect(outcome).toMatchObject({ entry: { title: '', body: '# A heading inside the text\n\nBody.' } })
  })

  it('skips an entry that was in the trash, saying so', () => {
    const outcome = parseMarkdownFile(
      'entries/2024-01-05-0800-gone.md',
      '---\ntitle: Gone\ndate: 2024-01-05T08:00\ntrashed: true\n---\n\nText.\n',
      new Date(2024, 0, 1),
    )
    expect(outcome).toEqual({ reason: 'it was in the trash when it was exported' })
  })
})
