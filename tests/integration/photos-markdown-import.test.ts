import { resolve } from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { photoKeysIn } from '../../electron/contract'
import { readImportSource, runImport, stoppedByCancel, stoppedByLock, type ParsedImport } from '../../electron/core'
import { openTempJournal, type TempJournal } from '../helpers/journal-vault'
import { photo } from '../helpers/photo-fixtures'

/** A folder of Markdown notes with images (relative links and Obsidian's ![[name]]) into a real journal. */
describe('a Markdown folder with images', () => {
  const folder = resolve(__dirname, '../fixtures/import/markdown-images')
  let t: TempJournal
  let parsed: ParsedImport
  beforeAll(async () => {
    t = await openTempJournal()
    parsed = await readImportSource('markdown', folder)
  })
  afterAll(() => t.close())

  it('finds both images and names the one not in the folder, without skipping anything', () => {
    expect(parsed.entries.flatMap((entry) => entry.photos ?? []).map((item) => item.name)).toEqual([
      'harbour.jpg',
      'garden.png',
    ])
    expect(parsed.skipped).toEqual([])
    expect(parsed.notes).toEqual([
      {
        where: 'notes/2024-05-02 Garden.md',
        reason: 'the image lost.png was not found in the folder, so its link was kept as text',
      },
    ])
  })

  it('stores them where the notes had them, with their bytes, caption kept; web images stay text', async () => {
    const outcome = await runImport(t.db(), t.journal, parsed)
    expect(outcome).toMatchObject({ added: 2, photos: 2, notes: parsed.notes })
    const [garden, walk] = t.journal.timeline.list(0, 10).map((summary) => t.journal.entries.get(summary.id))
    expect(walk!.body).toMatch(
      /^The water was still\.\n\n!\[The harbour at seven\]\(photo:[0-9a-f]{32}\)\n\nThen home\.$/,
    )
    expect(garden!.body).toContain('![[lost.png]]')
    expect(garden!.body).toContain('![a cat](https://example.com/cat.jpg)')
    const [key] = photoKeysIn(walk!.body)
    expect(Buffer.from(t.journal.photos.read(key!)!.original).equals(Buffer.from(photo('harbour.jpg')))).toBe(true)
    const [gardenKey] = photoKeysIn(garden!.body)
    expect(t.journal.photos.read(gardenKey!)!.info).toMatchObject({ name: 'garden.png', width: 200, height: 150 })
  })

  it('adds nothing when the folder is imported again', async () => {
    const again = await runImport(t.db(), t.journal, await readImportSource('markdown', folder))
    expect(again).toMatchObject({ added: 0, photos: 0 })
  })
})

describe('stopping an import among its photos', () => {
  const folder = resolve(__dirname, '../fixtures/import/markdown-images')
  let t: TempJournal
  beforeEach(async () => {
    t = await openTempJournal()
  })
  afterEach(() => t.close())

  /** A checkpoint that lets the entries through, then throws `stop` once the first photo is stored. */
  function stopAfterFirstPhoto(stop: () => Error): () => void {
    return () => {
      if ((t.db().prepare('SELECT count(*) FROM photos').pluck().get() as number) >= 1) throw stop()
    }
  }

  it('keeps the entries and the photos stored so far, names the rest, and the same import brings them', async () => {
    const parsed = await readImportSource('markdown', folder)
    const outcome = await runImport(t.db(), t.journal, parsed, { checkpoint: stopAfterFirstPhoto(stoppedByCancel) })
    expect(outcome).toMatchObject({ added: 2, photos: 1 })
    expect(outcome.notes.at(-1)).toEqual({
      where: 'photos',
      reason:
        '1 photo was not imported because you stopped the import. The entries are in your journal; import the same file again to bring the rest.',
    })
    const again = await runImport(t.db(), t.journal, await readImportSource('markdown', folder))
    expect(again).toMatchObject({ added: 0, alreadyImported: 2, photos: 1 })
    const keys = t.journal.timeline
      .list(0, 10)
      .flatMap((summary) => photoKeysIn(t.journal.entries.get(summary.id)!.body))
    expect(keys.every((key) => t.journal.photos.has(key))).toBe(true)
    expect(keys).toHaveLength(2)
  })

  it('still ends with LOCKED when the journal locks among the photos', async () => {
    const parsed = await readImportSource('markdown', folder)
    await expect(
      runImport(t.db(), t.journal, parsed, { checkpoint: stopAfterFirstPhoto(stoppedByLock) }),
    ).rejects.toMatchObject({ code: 'LOCKED' })
  })
})
