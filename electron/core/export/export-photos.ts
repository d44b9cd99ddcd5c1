import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { PhotoMediaType, photoLink, photoLinkPattern } from '../../contract/photo-values'
import type { Db } from '../vault/encrypted-database'
import { withoutLocation } from '../photos/location-metadata'

/*
 * Photos in a plaintext export: written as files beside the text (location removed, see
 * photos/location-metadata.ts), with the entries' links pointing at them. The JSON lists each
 * entry's photos with the file it was written to; the Markdown links to the file itself.
 */

/** Where an export's photos go, relative to its root (the JSON writer names its own folder). */
export const PHOTOS_FOLDER = 'photos'

export const ExportedPhoto = z.strictObject({
  key: z.string().regex(/^[0-9a-f]{32}$/),
  /** Where the file is, relative to the export (JSON: beside the .json file; Markdown: its folder). */
  file: z.string().min(1),
  mediaType: PhotoMediaType,
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  name: z.string(),
})
export type ExportedPhoto = z.infer<typeof ExportedPhoto>

const EXTENSIONS: Record<PhotoMediaType, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/gif': 'gif',
  'image/heic': 'heic',
}

interface PhotoRow {
  entry_id: number
  photo_key: string
  media_type: PhotoMediaType
  width: number
  height: number
  name: string
}

/** Every entry's photos (no bytes), by entry id, in the folder `folder` of the export. */
export function readEntryPhotos(db: Db, folder: string): Map<number, ExportedPhoto[]> {
  const byEntry = new Map<number, ExportedPhoto[]>()
  const rows = db
    .prepare<[], PhotoRow>(
      'SELECT entry_id, photo_key, media_type, width, height, name FROM photos ORDER BY entry_id, id',
    )
    .all()
  for (const row of rows) {
    const photo: ExportedPhoto = {
      key: row.photo_key,
      file: `${folder}/${row.photo_key}.${EXTENSIONS[row.media_type]}`,
      mediaType: row.media_type,
      width: row.width,
      height: row.height,
      name: row.name,
    }
    byEntry.set(row.entry_id, [...(byEntry.get(row.entry_id) ?? []), photo])
  }
  return byEntry
}

/** A photo's bytes as they may leave the journal (no location), or null when there is none. */
export function exportedPhotoBytes(db: Db, key: string): Uint8Array | null {
  const row = db
    .prepare<[string], { original: Uint8Array; media_type: PhotoMediaType }>(
      'SELECT original, media_type FROM photos WHERE photo_key = ?',
    )
    .get(key)
  if (!row) return null
  const cleaned = withoutLocation(row.original, row.media_type)
  return cleaned.length > 0 ? cleaned : null
}

export type PhotoReader = (key: string) => Uint8Array | null

/** Writes the photos into `root` (their `file` paths are relative to it). */
export function writePhotoFiles(root: string, photos: readonly ExportedPhoto[], read: PhotoReader): void {
  const folders = new Set<string>()
  for (const photo of photos) {
    const bytes = read(photo.key)
    if (!bytes) continue
    const folder = join(root, photo.file, '..')
    if (!folders.has(folder)) {
      mkdirSync(folder, { recursive: true, mode: 0o700 })
      folders.add(folder)
    }
    writeFileSync(join(root, photo.file), bytes, { mode: 0o600 })
  }
}

/**
 * An entry's Markdown with its photo links pointing at the files (`prefix` leads from the entry's
 * file to the export's root); photos the text does not place are added at its end.
 */
export function bodyWithPhotoFiles(body: string, photos: readonly ExportedPhoto[], prefix: string): string {
  const byKey = new Map(photos.map((photo) => [photo.key, photo]))
  const placed = new Set<string>()
  const linked = body.replace(photoLinkPattern(), (link, caption: string, key: string) => {
    const photo = byKey.get(key)
    if (!photo) return link
    placed.add(key)
    return `![${caption}](${prefix}${photo.file})`
  })
  const rest = photos.filter((photo) => !placed.has(photo.key))
  if (rest.length === 0) return linked
  const links = rest.map((photo) =>
    photoLink(photo.key, photo.name).replace(`photo:${photo.key}`, `${prefix}${photo.file}`),
  )
  return `${linked.trimEnd()}\n\n${links.join('\n\n')}`
}
