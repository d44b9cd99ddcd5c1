import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  photoKeysIn,
  type ImportPreview,
  type ImportResult,
  type PhotoImage,
  type PhotoInfo,
} from '../../electron/contract'
import { silentLogger } from '../../electron/core'
import { clearTiffGps } from '../../electron/core/photos/location-metadata'
import { heicExifExtents } from '../../electron/core/photos/heic-boxes'
import { createAppApi, noDialogs, type AppApi } from '../../electron/ipc'
import { photo } from '../helpers/photo-fixtures'
import { FAST_SCRYPT, GOOD_PASSPHRASE, makeTempDir } from '../helpers/temp-vault'

/**
 * A Day One export with photos (its folder and its zip) imported through the app's own procedures
 * into real encrypted journals: every photo in its place, the Markdown export gives the same bytes
 * back, and no photo's bytes can be found in any file of the journal or its backup.
 */

const DAY_ONE = resolve(__dirname, '../fixtures/import/dayone-photos')
const ORIGINALS: Record<string, string> = {
  'cfe2fb645e888f1c56bcb8f731eef194.jpeg': 'harbour.jpg',
  '651ee7f0dd3d66a38432cd736595af2c.png': 'garden.png',
  '38f12a1ba4e16a77677de48d2688699a.heic': 'iphone.heic',
  'aab959bcdb4ecfa6667079200236d588.webp': 'lantern.webp',
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((file) => file.isFile())
    .map((file) => join(file.parentPath, file.name))
}

/** 48-byte windows from inside each photo's compressed data: found nowhere by chance. */
function photoWindows(): Buffer[] {
  return Object.values(ORIGINALS).flatMap((name) => {
    const bytes = Buffer.from(photo(name))
    return [0.3, 0.6, 0.85].map((at) =>
      bytes.subarray(Math.floor(bytes.length * at), Math.floor(bytes.length * at) + 48),
    )
  })
}

async function journalFrom(source: string, temp: string, name: string) {
  let target = ''
  const api: AppApi = createAppApi({
    directory: join(temp, name),
    scrypt: FAST_SCRYPT,
    logger: silentLogger,
    dialogs: { ...noDialogs, chooseImportSource: async () => source, chooseExportTarget: async () => target },
  })
  const call = async <T>(procedure: string, input: unknown): Promise<T> => {
    const result = await api.router.dispatch(procedure, input)
    if (!result.ok) throw new Error(`${procedure}: ${result.error.code} ${result.error.message}`)
    return result.value as T
  }
  await call('vault.create', { passphrase: GOOD_PASSPHRASE })
  const preview = await call<ImportPreview>('import.chooseSource', { format: 'dayone-json' })
  const result = await call<ImportResult>('import.run', { token: preview.token })
  return { api, call, preview, result, exportTo: (path: string) => (target = path) }
}

