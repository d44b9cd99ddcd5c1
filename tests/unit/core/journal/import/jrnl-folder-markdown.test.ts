import { describe, expect, it } from 'vitest'
import { readImportSource } from '../../../../../electron/core'
import { readJrnlJournalFile } from '../../../../../electron/core/journal/import/jrnl-markdown'
import { IMPORT_FIXTURES, fixtureText } from './fixtures'

describe("jrnl's folder journal and Markdown export", () => {
  it('reads a folder journal (YYYY/MM/DD.txt) with its times, tags and stars, leaving other files alone', async () => {
    const parsed = await readImportSource('jrnl-folder', `${IMPORT_FIXTURES}/jrnl-folder`)
    expect(parsed.entries.map((entry) => [entry.entryDate, entry.title, entry.tags, entry.starred])).toEqual([
      ['2021-05-03T08:15', 'Morning', ['home'], false],
      ['2021-05-03T21:40', 'Evening', [], true],
      ['2021-06-14T12:00', 'Lunch', ['work'], false],
    ])
    expect(parsed.skipped).toEqual([])
    // The same entries as the single-file journal would give: importing both adds nothing twice.
    const single = await readImportSource('jrnl', `${IMPORT_FIXTURES}/jrnl-folder/2021/05/03.txt`)
    expect(single.entries.map((entry) => entry.importKey)).toEqual(parsed.entries.slice(0, 2).map((e) => e.importKey))
    // A jrnl folder chosen as a jrnl journal file is read as the folder journal it is.
    const asJrnl = await readImportSource('jrnl', `${IMPORT_FIXTURES}/jrnl-folder`)
    expect(asJrnl.entries).toHaveLength(3)
  })

  it("reads jrnl's per-entry Markdown files: the time from the heading, no timestamp left in the title", async () => {
    const parsed = await readImportSource('markdown', `${IMPORT_FIXTURES}/jrnl-markdown/per-entry`)
    expect(parsed.entries).toHaveLength(1)
    expect(parsed.entries[0]).toMatchObject({
      title: 'Morning',
      entryDate: '2021-05-03T08:15',
      tags: ['home'],
      body: 'Coffee on the step. @home\n\n# What I noticed\n\nThe light.',
    })
  })

  it("reads jrnl's one-file Markdown export as its entries, headings lifted back", () => {
    const outcomes = readJrnlJournalFile(fixtureText('jrnl-markdown/journal.md')) ?? []
    const entries = outcomes.flatMap((outcome) => ('entry' in outcome ? [outcome.entry] : []))
    expect(entries.map((entry) => [entry.entryDate, entry.title])).toEqual([
      ['2021-05-03T08:15', 'Morning'],
      ['2021-05-03T21:40', 'Evening'],
      ['2021-06-14T12:00', 'Lunch'],
    ])
    expect(entries[0]?.body).toBe('Coffee on the step. @home\n\n## What I noticed\n\nThe light.')
  })
})
