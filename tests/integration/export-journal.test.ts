import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  VERSION_INTERVAL_MS,
  buildExport,
  createSettingsQueries,
  exportContent,
  importExport,
  journalOf,
  writeJsonExport,
  writeMarkdownExport,
  type Vault,
} from '../../electron/core'
import { summarizeDatabase } from '../../electron/core/backup/content-summary'
import { MendExport } from '../../electron/core/export/export-format'
import { readMarkdownFolder } from '../../electron/core/journal/import/markdown-folder'
import { GOOD_PASSPHRASE, makeTempDir, makeVault, manualClock } from '../helpers/temp-vault'
import { expectMendErrorSync } from '../helpers/vault-files'

const OTHER_PASSPHRASE = 'another strong passphrase 93 owl'
const LONG_BODY = Array.from(
  { length: 4000 },
  (_, line) => `Line ${line}: the long walk home, again and again — 🌙 ${'x'.repeat(line % 50)}`,
).join('\n')

describe('exporting and importing the journal', () => {
  let temp: ReturnType<typeof makeTempDir>
  let clock: ReturnType<typeof manualClock>
  let vault: Vault
  beforeEach(async () => {
    temp = makeTempDir()
    clock = manualClock()
    vault = makeVault(join(temp.path, 'vault'), { clock })
    await vault.create(GOOD_PASSPHRASE, 'Robin')
    createSettingsQueries(vault.database()).update({ autoLockMinutes: 9 })
    writeJournal()
    clock.advance(3_600_000)
  })
  afterEach(() => {
    vault.lockNow()
    temp.remove()
  })

  /** A journal with people, tags, moods, stars, kinds, earlier versions, the trash and a template. */
  function writeJournal(): void {
    const journal = journalOf(vault.database(), clock)
    const anna = journal.people.create({ name: 'Anna', relationship: 'sister', notes: 'Call on Sundays.\n☎️' })
    const emile = journal.people.create({ name: 'Émile', relationship: 'friend' })
    journal.people.create({ name: 'Sam' })
    clock.advance(1000)
    const dinner = journal.entries.create({
      title: 'Dinner with Anna',
      body: '# Not the title\n\nWe talked for hours.\n\n- soup\n- bread',
      entryDate: '2026-11-20T19:30',
      mood: 4,
      starred: true,
      tags: ['family', 'Food'],
      personIds: [anna.id],
    })
    journal.entries.create({
      title: 'Dinner with Anna, again',
      body: 'The second dinner, the same evening.',
      entryDate: '2026-11-20T19:30',
      tags: ['family'],
      personIds: [emile.id, anna.id],
    })
    journal.entries.create({
      kind: 'reflection',
      title: 'Café au lait — Grüße 日本語 🌧️',
      body: 'Ünïcödé body with emoji 👩‍👩‍👧 and a combining é.',
      entryDate: '2026-11-21T07:05',
      mood: 2,
      tags: ['düsseldorf', '雨'],
      personIds: [emile.id],
    })
    journal.entries.create({ title: 'A very long day', body: LONG_BODY, entryDate: '2026-11-22T23:59' })
    journal.entries.create({
      kind: 'letter',
      title: 'She said "no" — it\'s fine',
      body: 'Dear Sam,\n\nI never sent this.',
      entryDate: '2026-11-23T10:00',
      tags: ['letters'],
    })
    journal.entries.create({ title: '#1: the "big" day', body: 'Quoted title.', entryDate: '2026-11-23T11:00' })
    journal.entries.create({
      title: 'Why #',
      body: 'A title the heading reader would cut.',
      entryDate: '2026-11-23T12:00',
    })
    const trashed = journal.entries.create({
      title: 'Gone',
      body: 'Moved to the trash.',
      entryDate: '2026-11-19T08:00',
      tags: ['old'],
    })
    journal.trash.move(trashed.id)
    clock.advance(VERSION_INTERVAL_MS + 1)
    journal.entries.update({ id: dinner.id, body: 'We talked for hours. Edited.' })
    clock.advance(VERSION_INTERVAL_MS + 1)
    journal.entries.update({ id: dinner.id, title: 'Dinner with Anna, again' })
    journal.templates.create({ name: 'Evening', description: 'Three lines', kind: 'reflection', body: '1.\n2.\n3.' })
  }

  const exportNow = () => buildExport(vault.database(), clock.now())

  it('holds people, entries with tags, people, versions and the trash, and user templates', () => {
    const data = exportNow()
    expect(data.version).toBe(2)
    expect(MendExport.safeParse(JSON.parse(JSON.stringify(data))).success).toBe(true)
    expect(data.people.map((person) => [person.ref, person.name, person.relationship])).toEqual([
      ['person-1', 'Anna', 'sister'],
      ['person-2', 'Émile', 'friend'],
      ['person-3', 'Sam', ''],
    ])
    expect(data.entries.map((entry) => entry.entryDate)).toEqual([
      '2026-11-19T08:00',
      '2026-11-20T19:30',
      '2026-11-20T19:30',
      '2026-11-21T07:05',
      '2026-11-22T23:59',
      '2026-11-23T10:00',
      '2026-11-23T11:00',
      '2026-11-23T12:00',
    ])
    const [gone, dinner, second, cafe] = data.entries
    expect(gone).toMatchObject({ title: 'Gone', trashedAt: expect.any(String), tags: ['old'], versions: [] })
    expect(dinner).toMatchObject({
      kind: 'journal',
      title: 'Dinner with Anna, again',
      body: 'We talked for hours. Edited.',
      mood: 4,
      starred: true,
      tags: ['Food', 'family'],
      people: ['person-1'],
      trashedAt: null,
    })
    expect(dinner?.versions.map((version) => [version.title, version.body])).toEqual([
      ['Dinner with Anna', '# Not the title\n\nWe talked for hours.\n\n- soup\n- bread'],
      ['Dinner with Anna', 'We talked for hours. Edited.'],
    ])
    expect(second?.people).toEqual(['person-1', 'person-2'])
    expect(cafe).toMatchObject({ kind: 'reflection', mood: 2, tags: ['düsseldorf', '雨'], people: ['person-2'] })
    expect(data.templates).toEqual([
      {
        name: 'Evening',
        description: 'Three lines',
        kind: 'reflection',
        title: '',
        body: '1.\n2.\n3.',
        createdAt: expect.any(String),
      },
    ])
  })

  it('is deterministic: the same journal gives the same JSON text', () => {
    const first = join(temp.path, 'first.json')
    const second = join(temp.path, 'second.json')
    writeJsonExport(first, exportNow())
    writeJsonExport(second, exportNow())
    expect(readFileSync(second, 'utf8')).toBe(readFileSync(first, 'utf8'))
  })

  it('round-trips through a JSON file into a new journal: everything but exportedAt is the same', async () => {
    const original = exportNow()
    const path = join(temp.path, 'export.json')
    writeJsonExport(path, original)
    const fresh = makeVault(join(temp.path, 'fresh'), { clock })
    await fresh.create(OTHER_PASSPHRASE)
    try {
      importExport(fresh.database(), JSON.parse(readFileSync(path, 'utf8')))
      clock.advance(60_000)
      const again = buildExport(fresh.database(), clock.now())
      expect(again.exportedAt).not.toBe(original.exportedAt)
      expect({ ...again, exportedAt: original.exportedAt }).toEqual(original)
      expect(exportContent(again)).toBe(exportContent(original))

      // The imported journal works as one: search finds imported text, the trash holds the trashed entry.
      const journal = journalOf(fresh.database(), clock)
      expect(journal.search({ query: 'Grüße' }).hits.map((hit) => hit.entry.title)).toEqual([
        'Café au lait — Grüße 日本語 🌧️',
      ])
      expect(journal.trash.list().map((entry) => entry.title)).toEqual(['Gone'])
      expect(Object.fromEntries(journal.people.list().map((person) => [person.name, person.entryCount]))).toEqual({
        Anna: 2,
        Émile: 2,
        Sam: 0,
      })
      expect(summarizeDatabase(fresh.database()).counts).toEqual([
        { label: 'Journal entries', count: 7 },
        { label: 'People', count: 3 },
        { label: 'Repair plans', count: 0 },
        { label: 'Check-ins', count: 0 },
        { label: 'Trust assessments', count: 0 },
        { label: 'Assessment evidence', count: 0 },
      ])
    } finally {
      fresh.lockNow()
    }
  })

  it('refuses to import into a journal that already has entries, and changes nothing', () => {
    const data = JSON.parse(JSON.stringify(exportNow())) as MendExport
    data.settings.autoLockMinutes = 30
    const before = exportContent(exportNow())
    expectMendErrorSync(() => importExport(vault.database(), data), 'FORBIDDEN')
    expect(exportContent(exportNow())).toBe(before)
  })

  it.each<[string, (data: MendExport) => void]>([
    ['an entry naming a person who is not in the export', (data) => data.entries[1]?.people.push('person-9')],
    ['two people with one name', (data) => data.people.push({ ...data.people[0]!, ref: 'person-4', name: 'ANNA' })],
    ['two people with one ref', (data) => data.people.push({ ...data.people[0]!, name: 'Bea' })],
    ['a mood out of range', (data) => void (data.entries[0]!.mood = 7)],
    ['a date that does not exist', (data) => void (data.entries[0]!.entryDate = '2026-02-30T10:00')],
  ])('refuses an export with %s (INVALID_INPUT), writing nothing', async (_label, edit) => {
    const data = JSON.parse(JSON.stringify(exportNow())) as MendExport
    edit(data)
    const fresh = makeVault(join(temp.path, 'fresh'), { clock })
    await fresh.create(OTHER_PASSPHRASE, 'Fresh')
    try {
      const before = exportContent(buildExport(fresh.database(), clock.now()))
      expectMendErrorSync(() => importExport(fresh.database(), data), 'INVALID_INPUT')
      expect(exportContent(buildExport(fresh.database(), clock.now()))).toBe(before)
    } finally {
      fresh.lockNow()
    }
  })

  it('still reads a version 1 export (from before the journal) as one without entries', async () => {
    const v1 = {
      format: 'mend-export',
      version: 1,
      exportedAt: '2026-01-02T03:04:05.000Z',
      vault: { createdAt: '2025-12-01T00:00:00.000Z', displayName: 'Old' },
      settings: { autoLockMinutes: 11, lockWhenHidden: true, backupsToKeep: 5 },
    }
    const fresh = makeVault(join(temp.path, 'fresh'), { clock })
    await fresh.create(OTHER_PASSPHRASE)
    try {
      importExport(fresh.database(), v1)
      const again = buildExport(fresh.database(), clock.now())
      expect(again).toMatchObject({
        version: 2,
        vault: v1.vault,
        settings: v1.settings,
        people: [],
        entries: [],
        templates: [],
      })
    } finally {
      fresh.lockNow()
    }
  })

  describe('as a folder of Markdown files', () => {
    const exportFolder = () => {
      const folder = join(temp.path, 'markdown')
      writeMarkdownExport(folder, exportNow())
      return folder
    }

    it('writes index.md, people.md and one uniquely named file per entry, trashed ones flagged', () => {
      const folder = exportFolder()
      expect(readdirSync(folder)).toEqual(['entries', 'index.md', 'people.md'])
      expect(readdirSync(join(folder, 'entries'))).toEqual([
        '2026-11-19-0800-gone.md',
        '2026-11-20-1930-dinner-with-anna-again-2.md',
        '2026-11-20-1930-dinner-with-anna-again.md',
        '2026-11-21-0705-cafe-au-lait-grusse.md',
        '2026-11-22-2359-a-very-long-day.md',
        '2026-11-23-1000-she-said-no-it-s-fine.md',
        '2026-11-23-1100-1-the-big-day.md',
        '2026-11-23-1200-why.md',
      ])
      const gone = readFileSync(join(folder, 'entries', '2026-11-19-0800-gone.md'), 'utf8')
      expect(gone).toBe(
        [
          '---',
          'title: Gone',
          'date: 2026-11-19 08:00',
          'kind: journal',
          'mood: null',
          'starred: false',
          'trashed: true',
          'tags:',
          '  - old',
          'people: []',
          '---',
          '',
          '# Gone',
          '',
          'Moved to the trash.',
          '',
        ].join('\n'),
      )
      const dinner = readFileSync(join(folder, 'entries', '2026-11-20-1930-dinner-with-anna-again-2.md'), 'utf8')
      expect(dinner).toContain('people:\n  - Anna\n  - Émile\n')
      const index = readFileSync(join(folder, 'index.md'), 'utf8')
      expect(index).toContain('- Entries: 8 (1 of them in the trash)')
      expect(index).toContain('- 2026-11-19 08:00: [Gone](entries/2026-11-19-0800-gone.md) (in the trash)')
      const people = readFileSync(join(folder, 'people.md'), 'utf8')
      expect(people).toContain('## Anna\n\n- Relationship: sister\n')
      expect(people).toContain('Call on Sundays.\n☎️')
      expect(people).toContain('## Émile')
    })

    it("reads back with Mend's own Markdown importer: the same titles, dates, tags, stars and bodies", async () => {
      const folder = exportFolder()
      const parsed = await readMarkdownFolder(join(folder, 'entries'))
      // Entries that were in the trash are exported (the export is complete) but not imported again.
      const trashed = exportNow().entries.filter((entry) => entry.trashedAt !== null)
      expect(trashed.length).toBeGreaterThan(0)
      expect(parsed.skipped.map((item) => item.reason)).toEqual(
        trashed.map(() => 'it was in the trash when it was exported'),
      )
      const read = parsed.entries.map(({ title, entryDate, tags, starred, body }) => ({
        title,
        entryDate,
        tags,
        starred,
        body,
      }))
      const expected = exportNow()
        .entries.filter((entry) => entry.trashedAt === null)
        .map(({ title, entryDate, tags, starred, body }) => ({
          title,
          entryDate,
          tags,
          starred,
          // The importer drops blank lines before and spaces after the text.
          body: body.replace(/^(?:[ \t]*\n)+/, '').trimEnd(),
        }))
      const sorted = (list: unknown[]) => list.map((item) => JSON.stringify(item)).sort()
      expect(sorted(read)).toEqual(sorted(expected))
    })
  })
})
