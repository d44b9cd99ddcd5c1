import type { Dirent } from 'node:fs'
import { readdir, readFile, realpath, stat } from 'node:fs/promises'
import { basename, isAbsolute, join, relative } from 'node:path'
import { fileSystemError } from '../../errors'
import {
  DEFAULT_TIME,
  createCollector,
  decodeUtf8,
  finishEntry,
  hashImportKey,
  localDateTime,
  normalizeNewlines,
  trimBlock,
  unreadable,
  wallDateTime,
  type EntryOutcome,
} from './import-helpers'
import type { ParsedImport } from './imported-entry'
import { readJrnlEntryFile, readJrnlJournalFile } from './jrnl-markdown'
import { indexImages, placeMarkdownImages, type ImageIndex } from './markdown-images'
import { folderPhotoSource } from './photo-sources'

/*
 * A folder of Markdown notes (Obsidian, iA Writer, a jrnl or Mend Markdown export...): one entry
 * per `.md` file. Front matter is read for `title`, `date`, `tags` and `starred`/`favorite` only,
 * by a small reader of those keys (a full YAML parser would be a dependency for four keys).
 */

const MAX_FILE_BYTES = 5 * 1024 * 1024
const MARKDOWN_FILE = /\.(md|markdown)$/i

type FrontMatter = Map<string, string | string[]>