describe.each([
  ['the export folder (Journal.json with photos/ beside it)', join(DAY_ONE, 'export', 'Journal.json')],
  ['the export zip', join(DAY_ONE, 'export.zip')],
])('a Day One export with photos, from %s', (_label, source) => {
  const temp = makeTempDir('mend-photos-import-')
  let journal: Awaited<ReturnType<typeof journalFrom>>
  const entryNamed = async (title: string) => {
    const hits = await journal.call<{ hits: Array<{ entry: { id: number } }> }>('journal.search', {
      query: `"${title}"`,
    })
    return journal.call<{ id: number; body: string; title: string }>('journal.getEntry', { id: hits.hits[0]!.entry.id })
  }

  beforeAll(async () => {
    journal = await journalFrom(source, temp.path, 'vault')
  })
  afterAll(async () => {
    await journal.api.lock('manual')
    temp.remove()
  })

  it('previews four photos and names the one not in the export, without counting it as skipped', () => {
    expect(journal.preview).toMatchObject({ entries: 4, photos: 4, skipped: [] })
    expect(journal.preview.notes).toEqual([
      {
        where: 'entry 4',
        reason: 'the photo ffffffffffffffffffffffffffffffff.jpeg was not found in the export, so it was not imported',
      },
    ])
    expect(journal.result).toMatchObject({ added: 4, photos: 4 })
  })

  it('places every photo where the text had it, with the original bytes (HEIC shown through a JPEG copy)', async () => {
    const harbour = await entryNamed('Morning at the harbour')
    expect(harbour.body).toMatch(/^The boats came in early\.\n\n!\[\]\(photo:[0-9a-f]{32}\)\n\nWe sat on the wall/)
    const garden = await entryNamed('Garden, then a call')
    const [gardenPhoto, heicPhoto] = await journal.call<PhotoInfo[]>('photos.list', { entryId: garden.id })
    expect(photoKeysIn(garden.body)).toEqual([gardenPhoto!.key, heicPhoto!.key])
    expect(garden.body.indexOf(gardenPhoto!.key)).toBeLessThan(garden.body.indexOf('The beans are up.'))
    expect(heicPhoto).toMatchObject({ mediaType: 'image/heic', width: 256, height: 192, viewable: true })

    const png = await journal.call<PhotoImage>('photos.getImage', { key: gardenPhoto!.key })
    expect(Buffer.from(png.bytes).equals(Buffer.from(photo('garden.png')))).toBe(true)
    const heic = await journal.call<PhotoImage>('photos.getImage', { key: heicPhoto!.key })
    expect(heic.mediaType).toBe('image/jpeg')
    expect([...heic.bytes.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff])

    // A photo Day One lists but the text does not place goes at the end of the text.
    const lantern = await entryNamed('Lantern walk')
    expect(lantern.body).toMatch(/does not place\.\n\n!\[\]\(photo:[0-9a-f]{32}\)$/)
    const lost = await entryNamed('Lost photo')
    expect(lost.body).not.toContain('dayone-moment')
  })

  it('adds nothing when the same export is imported again', async () => {
    const preview = await journal.call<ImportPreview>('import.chooseSource', { format: 'dayone-json' })
    expect(preview).toMatchObject({ entries: 4, alreadyImported: 4 })
    const again = await journal.call<ImportResult>('import.run', { token: preview.token })
    expect(again).toMatchObject({ added: 0, photos: 0 })
  })

  it('gives the same image bytes back in the Markdown export (the HEIC without its location)', async () => {
    const target = join(temp.path, 'markdown-export')
    journal.exportTo(target)
    await journal.call('export.plaintext', { format: 'markdown', confirmUnencrypted: true })
    const written = readdirSync(join(target, 'photos'))
    expect(written).toHaveLength(4)
    const bytesOf = new Map(written.map((name) => [name, readFileSync(join(target, 'photos', name))]))
    for (const original of ['harbour.jpg', 'garden.png', 'lantern.webp']) {
      const same = [...bytesOf.values()].some((bytes) => bytes.equals(Buffer.from(photo(original))))
      expect(same, original).toBe(true)
    }
    const heic = [...bytesOf.entries()].find(([name]) => name.endsWith('.heic'))![1]
    const heicOriginal = photo('iphone.heic')
    expect(heic.length).toBe(heicOriginal.length)
    const [extent] = heicExifExtents(heic)
    const tiff = extent!.start + 4 + heic.readUInt32BE(extent!.start)
    expect(clearTiffGps(Uint8Array.from(heic), tiff, extent!.end)).toBe(false) // no location left
    const entry = readdirSync(join(target, 'entries')).find((name) => name.includes('harbour'))!
    expect(readFileSync(join(target, 'entries', entry), 'utf8')).toMatch(/!\[\]\(\.\.\/photos\/[0-9a-f]{32}\.jpg\)/)
  })

  it('leaves no photo byte sequence in any file of the journal or its backup', async () => {
    const backup = await journal.call<{ name: string; sizeBytes: number }>('backup.create', {})
    await journal.api.lock('manual')
    const files = filesUnder(join(temp.path, 'vault')).filter((path) => existsSync(path))
    expect(files.some((path) => path.endsWith('.db'))).toBe(true)
    const backupFile = files.find((path) => path.endsWith(backup.name))
    expect(backupFile, 'the backup is among the files searched').toBeDefined()
    expect(statSync(backupFile!).size).toBeGreaterThan(10_000)
    for (const path of files) {
      const bytes = readFileSync(path)
      for (const window of photoWindows()) expect(bytes.includes(window), path).toBe(false)
    }
    expect(await journal.call('vault.unlock', { passphrase: GOOD_PASSPHRASE })).toBeTruthy()
  })
})
