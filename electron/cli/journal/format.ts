import type { EntrySummary, SnippetPart } from '../../contract'

/** One line of text: entry text may hold line breaks and tabs, a list line must not. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** `2024-05-01 09:30`: the entry's own wall-clock date, as the writer lived it. */
export function shownDate(entryDate: string): string {
  return entryDate.replace('T', ' ')
}

/** What names an entry in a list: its title, else the opening of its text. */
export function headline(entry: EntrySummary): string {
  return oneLine(entry.title) || oneLine(entry.excerpt) || '(empty entry)'
}

export function shownTags(tags: readonly string[]): string {
  return tags.map((tag) => `#${oneLine(tag)}`).join(' ')
}

/** One line of `mend list`: date, title (or excerpt), tags. */
export function listLine(entry: EntrySummary): string {
  const tags = shownTags(entry.tags)
  return [shownDate(entry.entryDate), headline(entry), ...(tags ? [tags] : [])].join('  ')
}

/** A search snippet as plain text, hits marked like **word** (the app highlights them instead). */
export function markedSnippet(parts: readonly SnippetPart[]): string {
  return oneLine(parts.map((part) => (part.hit ? `**${part.text}**` : part.text)).join(''))
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`
}
