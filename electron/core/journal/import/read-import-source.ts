import { readFile, stat } from 'node:fs/promises'
import { fileSystemError } from '../../errors'
import { parseDayOneJson } from './dayone-json'
import { decodeUtf8, unreadable } from './import-helpers'
import type { ImportFormat, ParsedImport } from './imported-entry'
import { parseJrnlJson } from './jrnl-json'
import { parseJrnlText } from './jrnl-text'
import { readMarkdownFolder } from './markdown-folder'

/** Far beyond any real journal export; a bigger file is a wrong choice, and would be held in memory whole. */
const MAX_SOURCE_BYTES = 200 * 1024 * 1024
const MAX_SOURCE_MB = MAX_SOURCE_BYTES / 1024 / 1024

/** The start of every zip archive: Day One exports come zipped, with Journal.json inside. */
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04]

async function readTextFile(path: string): Promise<string> {
  let bytes: Buffer
  try {
    const info = await stat(path)
    if (info.isDirectory()) throw unreadable('This is a folder: choose the exported journal file itself.')
    if (info.size > MAX_SOURCE_BYTES) {
      throw unreadable(`This file is larger than ${MAX_SOURCE_MB} MB, more than Mend reads in one import.`)
    }
    bytes = await readFile(path)
  } catch (error) {
    throw fileSystemError(error, 'read the import file', path)
  }
  if (ZIP_SIGNATURE.every((byte, index) => bytes[index] === byte)) {
    throw unreadable(
      'This is a zip archive: unzip it first, then choose the journal file inside (Day One: Journal.json).',
    )
  }
  const text = decodeUtf8(bytes)
  if (text === null) throw unreadable('This file is not UTF-8 text, so it is not a journal export Mend reads.')
  return text
}

/** Reads a journal to import: a file for jrnl and the JSON exports, a folder for Markdown. Writes nothing. */
export async function readImportSource(format: ImportFormat, path: string): Promise<ParsedImport> {
  switch (format) {
    case 'markdown':
      return readMarkdownFolder(path)
    case 'jrnl':
      return parseJrnlText(await readTextFile(path))
    case 'jrnl-json':
      return parseJrnlJson(await readTextFile(path))
    case 'dayone-json':
      return parseDayOneJson(await readTextFile(path))
  }
}
