import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import {
  buildExport,
  exportedPhotoBytes,
  importExport,
  importExportPhotos,
  journalOf,
  parseExport,
  writeJsonExport,
} from '../../electron/core'
import { photo } from '../helpers/photo-fixtures'
import { GOOD_PASSPHRASE, makeTempDir, makeVault, manualClock } from '../helpers/temp-vault'

/** The JSON export lists each entry's photos and writes them beside it; a new journal made from it has them back. */
describe('photos through a JSON export', () => {
  const temp = makeTempDir('mend-photos-json-')
  afterAll(() => temp.remove())

  it('writes the photos beside the .json, lists them, and a journal made from it holds the same photos', async () => {
    const clock = manualClock()
    const source = makeVault(join(temp.path, 'source'), { clock })
    await source.create(GOOD_PASSPHRASE)
    const journal = journalOf(source.database(), clock)
    const entry = journal.entries.create({ title: 'Harbour', body: 'Before the photo.' })
    const kept = await journal.photos.add({ entryId: entry.id, bytes: photo('harbour-gps.jpg'), name: 'harbour.jpg' })
    const plain = await journal.photos.add({ entryId: entry.id, bytes: photo('garden.png'), name: 'garden.png' })
    journal.entries.update({ id: entry.id, body: `Before the photo.\n\n![](photo:${kept.key})` })

    const file = join(temp.path, 'mend-export-2026-11-24.json')
    writeJsonExport(file, buildExport(source.database(), clock.now()), (key) =>
      exportedPhotoBytes(source.database(), key),
    )
    const data = parseExport(JSON.parse(readFileSync(file, 'utf8')))
    const listed = data.entries[0]?.photos ?? []
    expect(listed.map((item) => [item.file, item.mediaType, item.width, item.height, item.name])).toEqual([
      [`mend-export-2026-11-24.photos/${kept.key}.jpg`, 'image/jpeg', 320, 240, 'harbour.jpg'],
      [`mend-export-2026-11-24.photos/${plain.key}.png`, 'image/png', 200, 150, 'garden.png'],
    ])
    const written = readFileSync(join(temp.path, listed[0]!.file))
    expect(written.includes(Buffer.from('GPSLatitude'))).toBe(false)
    expect(readFileSync(join(temp.path, listed[1]!.file)).equals(Buffer.from(photo('garden.png')))).toBe(true)

    const copy = makeVault(join(temp.path, 'copy'), { clock })
    await copy.create(GOOD_PASSPHRASE)
    importExport(copy.database(), data)
    expect(await importExportPhotos(copy.database(), clock, data, temp.path)).toEqual({ photos: 2, notes: [] })
    const again = journalOf(copy.database(), clock)
    const [copied] = again.timeline.list(0, 1)
    expect(again.entries.get(copied!.id).body).toBe(`Before the photo.\n\n![](photo:${kept.key})`)
    expect(Buffer.from(again.photos.read(plain.key)!.original).equals(Buffer.from(photo('garden.png')))).toBe(true)
    expect(again.photos.read(kept.key)!.info).toMatchObject({ name: 'harbour.jpg', width: 320 })
    await source.lock()
    await copy.lock()
  })
})
