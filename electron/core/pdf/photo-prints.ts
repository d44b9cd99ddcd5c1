import type { Entry } from '../../contract/journal.contract'
import { photoLinkPattern, type PhotoMediaType } from '../../contract/photo-values'
import type { Db } from '../vault/encrypted-database'
import { withoutLocation } from '../photos/location-metadata'
import { decodePixels, encodePng, shrink } from '../photos/photo-pixels'
import { writeMarkdown } from './markdown-blocks'
import type { PdfWriter } from './pdf-writer'

/*
 * Photos in a PDF, where the entry's text places them, the rest after the text. pdfkit embeds
 * JPEG and PNG: a JPEG goes in as it is (its location removed first: pdfkit copies a JPEG's
 * bytes, Exif and all), a HEIC as the JPEG copy Mend shows, a GIF's first frame and a WebP as a
 * PNG. A PDF carries at most PRINT_BUDGET of photos; beyond it, a line says which were left out.
 */

export interface PhotoPrint {
  bytes: Uint8Array
  width: number
  height: number
}

export interface PhotoPrints {
  /** null: kept in the journal but not printable here (could not be decoded, or over the budget). */
  byKey: ReadonlyMap<string, PhotoPrint | null>
  /** Each entry's photos in order, for those its text does not place. */
  byEntry: ReadonlyMap<number, readonly string[]>
}

export const NO_PHOTOS: PhotoPrints = { byKey: new Map(), byEntry: new Map() }

const PRINT_BUDGET = 200 * 1024 * 1024
/** Decoded for print at most this wide: a full page at 300 dpi. */
const PRINT_SIDE = 2400

interface PhotoRow {
  photo_key: string
  entry_id: number
  media_type: PhotoMediaType
  width: number
  height: number
  original: Uint8Array
  display: Uint8Array | null
}

async function printable(row: PhotoRow): Promise<PhotoPrint | null> {
  const size = { width: row.width, height: row.height }
  if (row.media_type === 'image/jpeg' || row.media_type === 'image/png') {
    const bytes = withoutLocation(row.original, row.media_type)
    return bytes.length > 0 ? { bytes, ...size } : null
  }
  if (row.media_type === 'image/heic') return row.display ? { bytes: row.display, ...size } : null
  const pixels = await decodePixels(row.original, row.media_type)
  return pixels ? { bytes: encodePng(shrink(pixels, PRINT_SIDE)), ...size } : null
}

/** Reads and prepares the photos of `entries` before layout (the vault may lock while it runs). */
export async function loadPhotoPrints(db: Db, entries: readonly Entry[]): Promise<PhotoPrints> {
  const byKey = new Map<string, PhotoPrint | null>()
  const byEntry = new Map<number, string[]>()
  const query = db.prepare<[number], PhotoRow>(
    'SELECT photo_key, entry_id, media_type, width, height, original, display FROM photos WHERE entry_id = ? ORDER BY id',
  )
  let budget = PRINT_BUDGET
  for (const entry of entries) {
    for (const row of query.all(entry.id)) {
      byEntry.set(entry.id, [...(byEntry.get(entry.id) ?? []), row.photo_key])
      const print = budget > row.original.byteLength ? await printable(row) : null
      if (print) budget -= print.bytes.byteLength
      byKey.set(row.photo_key, print)
    }
  }
  return { byKey, byEntry }
}

/** Tallest a photo may be on the page, so text still follows it on most pages. */
const MAX_HEIGHT_SHARE = 0.45

function writePhoto(writer: PdfWriter, print: PhotoPrint | null | undefined): void {
  const { body, colors, small } = writer.theme
  if (!print) {
    writer.text([{ text: 'A photo is kept in the journal but could not be printed here.', italic: true }], {
      size: small,
      color: colors.muted,
    })
    return
  }
  const maxHeight = (writer.bottom - writer.top) * MAX_HEIGHT_SHARE
  const scale = Math.min(1, writer.width / print.width, maxHeight / print.height)
  const width = print.width * scale
  const height = print.height * scale
  writer.ensure(height + body * 0.6)
  writer.doc.image(Buffer.from(print.bytes), writer.left, writer.y, { width, height })
  writer.y += height + body * 0.6
}

/** The entry's Markdown with its photos where it places them; unplaced photos follow the text. */
export function writeBodyWithPhotos(writer: PdfWriter, entry: Entry, prints: PhotoPrints): void {
  const placed = new Set<string>()
  let at = 0
  for (const match of entry.body.matchAll(photoLinkPattern())) {
    const key = match[2] ?? ''
    if (!prints.byKey.has(key)) continue // a link to a photo no longer there prints as its text
    const before = entry.body.slice(at, match.index)
    if (before.trim()) writeMarkdown(writer, before)
    writePhoto(writer, prints.byKey.get(key))
    placed.add(key)
    at = match.index + match[0].length
  }
  const rest = entry.body.slice(at)
  if (rest.trim()) writeMarkdown(writer, rest)
  for (const key of prints.byEntry.get(entry.id) ?? []) {
    if (!placed.has(key)) writePhoto(writer, prints.byKey.get(key))
  }
}
