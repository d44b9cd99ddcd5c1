import type { ExportedEntry } from './export-format'

/*
 * The text of the Markdown export's files. Each entry file starts with front matter that Mend's
 * own Markdown importer (journal/import/markdown-folder.ts) reads back: it takes `title`, `date`,
 * `tags` and `starred`, with a small reader of plain and quoted scalars that knows no escapes.
 */

/** Words and shapes a YAML reader would take for something other than text. */
const YAML_SPECIAL = /^(?:true|false|yes|no|on|off|y|n|null|~|[-+.\d][\d._eE+-]*)$/i

/**
 * A one-line text as a YAML scalar: plain when that reads back the same, else quoted. Quoted
 * values hold no escapes (Mend's reader does not undo them): double quotes unless the text holds
 * a double quote or a backslash, then single quotes; text with both kinds of quote is put in
 * double quotes as it is, which Mend reads back and stricter YAML readers may not.
 */
export function yamlValue(text: string): string {
  const plain =
    text !== '' &&
    text === text.trim() &&
    !/^[-?:,[\]{}#&*!|>'"%@`]/.test(text) &&
    !/:(?:\s|$)|\s#/.test(text) &&
    !YAML_SPECIAL.test(text)
  if (plain) return text
  if (!text.includes('"') && !text.includes('\\')) return `"${text}"`
  if (!text.includes("'")) return `'${text}'`
  return `"${text}"`
}

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ')
}

function yamlList(key: string, items: readonly string[]): string[] {
  if (items.length === 0) return [`${key}: []`]
  return [`${key}:`, ...items.map((item) => `  - ${yamlValue(oneLine(item))}`)]
}

/** The importer's reading of a `# heading` first line. */
const H1 = /^#[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$/

/**
 * `# Title` for readers of the file. Written only when the importer reads it back as the same
 * title (and then drops it from the body, so a body that itself opens with a heading keeps it).
 */
function headingFor(title: string): string | null {
  if (title === '' || /[\r\n]/.test(title)) return null
  const line = `# ${title}`
  return H1.exec(line)?.[1]?.trim() === title ? line : null
}

/** `2026-11-24T09:30` as `2026-11-24 09:30`. */
export function readableDate(entryDate: string): string {
  return entryDate.replace('T', ' ')
}

export function entryMarkdown(entry: ExportedEntry, peopleNames: readonly string[]): string {
  const lines = [
    '---',
    `title: ${yamlValue(oneLine(entry.title))}`,
    `date: ${readableDate(entry.entryDate)}`,
    `kind: ${entry.kind}`,
    `mood: ${entry.mood ?? 'null'}`,
    `starred: ${entry.starred}`,
    `trashed: ${entry.trashedAt !== null}`,
    ...yamlList('tags', entry.tags),
    ...yamlList('people', peopleNames),
    '---',
    '',
  ]
  const heading = headingFor(entry.title)
  if (heading) lines.push(heading, '')
  if (entry.body !== '') lines.push(entry.body.endsWith('\n') ? entry.body.slice(0, -1) : entry.body)
  return `${lines.join('\n')}\n`
}

/** Letters that do not split into an ASCII letter and an accent. */
const SPELLED_OUT: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', ł: 'l', þ: 'th' }

/** ASCII letters and digits of the title, lower case, joined by hyphens; at most 60 characters. */
export function slugOf(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[ßæœøđðłþ]/g, (letter) => SPELLED_OUT[letter] ?? '-')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, 60)
    .replace(/-+$/, '')
  if (slug) return slug
  return title.trim() === '' ? 'untitled' : 'entry'
}

/**
 * `YYYY-MM-DD-HHMM-<slug>.md`, unique among `used` (lower case, so also on a file system that
 * ignores case): a second entry with the same date and title gets `-2`, then `-3`...
 */
export function entryFileName(entry: ExportedEntry, used: Set<string>): string {
  const date = entry.entryDate
  const stem = `${date.slice(0, 10)}-${date.slice(11, 13)}${date.slice(14, 16)}-${slugOf(entry.title)}`
  let name = `${stem}.md`
  for (let n = 2; used.has(name.toLowerCase()); n += 1) name = `${stem}-${n}.md`
  used.add(name.toLowerCase())
  return name
}

/** Link text that stays one link whatever the title holds. */
export function linkText(title: string): string {
  const text = oneLine(title).trim()
  return text === '' ? 'Untitled' : text.replace(/[\\[\]]/g, (char) => `\\${char}`)
}
