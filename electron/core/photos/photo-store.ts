import { randomBytes } from 'node:crypto'
import { PHOTO_LIMITS, photoKeyFrom, type PhotoInfo, type PhotoMediaType } from '../../contract/photo-values'
import { MendError } from '../errors'
import type { Clock } from '../ports'
import type { Db } from '../vault/encrypted-database'
import { readImageFacts } from './image-facts'
import { makeDisplayCopy } from './photo-pixels'

interface PhotoRow {
  photo_key: string
  entry_id: number
  media_type: PhotoMediaType
  width: number
  height: number
  byte_size: number
  name: string
  viewable: number
}

const INFO_COLUMNS = 'photo_key, entry_id, media_type, width, height, byte_size, name, viewable'

function toInfo(row: PhotoRow): PhotoInfo {
  return {
    key: row.photo_key,
    entryId: row.entry_id,
    mediaType: row.media_type,
    width: row.width,
    height: row.height,
    byteSize: row.byte_size,
    name: row.name,
    viewable: row.viewable === 1,
  }
}

/** A new photo's key: random, so a key says nothing about the photo. */
export function newPhotoKey(): string {
  return photoKeyFrom(randomBytes(16).toString('hex'))
}

/** A file name as a label: no folders, no control characters, not endless. */
export function photoName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? ''
  // eslint-disable-next-line no-control-regex
  return base.replace(/[\u0000-\u001f\u007f]/g, '').slice(0, PHOTO_LIMITS.nameChars)
}

export interface NewPhoto {
  entryId: number
  bytes: Uint8Array
  name: string
  /** Given by an import (stable across runs); otherwise random. */
  key?: string
}

export interface StoredPhoto {
  info: PhotoInfo
  original: Uint8Array
  display: Uint8Array | null
}

/** The photos table: facts are read without the bytes; the bytes one photo at a time. */
export function createPhotoStore(db: Db, clock: Clock) {
  const byEntry = db.prepare<[number], PhotoRow>(`SELECT ${INFO_COLUMNS} FROM photos WHERE entry_id = ? ORDER BY id`)
  const byKey = db.prepare<[string], PhotoRow>(`SELECT ${INFO_COLUMNS} FROM photos WHERE photo_key = ?`)
  const bytesOf = db.prepare<[string], { original: Uint8Array; display: Uint8Array | null }>(
    'SELECT original, display FROM photos WHERE photo_key = ?',
  )
  const countFor = db.prepare<[number], { count: number }>('SELECT count(*) AS count FROM photos WHERE entry_id = ?')
  const entryExists = db.prepare<[number], { id: number }>('SELECT id FROM entries WHERE id = ?')
  const insert = db.prepare(
    `INSERT INTO photos (photo_key, entry_id, media_type, width, height, byte_size, name, viewable, created_at, original, display)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const remove = db.prepare<[string]>('DELETE FROM photos WHERE photo_key = ?')

  /**
   * Checks the bytes (format, size, wholeness), makes the copy to show where one is needed, and
   * stores it. A refused photo throws UNREADABLE_FILE with the reason and writes nothing.
   */
  async function add(photo: NewPhoto): Promise<PhotoInfo> {
    const facts = readImageFacts(photo.bytes)
    if (!entryExists.get(photo.entryId)) throw new MendError('NOT_FOUND', 'That entry no longer exists.')
    if ((countFor.get(photo.entryId)?.count ?? 0) >= PHOTO_LIMITS.perEntry) {
      throw new MendError('INVALID_INPUT', `An entry can hold at most ${PHOTO_LIMITS.perEntry} photos.`)
    }
    const display = await makeDisplayCopy(photo.bytes, facts.mediaType)
    const viewable = facts.mediaType !== 'image/heic' || display !== null
    const key = photo.key ?? newPhotoKey()
    // The entry may have gone while the copy was made (the decoder yields).
    if (!entryExists.get(photo.entryId)) throw new MendError('NOT_FOUND', 'That entry no longer exists.')
    insert.run(
      key,
      photo.entryId,
      facts.mediaType,
      facts.width,
      facts.height,
      photo.bytes.byteLength,
      photoName(photo.name),
      viewable ? 1 : 0,
      new Date(clock.now()).toISOString(),
      photo.bytes,
      display,
    )
    return toInfo(byKey.get(key) as PhotoRow)
  }

  return {
    add,
    list: (entryId: number): PhotoInfo[] => byEntry.all(entryId).map(toInfo),
    info: (key: string): PhotoInfo | null => {
      const row = byKey.get(key)
      return row ? toInfo(row) : null
    },
    has: (key: string): boolean => byKey.get(key) !== undefined,
    /** The photo whole; null when there is none with that key. */
    read(key: string): StoredPhoto | null {
      const row = byKey.get(key)
      const bytes = row ? bytesOf.get(key) : undefined
      if (!row || !bytes) return null
      return { info: toInfo(row), original: bytes.original, display: bytes.display }
    },
    remove: (key: string): boolean => remove.run(key).changes > 0,
  }
}

export type PhotoStore = ReturnType<typeof createPhotoStore>