/** A blank line, a comment, `key:`, `- item`, or an indented line belonging to one of those. */
const YAML_LINE = /^(?:\s*|\s*#.*|[A-Za-z_][\w-]*\s*:(?:\s.*)?|\s*-(?:\s.*)?|\s+\S.*)$/

/** `key: value` pairs and `- item` lists between `---` lines at the very top; the rest is content. */
function readFrontMatter(text: string): { fields: FrontMatter; content: string } {
  const fields: FrontMatter = new Map()
  const lines = text.split('\n')
  if (lines[0]?.trimEnd() !== '---') return { fields, content: text }
  const end = lines.findIndex((line, index) => index > 0 && /^(---|\.\.\.)\s*$/.test(line))
  const block = lines.slice(1, end)
  // Two rules around prose are not front matter: reading them as such would drop the prose.
  if (end < 0 || !block.every((line) => YAML_LINE.test(line))) return { fields, content: text }
  let listKey: string | null = null
  for (const line of block) {
    const pair = /^([A-Za-z_][\w-]*)\s*:(?:\s+(.*))?$/.exec(line)
    const item = /^\s*-\s+(.*)$/.exec(line)
    if (pair?.[1]) {
      const value = yamlScalar(pair[2] ?? '')
      listKey = value === '' ? pair[1].toLowerCase() : null
      fields.set(pair[1].toLowerCase(), listKey ? [] : value)
    } else if (item && listKey) {
      const list = fields.get(listKey)
      if (Array.isArray(list)) list.push(yamlScalar(item[1] ?? ''))
    }
  }
  return { fields, content: lines.slice(end + 1).join('\n') }
}

function unquote(raw: string): string {
  const value = raw.trim()
  return /^(["']).*\1$/.test(value) && value.length > 1 ? value.slice(1, -1) : value
}

/** A plain or quoted YAML scalar on its own line; an unquoted ` # comment` is dropped, as YAML does. */
function yamlScalar(raw: string): string {
  const value = raw.trim()
  const quoted = /^(["'])(.*?)\1\s*(?:#.*)?$/.exec(value)
  return quoted ? (quoted[2] ?? '') : value.replace(/(^|\s)#.*$/, '').trim()
}

function fieldText(fields: FrontMatter, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const value = fields.get(key)
    if (typeof value === 'string' && value !== '') return value
  }
  return undefined
}

/** `[a, "b c"]`, `a, b` or a `- a` block list. */
function frontMatterTags(fields: FrontMatter): string[] {
  const value = fields.get('tags') ?? fields.get('tag')
  if (Array.isArray(value)) return value
  if (!value) return []
  const inline = /^\[(.*)\]$/.exec(value)
  const items = (inline ? (inline[1] ?? '') : value).matchAll(/\s*("[^"]*"|'[^']*'|[^,]+)/g)
  return Array.from(items, (item) => unquote(item[1] ?? ''))
}

const FRONT_MATTER_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/

/**
 * A time with an offset is kept as written (it is the writer's wall clock); a `Z` time is one a
 * program wrote in UTC, so it is turned into this computer's local time.
 */
export function parseFrontMatterDate(value: string): string | null {
  const match = FRONT_MATTER_DATE.exec(value.trim())
  if (!match) return null
  const [, year, month, day, hour, minute, second, zone] = match
  if (zone === 'Z') return localDateTime(new Date(`${year}-${month}-${day}T${hour}:${minute}:${second ?? '00'}Z`))
  const [defaultHour, defaultMinute] = DEFAULT_TIME.split(':')
  return wallDateTime(
    Number(year),
    Number(month),
    Number(day),
    Number(hour ?? defaultHour),
    Number(minute ?? defaultMinute),
  )
}

const NAME_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[ _-]+|$)/

function fileStem(relativePath: string): string {
  return basename(relativePath).replace(MARKDOWN_FILE, '')
}

/** `2024-01-05 Dinner with Anna.md`: the day is the entry's date, and the rest its title. */
function dateFromFileName(relativePath: string): string | null {
  const match = NAME_DATE.exec(fileStem(relativePath))
  if (!match) return null
  const [defaultHour, defaultMinute] = DEFAULT_TIME.split(':')
  return wallDateTime(Number(match[1]), Number(match[2]), Number(match[3]), Number(defaultHour), Number(defaultMinute))
}

const H1 = /^#[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$/

/**
 * One file as an entry (one that Mend's own export marks as trashed is skipped). Title: front matter, else a `# heading` on the first line (taken out of
 * the body), else the file name. Date: front matter, else a date starting the file name, else the
 * file's modification time.
 */
export function parseMarkdownFile(
  relativePath: string,
  text: string,
  fileMtime: Date,
  images?: ImageIndex,
): EntryOutcome {
  const { fields, content } = readFrontMatter(normalizeNewlines(text))
  // jrnl's own export (`# 2024-01-31 09:00 Title`) has no front matter: its heading holds the time.
  const jrnl = fields.size === 0 ? readJrnlEntryFile(content) : null
  if (jrnl) return withImages(jrnl, relativePath, images)
  const written = fieldText(fields, 'date')
  const entryDate =
    written === undefined ? (dateFromFileName(relativePath) ?? localDateTime(fileMtime)) : parseFrontMatterDate(written)
  if (entryDate === null) {
    return { reason: 'the date in its front matter is not one Mend reads (use YYYY-MM-DD or YYYY-MM-DD HH:MM)' }
  }
  if (/^(true|yes)$/i.test(fieldText(fields, 'trashed') ?? '')) {
    return { reason: 'it was in the trash when it was exported' }
  }
  // `title: ""` (as Mend's own export writes for an untitled entry) means untitled, not unknown.
  const named = fields.has('title') ? (fieldText(fields, 'title') ?? '') : undefined
  let body = trimBlock(content)
  const lines = body.split('\n')
  const heading = H1.exec(lines[0] ?? '')?.[1]?.trim()
  if (heading !== undefined && (named === undefined || named === heading)) body = trimBlock(lines.slice(1).join('\n'))
  const title = named ?? heading ?? fileStem(relativePath).replace(NAME_DATE, '').trim()
  if (body === '' && named === undefined && heading === undefined) return { reason: 'the file has no text' }
  const starred = /^(true|yes|on)$/i.test(fieldText(fields, 'starred', 'favorite', 'favourite') ?? '')
  const outcome = finishEntry({
    importKey: hashImportKey('markdown', [relativePath, entryDate, title, body]),
    title,
    body,
    entryDate,
    tags: frontMatterTags(fields),
    starred,
  })
  return withImages(outcome, relativePath, images)
}

/** The note's images as photo links (the key was made from the text as written, so it stays stable). */
function withImages(outcome: EntryOutcome, relativePath: string, images: ImageIndex | undefined): EntryOutcome {
  if (!images || 'reason' in outcome) return outcome
  const placed = placeMarkdownImages(outcome.entry.body, relativePath, images)
  if (placed.photos.length === 0 && placed.missing.length === 0) return outcome
  const notes = placed.missing.map(
    (name) => `the image ${name} was not found in the folder, so its link was kept as text`,
  )
  const entry = { ...outcome.entry, body: placed.body, ...(placed.photos.length > 0 ? { photos: placed.photos } : {}) }
  return { entry, notes: [...outcome.notes, ...notes] }
}

interface FoundFile {
  relativePath: string
  path: string
}

function errorCode(error: unknown): string {
  return String((error as { code?: unknown } | null)?.code ?? 'unknown error')
}

function byPath(a: FoundFile, b: FoundFile): number {
  return a.relativePath < b.relativePath ? -1 : a.relativePath > b.relativePath ? 1 : 0
}

/**
 * Every Markdown file under `root`, hidden files and folders left out. Links are followed after
 * everything else is found, only to places inside the folder, and each real file or folder is
 * visited once: no loops, and a linked note is not imported a second time under another name.
 */
async function findMarkdownFiles(root: string, skip: (where: string, reason: string) => void): Promise<FoundFile[]> {
  const found: FoundFile[] = []
  const links: FoundFile[] = []
  const visited = new Set<string>([root])
  const walk = async (folder: string, prefix: string): Promise<void> => {
    let children: Dirent[]
    try {
      children = await readdir(folder, { withFileTypes: true })
    } catch (error) {
      skip(`${prefix || '.'}/`, `the folder could not be read (${errorCode(error)})`)
      return
    }
    for (const child of children) {
      const relativePath = prefix ? `${prefix}/${child.name}` : child.name
      const path = join(folder, child.name)
      if (child.name.startsWith('.') || visited.has(path)) continue
      if (child.isSymbolicLink()) {
        links.push({ relativePath, path })
      } else if (child.isDirectory()) {
        visited.add(path)
        await walk(path, relativePath)
      } else if (child.isFile() && MARKDOWN_FILE.test(child.name)) {
        visited.add(path)
        found.push({ relativePath, path })
      }
    }
  }
  await walk(root, '')
  links.sort(byPath)
  // Walking a linked folder can find more links: the list grows while it is read.
  for (let index = 0; index < links.length; index += 1) {
    const link = links[index] as FoundFile
    const named = MARKDOWN_FILE.test(link.relativePath)
    let real: string
    let isFolder: boolean
    try {
      real = await realpath(link.path)
      isFolder = (await stat(real)).isDirectory()
    } catch {
      if (named) skip(link.relativePath, 'the link points to nothing')
      continue
    }
    const fromRoot = relative(root, real)
    if (fromRoot.startsWith('..') || isAbsolute(fromRoot)) {
      if (named || isFolder) skip(link.relativePath, 'the link points outside the folder')
      continue
    }
    if (visited.has(real) || (!isFolder && !named)) continue
    visited.add(real)
    if (isFolder) await walk(real, link.relativePath)
    else found.push({ relativePath: link.relativePath, path: real })
  }
  return found.sort(byPath)
}

async function readMarkdownText(file: FoundFile): Promise<{ text: string; mtime: Date } | { reason: string }> {
  try {
    const info = await stat(file.path)
    if (info.size > MAX_FILE_BYTES) return { reason: 'the file is larger than 5 MB' }
    const text = decodeUtf8(await readFile(file.path))
    return text === null ? { reason: 'the file is not UTF-8 text' } : { text, mtime: info.mtime }
  } catch (error) {
    return { reason: `the file could not be read (${errorCode(error)})` }
  }
}

export async function readMarkdownFolder(directory: string): Promise<ParsedImport> {
  let root: string
  try {
    root = await realpath(directory)
    if (!(await stat(root)).isDirectory()) {
      throw unreadable('This is a file, not a folder: choose the folder that holds your Markdown files.')
    }
  } catch (error) {
    throw fileSystemError(error, 'read the folder', directory)
  }
  const collector = createCollector('markdown')
  const files = await findMarkdownFiles(root, collector.skip)
  const images = await indexImages(root)
  for (const file of files) {
    const read = await readMarkdownText(file)
    const journal = 'reason' in read ? null : readJrnlJournalFile(normalizeNewlines(read.text))
    if (journal) {
      journal.forEach((outcome, index) => {
        collector.add(`${file.relativePath} entry ${index + 1}`, withImages(outcome, file.relativePath, images))
      })
      continue
    }
    const outcome = 'reason' in read ? read : parseMarkdownFile(file.relativePath, read.text, read.mtime, images)
    collector.add(file.relativePath, outcome)
  }
  const result = { ...collector.result(), photoSource: folderPhotoSource(root) }
  if (files.length === 0) {
    throw unreadable('This folder has no Markdown files: Mend expected files ending in .md, here or in its subfolders.')
  }
  if (result.entries.length === 0) {
    throw unreadable(`None of the ${files.length} Markdown files in this folder could be imported.`)
  }
  return result
}
