import { readFile, realpath, stat } from 'node:fs/promises'
import { isAbsolute, join, relative } from 'node:path'
import { PHOTO_LIMITS } from '../../contract/photo-values'
import { MendError } from '../errors'
import type { SkippedItem } from '../journal/import/imported-entry'
import { journalOf } from '../journal/journal'
import type { Clock } from '../ports'
import type { Db } from '../vault/encrypted-database'
import type { MendExport } from './export-format'

/**
 * The photos of a JSON export, read back from the files beside it into the new journal that
 * importExport just filled (its entries were written in the export's order, so the n-th entry
 * is the n-th row). A file that is missing or not a photo is named, and the rest come back.
 */
export async function importExportPhotos(
  db: Db,
  clock: Clock,
  data: MendExport,
  folder: string,
): Promise<{ photos: number; notes: SkippedItem[] }> {
  const journal = journalOf(db, clock)
  const ids = db.prepare<[], { id: number }>('SELECT id FROM entries ORDER BY id').all()
  const root = await realpath(folder)
  const notes: SkippedItem[] = []
  let photos = 0
  for (const [index, entry] of data.entries.entries()) {
    const entryId = ids[index]?.id
    for (const photo of entry.photos ?? []) {
      const where = `photo ${photo.file} (entry ${index + 1})`
      if (entryId === undefined) continue
      try {
        const path = await realpath(join(root, photo.file))
        const inside = relative(root, path)
        if (inside.startsWith('..') || isAbsolute(inside))
          throw new MendError('INVALID_INPUT', 'it is outside the folder of the export')
        if ((await stat(path)).size > PHOTO_LIMITS.maxBytes)
          throw new MendError('INVALID_INPUT', 'it is larger than Mend keeps')
        await journal.photos.add({
          entryId,
          bytes: new Uint8Array(await readFile(path)),
          name: photo.name,
          key: photo.key,
        })
        photos += 1
      } catch (error) {
        notes.push({
          where,
          reason: `not imported: ${error instanceof MendError ? error.message : 'the file was not found'}`,
        })
      }
    }
  }
  return { photos, notes }
}
