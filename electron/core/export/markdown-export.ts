import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, renameSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { MendError, fileSystemError } from '../errors'
import { fsyncFolder } from '../fs/atomic-write'
import type { ExportedPerson, MendExport } from './export-format'
import { bodyWithPhotoFiles, writePhotoFiles, type PhotoReader } from './export-photos'
import { entryFileName, entryMarkdown, linkText, readableDate } from './markdown-text'

/** The folder of entry files inside a Markdown export. */
export const ENTRIES_FOLDER = 'entries'

interface EntryFile {
  name: string
  text: string
}

function entryFiles(data: MendExport): EntryFile[] {
  const names = new Map(data.people.map((person) => [person.ref, person.name]))
  const used = new Set<string>()
  return data.entries.map((entry) => ({
    name: entryFileName(entry, used),
    text: entryMarkdown(
      entry.photos ? { ...entry, body: bodyWithPhotoFiles(entry.body, entry.photos, '../') } : entry,
      entry.people.map((ref) => names.get(ref) ?? ref),
    ),
  }))
}

function markdownIndex(data: MendExport, files: readonly EntryFile[]): string {
  const trashed = data.entries.filter((entry) => entry.trashedAt !== null).length
  const lines = [
    '# Mend journal export',
    '',
    '> This folder is not encrypted. Anyone who can open it can read it.',
    '',
    `- Exported: ${data.exportedAt}`,
    `- Journal created: ${data.vault.createdAt}`,
  ]
  if (data.vault.displayName) lines.push(`- Name: ${data.vault.displayName}`)
  lines.push(
    `- Entries: ${data.entries.length}${trashed ? ` (${trashed} of them in the trash)` : ''}`,
    `- People: ${data.people.length}`,
  )
  if (data.people.length > 0) lines.push('', 'The people your entries mention are in [people.md](people.md).')
  if (files.length > 0) {
    lines.push(
      '',
      '## Entries',
      '',
      `One file each in the \`${ENTRIES_FOLDER}\` folder, oldest first; entries in the trash are there too,`,
      'marked `trashed: true`. Importing that folder into Mend as a Markdown folder brings back titles,',
      'dates, tags, stars and text; a JSON export keeps everything (moods, people, the trash, earlier',
      'versions, templates).',
      '',
    )
    data.entries.forEach((entry, index) => {
      const file = files[index] as EntryFile
      const flag = entry.trashedAt === null ? '' : ' (in the trash)'
      lines.push(
        `- ${readableDate(entry.entryDate)}: [${linkText(entry.title)}](${ENTRIES_FOLDER}/${file.name})${flag}`,
      )
    })
  }
  return `${lines.join('\n')}\n`
}

function peopleMarkdown(people: readonly ExportedPerson[]): string {
  const lines = ['# People']
  for (const person of people) {
    lines.push('', `## ${person.name}`, '')
    if (person.relationship) lines.push(`- Relationship: ${person.relationship}`)
    lines.push(`- Added: ${person.createdAt.slice(0, 10)}`)
    if (person.notes.trim()) lines.push('', person.notes.trimEnd())
  }
  return `${lines.join('\n')}\n`
}

/**
 * Writes the export as a folder of Markdown files: `index.md`, `people.md` when there are people,
 * and one file per entry in `entries/` when there are entries. Built in a temp folder beside the
 * target and renamed into place, so a failure (disk full) leaves no half-written folder.
 */
export function writeMarkdownExport(folder: string, data: MendExport, readPhoto?: PhotoReader): void {
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
  const files = entryFiles(data)
  const temp = join(dirname(folder), `.${basename(folder)}.${randomBytes(4).toString('hex')}.tmp`)
  try {
    mkdirSync(temp, { mode: 0o700 })
    writeFileSync(join(temp, 'index.md'), markdownIndex(data, files), { mode: 0o600 })
    if (data.people.length > 0) writeFileSync(join(temp, 'people.md'), peopleMarkdown(data.people), { mode: 0o600 })
    if (files.length > 0) {
      mkdirSync(join(temp, ENTRIES_FOLDER), { mode: 0o700 })
      for (const file of files) writeFileSync(join(temp, ENTRIES_FOLDER, file.name), file.text, { mode: 0o600 })
    }
    // Beside the entries, in `photos/`, which their links point to (`../photos/<key>.jpg`).
    if (readPhoto)
      writePhotoFiles(
        temp,
        data.entries.flatMap((entry) => entry.photos ?? []),
        readPhoto,
      )
    if (existsSync(folder)) rmdirSync(folder) // empty, checked above
    renameSync(temp, folder)
    fsyncFolder(dirname(folder))
  } catch (error) {
    rmSync(temp, { recursive: true, force: true })
    throw fileSystemError(error, 'write the export', dirname(folder))
  }
}
