import { setImmediate as nextTurn } from 'node:timers/promises'
import type { Db } from '../vault/encrypted-database'
import { MendError } from '../errors'
import type { Journal } from '../journal/journal'
import type { ParsedImport, SkippedItem } from '../journal/import/imported-entry'
import type { ImportRunOptions } from '../journal/import-store'

/** How many photos an import would bring. */
export function importedPhotoCount(parsed: ParsedImport): number {
  return parsed.entries.reduce((count, entry) => count + (entry.photos?.length ?? 0), 0)
}

export interface ImportOutcome {
  added: number
  alreadyImported: number
  photos: number
  notes: SkippedItem[]
}

/**
 * Stores the entries (the import store's chunks), then their photos, one at a time: each is read
 * from the source only now, checked by content, and stored in its own transaction. A photo that
 * is missing or refused is named in the notes and its link taken out of the entry's text.
 * Photos are looked up by the entry's import key, so importing the same source again after an
 * interruption stores the photos that had not been stored, and nothing twice.
 */
export async function runImport(
  db: Db,
  journal: Journal,
  parsed: ParsedImport,
  options: ImportRunOptions = {},
): Promise<ImportOutcome> {
  const { onProgress = () => {}, checkpoint } = options
  const photoTotal = importedPhotoCount(parsed)
  // The entries count twice (their rows, then their search index; see the import store).
  const entrySteps = parsed.entries.length * 2
  const total = entrySteps + photoTotal
  // The entries are one transaction, undone whole if the journal locks or the person stops; the
  // photos follow one by one, and a lock or a stop between them leaves the rest for the same
  // import again (the entries' photo links stay, so that import puts each where it was).
  const stored = await journal.imports.run(parsed, { onProgress: (done) => onProgress(done, total), checkpoint })
  const notes: SkippedItem[] = [...(parsed.notes ?? [])]
  const entryId = db.prepare<[string], { id: number; body: string }>(
    'SELECT id, body FROM entries WHERE import_key = ?',
  )
  const dropLink = (importKey: string, key: string) => {
    const current = entryId.get(importKey)
    if (current) journal.entries.update({ id: current.id, body: withoutLink(current.body, key) })
  }
  let photos = 0
  let done = entrySteps
  try {
    photoLoop: for (const [position, entry] of parsed.entries.entries()) {
      if (!entry.photos?.length) continue
      const row = entryId.get(entry.importKey)
      for (const photo of entry.photos) {
        if (stoppedByPerson(checkpoint)) {
          const left = photoTotal - (done - entrySteps)
          notes.push({ where: 'photos', reason: stoppedNote(left) })
          break photoLoop
        }
        done += 1
        if (!row || journal.photos.has(photo.key)) continue
        const where = `photo ${photo.name} (entry ${position + 1})`
        const bytes = parsed.photoSource
          ? await parsed.photoSource.read(photo.path)
          : { reason: 'there was no folder to read it from' }
        if (!db.open)
          throw new MendError(
            'LOCKED',
            'The journal was locked during the import. Import the same file again to finish.',
          )
        if (!(bytes instanceof Uint8Array)) {
          notes.push({ where, reason: `not imported: ${bytes.reason}` })
          dropLink(entry.importKey, photo.key)
          continue
        }
        try {
          await journal.photos.add({ entryId: row.id, bytes, name: photo.name, key: photo.key })
          photos += 1
        } catch (error) {
          if (!(error instanceof MendError) || error.code === 'LOCKED') throw error
          notes.push({ where, reason: `not imported: ${error.message}` })
          dropLink(entry.importKey, photo.key)
        }
        onProgress(done, total)
        await nextTurn()
      }
    }
  } finally {
    await parsed.photoSource?.close()
  }
  onProgress(total, total)
  return { ...stored, photos, notes }
}

/**
 * Whether the person asked to stop, asked before each photo. The entries are in by then, so a
 * stop keeps them and ends the import there; a lock still throws (nothing may run on a closed
 * journal).
 */
function stoppedByPerson(checkpoint: (() => void) | undefined): boolean {
  try {
    checkpoint?.()
    return false
  } catch (error) {
    if (error instanceof MendError && error.code === 'CANCELLED') return true
    throw error
  }
}

function stoppedNote(left: number): string {
  const photos = left === 1 ? '1 photo was' : `${left} photos were`
  return `${photos} not imported because you stopped the import. The entries are in your journal; import the same file again to bring the rest.`
}

function withoutLink(body: string, key: string): string {
  return body.replace(new RegExp(`!\\[[^\\]\\n]*\\]\\(photo:${key}\\)\\n?`, 'g'), '')
}
