import { existsSync, mkdirSync, readdirSync, renameSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { randomBytes } from 'node:crypto'
import { MendError, fileSystemError } from '../errors'
import { fsyncFolder, writeFileAtomic } from '../fs/atomic-write'
import { createSettingsQueries } from '../settings/settings.queries'
import type { Db } from '../vault/encrypted-database'
import { createVaultMetaQueries } from '../vault/vault-meta.queries'
import { canonicalJson } from './canonical-json'
import { EXPORT_FORMAT, EXPORT_VERSION, MendExport } from './export-format'

export function buildExport(db: Db, now: number): MendExport {
  const meta = createVaultMetaQueries(db)
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date(now).toISOString(),
    vault: { createdAt: meta.get('created_at') ?? new Date(0).toISOString(), displayName: meta.get('display_name') },
    settings: createSettingsQueries(db).read(),
  }
}

/** The content of an export without the moment it was made: equal journals give equal text. */
export function exportContent(data: MendExport): string {
  // An undefined value is left out by JSON.stringify (a destructured, unused variable failed lint).
  return canonicalJson({ ...data, exportedAt: undefined })
}

export function writeJsonExport(path: string, data: MendExport): void {
  writeFileAtomic(path, `${JSON.stringify(data, null, 2)}\n`, 'write the export')
}

function markdownIndex(data: MendExport): string {
  const lines = [
    '# Mend journal export',
    '',
    '> This folder is not encrypted. Anyone who can open it can read it.',
    '',
    `- Exported: ${data.exportedAt}`,
    `- Journal created: ${data.vault.createdAt}`,
  ]
  if (data.vault.displayName) lines.push(`- Name: ${data.vault.displayName}`)
  return `${lines.join('\n')}\n`
}

/**
 * Writes the export as a folder of Markdown files. Built in a temp folder beside the target and
 * renamed into place, so a failure (disk full) leaves no half-written folder.
 */
export function writeMarkdownExport(folder: string, data: MendExport): void {
  // A file there would make readdirSync throw a raw ENOTDIR, which reached the user as INTERNAL.
  if (existsSync(folder) && !statSync(folder).isDirectory()) {
    throw new MendError('INVALID_INPUT', `${folder} is a file, not a folder. Choose a new or empty folder.`, {
      field: 'path',
    })
  }
  if (existsSync(folder) && readdirSync(folder).length > 0) {
    throw new MendError('INVALID_INPUT', `The folder ${folder} is not empty. Choose a new or empty folder.`, {
      field: 'path',
    })
  }
  const temp = join(dirname(folder), `.${basename(folder)}.${randomBytes(4).toString('hex')}.tmp`)
  try {
    mkdirSync(temp, { mode: 0o700 })
    writeFileSync(join(temp, 'index.md'), markdownIndex(data), { mode: 0o600 })
    if (existsSync(folder)) rmdirSync(folder) // empty, checked above
    renameSync(temp, folder)
    fsyncFolder(dirname(folder))
  } catch (error) {
    rmSync(temp, { recursive: true, force: true })
    throw fileSystemError(error, 'write the export', dirname(folder))
  }
}

/**
 * Checks that `json` is a Mend export this version reads: UNSUPPORTED_VERSION for one from a newer
 * Mend, INVALID_INPUT for anything else that is not one. Nothing is written.
 */
export function parseExport(json: unknown): MendExport {
  const parsed = MendExport.safeParse(json)
  if (parsed.success) return parsed.data
  const version = (json as { version?: unknown } | null)?.version
  if (typeof version === 'number' && version > EXPORT_VERSION) {
    throw new MendError(
      'UNSUPPORTED_VERSION',
      'This export was made by a newer version of Mend. Update Mend to import it.',
    )
  }
  throw new MendError('INVALID_INPUT', 'This file is not a Mend export, or it is damaged.')
}

/** Reads an export into a freshly created vault's database, in one transaction. */
export function importExport(db: Db, json: unknown): void {
  const data = parseExport(json)
  db.transaction(() => {
    const meta = createVaultMetaQueries(db)
    meta.set('created_at', data.vault.createdAt)
    if (data.vault.displayName === null) meta.remove('display_name')
    else meta.set('display_name', data.vault.displayName)
    createSettingsQueries(db).update(data.settings)
  })()
}
