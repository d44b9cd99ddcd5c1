import { describe, expect, it } from 'vitest'
import type { ExportedEntry } from '../../../../electron/core/export/export-format'
import { entryFileName, entryMarkdown, slugOf, yamlValue } from '../../../../electron/core/export/markdown-text'
import { parseMarkdownFile } from '../../../../electron/core/journal/import/markdown-folder'

const ENTRY: ExportedEntry = {
  kind: 'journal',
  title: 'A walk',
  body: 'We walked.',
  entryDate: '2026-11-24T09:05',
  mood: null,
  starred: false,
  tags: [],
  people: [],
  createdAt: '2026-11-24T09:05:00.000Z',
  updatedAt: '2026-11-24T09:05:00.000Z',
  trashedAt: null,
  versions: [],
}

/** What Mend's own Markdown importer reads from an entry's file. */
function readBack(entry: ExportedEntry) {
  const outcome = parseMarkdownFile('entries/x.md', entryMarkdown(entry, []), new Date(0))
  if ('reason' in outcome) throw new Error(outcome.reason)
  return outcome.entry
}

describe('slugOf', () => {
  it.each([
    ['Dinner with Anna', 'dinner-with-anna'],
    ['Café au lait — Grüße!', 'cafe-au-lait-grusse'],
    ['  Ærø, Łódź & Œuvre  ', 'aero-lodz-oeuvre'],
    ['#1: the "big" day', '1-the-big-day'],
    ['日本語', 'entry'],
    ['🌧️🌧️', 'entry'],
    ['', 'untitled'],
    ['   ', 'untitled'],
  ])('%j → %j', (title, slug) => {
    expect(slugOf(title)).toBe(slug)
  })

  it('keeps at most 60 characters, never ending in a hyphen', () => {
    const slug = slugOf(`${'word '.repeat(11)}end`)
    expect(slug.length).toBeLessThanOrEqual(60)
    expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  })
})

describe('entryFileName', () => {
  it('names a file by date, time and title, numbering names already used regardless of case', () => {
    const used = new Set<string>()
    expect(entryFileName(ENTRY, used)).toBe('2026-11-24-0905-a-walk.md')
    expect(entryFileName({ ...ENTRY, title: 'A WALK' }, used)).toBe('2026-11-24-0905-a-walk-2.md')
    expect(entryFileName({ ...ENTRY, title: 'a walk?' }, used)).toBe('2026-11-24-0905-a-walk-3.md')
    expect(entryFileName({ ...ENTRY, title: '' }, used)).toBe('2026-11-24-0905-untitled.md')
    expect(entryFileName({ ...ENTRY, title: 'A walk', entryDate: '2026-11-24T21:05' }, used)).toBe(
      '2026-11-24-2105-a-walk.md',
    )
  })
})

describe('yamlValue', () => {
  it.each([
    ['Plain words', 'Plain words'],
    ['She said "no" — it\'s fine', 'She said "no" — it\'s fine'],
    ['true', '"true"'],
    ['2026-11-24', '"2026-11-24"'],
    ['12', '"12"'],
    ['- a dash', '"- a dash"'],
    ['a: b', '"a: b"'],
    ['x #y', '"x #y"'],
    [' padded ', '" padded "'],
    ['say "hi": now', '\'say "hi": now\''],
    ['back\\slash: yes', "'back\\slash: yes'"],
    ['', '""'],
  ])('%j is written as %s', (text, written) => {
    expect(yamlValue(text)).toBe(written)
  })
})

describe("an entry's Markdown file, read back by Mend's Markdown importer", () => {
  it.each([
    'A walk',
    'true',
    '2026-11-24',
    '- a dash',
    'a: b',
    'ends with a colon:',
    'x #y',
    '#tag first',
    "it's mine",
    'say "hi"',
    'say "hi": now',
    `both "double" and 'single'`,
    '[brackets]',
    '{braces}',
    '@at | pipe > more',
    'back\\slash',
    'Why #',
    'Title ##',
    '---',
    'Ünïcödé 日本語 🌧️',
  ])('keeps the title %j, the date, tags, star and body', (title) => {
    const entry = {
      ...ENTRY,
      title,
      body: '# A heading of the body\n\nText.\n',
      starred: true,
      tags: ['a b', 'Ü', 'true', '#x y', "it's"],
    }
    const read = readBack(entry)
    expect(read).toMatchObject({
      title,
      entryDate: entry.entryDate,
      starred: true,
      body: '# A heading of the body\n\nText.',
    })
    expect(read.tags).toEqual(['a b', 'Ü', 'true', 'x y', "it's"])
  })

  it('writes the front matter the export documents, then a heading and the body', () => {
    const text = entryMarkdown(
      { ...ENTRY, kind: 'letter', mood: 5, tags: ['x'], trashedAt: '2026-11-25T00:00:00.000Z' },
      ['Anna', 'Émile'],
    )
    expect(text).toBe(
      [
        '---',
        'title: A walk',
        'date: 2026-11-24 09:05',
        'kind: letter',
        'mood: 5',
        'starred: false',
        'trashed: true',
        'tags:',
        '  - x',
        'people:',
        '  - Anna',
        '  - Émile',
        '---',
        '',
        '# A walk',
        '',
        'We walked.',
        '',
      ].join('\n'),
    )
  })

  it('writes no heading for a title the heading reader would change, and the title still reads back', () => {
    const text = entryMarkdown({ ...ENTRY, title: 'Why #' }, [])
    expect(text).not.toContain('# Why')
    expect(readBack({ ...ENTRY, title: 'Why #' })).toMatchObject({ title: 'Why #', body: 'We walked.' })
  })
})
