import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_PLAN_PDF_SECTIONS, type Entry } from '../../electron/contract'
import { silentLogger } from '../../electron/core'
import { createAppApi, noDialogs, type AppApi } from '../../electron/ipc'
import { pdfText, renderPages } from '../helpers/pdf-tools'
import { photo } from '../helpers/photo-fixtures'
import { FAST_SCRYPT, GOOD_PASSPHRASE, makeTempDir } from '../helpers/temp-vault'

/**
 * A journal PDF shows an entry's photos where its text places them, in every format Mend keeps
 * (a HEIC through its JPEG copy, a GIF and a WebP decoded to PNG), without their location.
 * The page is rendered to test-results/pdf/photos-page-*.png to be looked at.
 */
describe('photos in a journal PDF', () => {
  const temp = makeTempDir('mend-pdf-photos-')
  const target = join(temp.path, 'journal.pdf')
  const planTarget = join(temp.path, 'plan.pdf')
  let pdfTarget = target
  let api: AppApi
  let entry: Entry
  const call = async <T>(procedure: string, input: unknown): Promise<T> => {
    const result = await api.router.dispatch(procedure, input)
    if (!result.ok) throw new Error(`${procedure}: ${result.error.message}`)
    return result.value as T
  }

  beforeAll(async () => {
    api = createAppApi({
      directory: join(temp.path, 'vault'),
      scrypt: FAST_SCRYPT,
      logger: silentLogger,
      dialogs: { ...noDialogs, choosePdfTarget: async () => pdfTarget },
    })
    await call('vault.create', { passphrase: GOOD_PASSPHRASE })
    entry = await call<Entry>('journal.createEntry', {
      title: 'The harbour, and after',
      body: 'We walked down to the water.',
      entryDate: '2026-11-20T09:30',
    })
    const keys: string[] = []
    for (const name of ['harbour-gps.jpg', 'iphone.heic', 'dusk.gif', 'lantern.webp']) {
      keys.push((await call<{ key: string }>('photos.add', { entryId: entry.id, name, bytes: photo(name) })).key)
    }
    const body = `We walked down to the water.\n\n![](photo:${keys[0]})\n\nLater, the evening light.\n\n![](photo:${keys[1]})`
    await call('journal.updateEntry', { id: entry.id, body })
    await call('export.journalPdf', {
      filter: {},
      options: { pageSize: 'A4', fontSize: 'normal' },
      confirmUnprotected: true,
    })

    // The same entry linked to a repair plan, printed with the plan.
    const person = await call<{ id: number }>('people.create', { name: 'Sam' })
    const plan = await call<{ id: number }>('plans.create', {
      personId: person.id,
      title: 'Making it right with Sam',
      breach: {
        whatHappened: 'I broke a promise.',
        occurredOn: '2026-11-01',
        severity: 2,
        kind: 'ability',
        involvedDeception: false,
      },
    })
    await call('plans.linkEntry', { planId: plan.id, entryId: entry.id })
    pdfTarget = planTarget
    await call('export.planPdf', {
      planId: plan.id,
      options: { pageSize: 'A4', fontSize: 'normal', sections: { ...DEFAULT_PLAN_PDF_SECTIONS, entries: true } },
      confirmUnprotected: true,
    })
  })
  afterAll(async () => {
    await api.lock('manual')
    temp.remove()
  })

  it('prints the text around the photos and every photo, placed or not', () => {
    const text = pdfText(target)
    expect(text).toContain('We walked down to the water.')
    expect(text).toContain('Later, the evening light.')
    expect(text).not.toContain('photo:')
    const list = spawnSync('pdfimages', ['-list', target], { encoding: 'utf8' }).stdout
    const images = list
      .split('\n')
      .slice(2)
      .filter((line) => /\bimage\b/.test(line))
    expect(images.map((line) => line.trim().split(/\s+/).slice(3, 5).join('x'))).toEqual(
      expect.arrayContaining(['320x240', '256x192', '160x120', '240x180']),
    )
  })

  it('carries no location: the JPEG went in without its GPS directory and XMP', () => {
    const bytes = readFileSync(target)
    expect(bytes.includes(Buffer.from('GPSLatitude'))).toBe(false)
    // A JPEG's XMP block starts with this and a NUL (the PDF's own metadata names the namespace too).
    expect(bytes.includes(Buffer.from('http://ns.adobe.com/xap/1.0/\u0000', 'latin1'))).toBe(false)
    // Where the photo's Exif GPS directory pointer was, the count of its fields is now zero.
    expect(readFileSync(target).includes(Buffer.from(photo('harbour-gps.jpg').subarray(2, 200)))).toBe(false)
  })

  it("prints the photos of a plan's linked entry too", () => {
    const list = spawnSync('pdfimages', ['-list', planTarget], { encoding: 'utf8' }).stdout
    const sizes = list
      .split('\n')
      .slice(2)
      .filter((line) => /\bimage\b/.test(line))
      .map((line) => line.trim().split(/\s+/).slice(3, 5).join('x'))
    expect(sizes).toEqual(expect.arrayContaining(['320x240', '256x192', '160x120', '240x180']))
    expect(readFileSync(planTarget).includes(Buffer.from('GPSLatitude'))).toBe(false)
  })

  it('renders the page for a person to look at', () => {
    const [page] = renderPages(target, 'photos-page', 3, 3, 60)
    expect(readFileSync(page!).length).toBeGreaterThan(5_000)
  })
})
