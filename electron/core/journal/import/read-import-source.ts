import { readdir, readFile, stat } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileSystemError } from '../../errors'
import { parseDayOneJson } from './dayone-json'
import { decodeUtf8, unreadable } from './import-helpers'
import type { ImportFormat, ParsedImport } from './imported-entry'
import { readJrnlConfig, timeFormatFor } from './jrnl-config'
import { givenDateFormat, type ChosenFormat } from './jrnl-date-format'
import { readJrnlFolder } from './jrnl-folder'
import { parseJrnlJson } from './jrnl-json'
import { parseJrnlText } from './jrnl-text'
import { readMarkdownFolder } from './markdown-folder'
import { folderPhotoSource, openZip, readZipFile, zipPhotoSource, ZIP_LIMITS } from './photo-sources'

/** Far beyond any real journal export; a bigger file is a wrong choice, and would be held in memory whole. */
const MAX_SOURCE_BYTES = 200 * 1024 * 1024
const MAX_SOURCE_MB = MAX_SOURCE_BYTES / 1024 / 1024

/** The start of every zip archive: Day One exports come zipped, with Journal.json inside. */
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04]

export interface ImportOptions {
  /** jrnl's timeformat for this journal, as the person typed it (`%d.%m.%Y %H:%M`). */
  dateFormat?: string
  /** A jrnl config file the person points to; otherwise jrnl's own place is looked in. */
  jrnlConfig?: string
}

async function readBytes(path: string): Promise<Buffer> {
  try {
    const info = await stat(path)
    if (info.isDirectory()) throw unreadable('This is a folder: choose the exported journal file itself.')
    if (info.size > MAX_SOURCE_BYTES) {
      throw unreadable(`This file is larger than ${MAX_SOURCE_MB} MB, more than Mend reads in one import.`)
    }
    return await readFile(path)
  } catch (error) {
    throw fileSystemError(error, 'read the import file', path)
  }
}

function isZip(bytes: Uint8Array): boolean {
  return ZIP_SIGNATURE.every((byte, index) => bytes[index] === byte)
}

function asText(bytes: Buffer): string {
  // jrnl 3 and 4 write encrypted journals as `JRNLv3` and a binary header: not text at all.
  if (bytes.subarray(0, 5).toString('latin1') === 'JRNLv') {
    throw unreadable('This jrnl journal is encrypted: decrypt it with jrnl first (jrnl --decrypt), then import it.')
  }
  if (isZip(bytes)) {
    throw unreadable('This is a zip archive: unzip it first, then choose the journal file inside.')
  }
  const text = decodeUtf8(bytes)
  if (text === null) throw unreadable('This file is not UTF-8 text, so it is not a journal export Mend reads.')
  return text
}

/** The timeformat to read a jrnl journal with: the person's, else the one jrnl's config names. */
function jrnlFormat(path: string, options: ImportOptions): ChosenFormat | undefined {
  const typed = givenDateFormat(options.dateFormat, 'option')
  if (typed) return typed
  const config = readJrnlConfig(options.jrnlConfig)
  if (!config && options.jrnlConfig) throw unreadable('The jrnl config file named could not be read.')
  return config ? givenDateFormat(timeFormatFor(config, path), 'jrnl-config') : undefined
}

async function photoFiles(folder: string): Promise<Set<string>> {
  try {
    return new Set((await readdir(folder, { withFileTypes: true })).filter((f) => f.isFile()).map((f) => f.name))
  } catch {
    return new Set()
  }
}

/** Day One's zip: every journal's JSON at its top, photos in `photos/`, read from the archive as needed. */
async function readDayOneZip(path: string): Promise<ParsedImport> {
  const listing = await openZip(path)
  try {
    const journals = [...listing.files.keys()].filter((name) => !name.includes('/') && /\.json$/i.test(name)).sort()
    if (journals.length === 0) throw unreadable('This zip archive holds no Day One journal (no .json file at its top).')
    const photos = new Set(
      [...listing.files.keys()].filter((name) => name.startsWith('photos/')).map((name) => name.slice(7)),
    )
    const parts: ParsedImport[] = []
    for (const name of journals) {
      const bytes = await readZipFile(listing, listing.files.get(name)!, ZIP_LIMITS.jsonBytes)
      if (!bytes) throw unreadable(`${name} in this archive is larger than ${MAX_SOURCE_MB} MB.`)
      parts.push(parseDayOneJson(asText(bytes), { photoFiles: photos, photoPath: (file) => `photos/${file}` }))
    }
    const first = parts[0] as ParsedImport
    const merged: ParsedImport = {
      format: 'dayone-json',
      entries: parts.flatMap((part) => part.entries),
      skipped: parts.flatMap((part, index) =>
        part.skipped.map((item) => ({ ...item, where: label(journals, index, item.where) })),
      ),
      notes: parts.flatMap((part, index) =>
        (part.notes ?? []).map((item) => ({ ...item, where: label(journals, index, item.where) })),
      ),
    }
    return { ...(parts.length === 1 ? first : merged), photoSource: zipPhotoSource(listing) }
  } catch (error) {
    listing.archive.close()
    throw error
  }
}

function label(journals: string[], index: number, where: string): string {
  return journals.length > 1 ? `${journals[index]} ${where}` : where
}

async function readDayOne(path: string): Promise<ParsedImport> {
  const bytes = await readBytes(path)
  if (isZip(bytes)) return readDayOneZip(path)
  const folder = dirname(path)
  const parsed = parseDayOneJson(asText(bytes), {
    photoFiles: await photoFiles(join(folder, 'photos')),
    photoPath: (file) => `photos/${file}`,
  })
  return { ...parsed, photoSource: folderPhotoSource(folder) }
}

async function readJrnl(path: string, options: ImportOptions): Promise<ParsedImport> {
  const info = await stat(path).catch((error: unknown) => {
    throw fileSystemError(error, 'read the import file', path)
  })
  if (info.isDirectory()) return readJrnlFolder(path, jrnlFormat(path, options))
  const text = asText(await readBytes(path))
  return parseJrnlText(text, { dateFormat: jrnlFormat(path, options) })
}

/** Reads a journal to import: a file for jrnl and the JSON exports, a folder for Markdown. Writes nothing. */
export async function readImportSource(
  format: ImportFormat,
  path: string,
  options: ImportOptions = {},
): Promise<ParsedImport> {
  switch (format) {
    case 'markdown':
      return readMarkdownFolder(path)
    case 'jrnl':
      return readJrnl(path, options)
    case 'jrnl-folder':
      return readJrnlFolder(path, jrnlFormat(path, options))
    case 'jrnl-json':
      return parseJrnlJson(asText(await readBytes(path)))
    case 'dayone-json':
      return readDayOne(path)
  }
}
