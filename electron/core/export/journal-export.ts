import { MendError, fileSystemError } from '../errors'
import { writeFileAtomic } from '../fs/atomic-write'
import { createSettingsQueries } from '../settings/settings.queries'
import type { Db } from '../vault/encrypted-database'
import { createVaultMetaQueries } from '../vault/vault-meta.queries'
import { basename, dirname } from 'node:path'
import { canonicalJson } from './canonical-json'
import { writePhotoFiles, type PhotoReader } from './export-photos'
import { EXPORT_FORMAT, EXPORT_VERSION, MendExport, MendExportV1 } from './export-format'
import { readJournalSections } from './journal-export-read'
import { writeJournalSections } from './journal-export-write'

export { writeMarkdownExport } from './markdown-export'
export { exportedPhotoBytes, type PhotoReader } from './export-photos'

export function buildExport(db: Db, now: number): MendExport {
  const meta = createVaultMetaQueries(db)
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date(now).toISOString(),
    vault: { createdAt: meta.get('created_at') ?? new Date(0).toISOString(), displayName: meta.get('display_name') },
    settings: createSettingsQueries(db).read(),
    ...readJournalSections(db),
  }
}

/** The content of an export without the moment it was made: equal journals give equal text. */
export function exportContent(data: MendExport): string {
  // An undefined value is left out by JSON.stringify (a destructured, unused variable failed lint).
  return canonicalJson({ ...data, exportedAt: undefined })
}

/**
 * The JSON file, and its entries' photos in a folder beside it named after it
 * (`mend-export-2024-05-01.photos/`), which each entry's `photos[].file` names.
 */
export function writeJsonExport(path: string, data: MendExport, readPhoto?: PhotoReader): void {
  const folder = `${basename(path).replace(/\.json$/i, '')}.photos`
  const entries = data.entries.map((entry) =>
    entry.photos
      ? {
          ...entry,
          photos: entry.photos.map((photo) => ({ ...photo, file: `${folder}/${photo.file.split('/').pop()}` })),
        }
      : entry,
  )
  const photos = entries.flatMap((entry) => entry.photos ?? [])
  if (readPhoto && photos.length > 0) {
    try {
      writePhotoFiles(dirname(path), photos, readPhoto)
    } catch (error) {
      throw fileSystemError(error, 'write the photos of the export', dirname(path))
    }
  }
  writeFileAtomic(path, `${JSON.stringify({ ...data, entries }, null, 2)}\n`, 'write the export')
}

/**
 * Checks that `json` is a Mend export this version reads: UNSUPPORTED_VERSION for one from a newer
 * Mend, INVALID_INPUT for anything else that is not one. A version 1 export (from before the
 * journal) is read as one with no people, entries or templates. Nothing is written.
 */
export function parseExport(json: unknown): MendExport {
  const parsed = MendExport.safeParse(json)
  if (parsed.success) return parsed.data
  const older = MendExportV1.safeParse(json)
  if (older.success) return { ...older.data, version: EXPORT_VERSION, people: [], entries: [], templates: [] }
  const version = (json as { version?: unknown } | null)?.version
  if (typeof version === 'number' && version > EXPORT_VERSION) {
    throw new MendError(
      'UNSUPPORTED_VERSION',
      'This export was made by a newer version of Mend. Update Mend to import it.',
    )
  }
  throw new MendError('INVALID_INPUT', 'This file is not a Mend export, or it is damaged.')
}

/**
 * Reads an export into a freshly created vault's database, in one transaction: the vault's name
 * and creation date, settings, people, entries (with tags, people, earlier versions and the
 * trash) and templates. A journal that already holds any of those is refused (FORBIDDEN).
 */
export function importExport(db: Db, json: unknown): void {
  const data = parseExport(json)
  try {
    db.transaction(() => {
      const meta = createVaultMetaQueries(db)
      meta.set('created_at', data.vault.createdAt)
      if (data.vault.displayName === null) meta.remove('display_name')
      else meta.set('display_name', data.vault.displayName)
      createSettingsQueries(db).update(data.settings)
      writeJournalSections(db, data)
    })()
  } catch (error) {
    throw fileSystemError(error, 'import the export', db.name)
  }
}
