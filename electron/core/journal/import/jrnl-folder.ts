import { readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { fileSystemError } from '../../errors'
import { createCollector, decodeUtf8, jrnlImportKey, normalizeNewlines, unreadable } from './import-helpers'
import type { ParsedImport } from './imported-entry'
import { chooseDateFormat, type ChosenFormat } from './jrnl-date-format'
import { parseJrnlText } from './jrnl-text'

/*
 * jrnl's folder journal (jrnl/journals/FolderJournal.py): one file per day, `YYYY/MM/DD.txt`,
 * each holding that day's entries in the plain-text form. The folders name the day (jrnl takes
 * the day from them, not from the bracket); other files are not jrnl's and are left alone.
 */

const MAX_DAY_FILE_BYTES = 20 * 1024 * 1024

interface DayFile {
  relativePath: string
  path: string
  year: number
  month: number
  day: number
}

async function children(folder: string, pattern: RegExp): Promise<string[]> {
  try {
    return (await readdir(folder, { withFileTypes: true }))
      .filter((child) => pattern.test(child.name))
      .map((child) => child.name)
      .sort()
  } catch {
    return []
  }
}

async function dayFiles(root: string): Promise<DayFile[]> {
  const files: DayFile[] = []
  for (const year of await children(root, /^\d{4}$/)) {
    for (const month of await children(join(root, year), /^(0[1-9]|1[0-2])$/)) {
      for (const day of await children(join(root, year, month), /^(0[1-9]|[12]\d|3[01])\.txt$/)) {
        files.push({
          relativePath: `${year}/${month}/${day}`,
          path: join(root, year, month, day),
          year: Number(year),
          month: Number(month),
          day: Number(day.slice(0, 2)),
        })
      }
    }
  }
  return files
}

function onDay(entryDate: string, file: DayFile): string {
  const day = `${String(file.year).padStart(4, '0')}-${String(file.month).padStart(2, '0')}-${String(file.day).padStart(2, '0')}`
  return `${day}${entryDate.slice(10)}`
}

export async function readJrnlFolder(root: string, given?: ChosenFormat): Promise<ParsedImport> {
  try {
    if (!(await stat(root)).isDirectory()) throw unreadable('This is a file, not a jrnl folder journal.')
  } catch (error) {
    throw fileSystemError(error, 'read the folder', root)
  }
  const files = await dayFiles(root)
  if (files.length === 0) {
    throw unreadable('This folder is not a jrnl folder journal: Mend expected files named like 2024/01/31.txt in it.')
  }
  const collector = createCollector('jrnl')
  const texts: Array<{ file: DayFile; text: string }> = []
  for (const file of files) {
    const info = await stat(file.path).catch(() => null)
    const bytes = info && info.size <= MAX_DAY_FILE_BYTES ? await readFile(file.path).catch(() => null) : null
    const text = bytes ? decodeUtf8(bytes) : null
    if (text === null) collector.skip(file.relativePath, 'the file could not be read as UTF-8 text (or is over 20 MB)')
    else if (text.trim() !== '') texts.push({ file, text: normalizeNewlines(text) })
  }
  // One format for the whole journal, chosen from every day's brackets.
  const stamps = texts.flatMap(({ text }) => Array.from(text.matchAll(/^\[([^\]\n]+)\] /gm), (match) => match[1] ?? ''))
  const chosen = chooseDateFormat(stamps, given)
  collector.setDateFormat(chosen.format.format, chosen.source)
  for (const { file, text } of texts) {
    let day: ParsedImport
    try {
      day = parseJrnlText(text, { dateFormat: chosen })
    } catch (error) {
      collector.skip(file.relativePath, error instanceof Error ? error.message : 'the file could not be read')
      continue
    }
    for (const item of day.skipped) collector.skip(`${file.relativePath} ${item.where}`, item.reason)
    for (const item of day.notes ?? []) collector.note(`${file.relativePath} ${item.where}`, item.reason)
    day.entries.forEach((entry, index) => {
      const entryDate = onDay(entry.entryDate, file)
      const keyed = { ...entry, entryDate, importKey: jrnlImportKey(entryDate, entry.title, entry.body) }
      collector.add(`${file.relativePath} entry ${index + 1}`, { entry: keyed, notes: [] })
    })
  }
  return collector.result()
}
