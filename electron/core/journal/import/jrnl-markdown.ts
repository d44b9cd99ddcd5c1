import { finishEntry, jrnlImportKey, trimBlock, type EntryOutcome } from './import-helpers'
import { COMMON_JRNL_FORMATS } from './jrnl-date-format'
import { jrnlTagsIn } from './jrnl-text'
import { compileTimeFormat } from './time-format'

/*
 * jrnl's Markdown export (jrnl/plugins/markdown_exporter.py). To a folder, one file per entry,
 * `YYYY-MM-DD_slug.md`, starting `# <timestamp> <title>`; to one file, `# <year>`, `## <month>`
 * and `### <timestamp> <title>` per entry. Either way jrnl pushes the body's own headings down
 * (one level in a file per entry, three in one file); reading them back lifts them up again.
 */

const formats = COMMON_JRNL_FORMATS.map(compileTimeFormat)

/** A heading that starts with a jrnl timestamp: its date and the title after it; null otherwise. */
export function readJrnlHeading(heading: string): { entryDate: string; title: string } | null {
  const words = heading.trim().split(/\s+/)
  for (let count = Math.min(7, words.length); count >= 1; count -= 1) {
    const stamp = words.slice(0, count).join(' ')
    for (const format of formats) {
      const reading = format.read(stamp)
      if (reading !== null && reading !== 'impossible') {
        return { entryDate: reading, title: words.slice(count).join(' ') }
      }
    }
  }
  return null
}

/** Undoes the exporter's push-down of the body's headings. */
function liftHeadings(body: string, levels: number): string {
  const pushed = new RegExp(`^#{${levels}}(#+ )`, 'gm')
  return body.replace(pushed, '$1')
}

function jrnlEntry(entryDate: string, title: string, body: string): EntryOutcome {
  const clean = trimBlock(body)
  return finishEntry({
    importKey: jrnlImportKey(entryDate, title, clean),
    title,
    body: clean,
    entryDate,
    tags: jrnlTagsIn(`${title}\n${clean}`),
    starred: false,
  })
}

/** A file of jrnl's per-entry export (`# <timestamp> <title>` first); null when it is not one. */
export function readJrnlEntryFile(text: string): EntryOutcome | null {
  const lines = trimBlock(text).split('\n')
  const heading = /^# (.+)$/.exec(lines[0] ?? '')?.[1]
  const read = heading ? readJrnlHeading(heading) : null
  if (!read) return null
  return jrnlEntry(read.entryDate, read.title, liftHeadings(lines.slice(1).join('\n'), 1))
}

/** A single-file jrnl export (`# 2024`, `## March`, `### <timestamp> <title>`); null when it is not one. */
export function readJrnlJournalFile(text: string): EntryOutcome[] | null {
  const lines = text.split('\n')
  const first = lines.find((line) => line.trim() !== '')
  if (!first || !/^# \d{4}\s*$/.test(first)) return null
  const outcomes: EntryOutcome[] = []
  let current: { entryDate: string; title: string; body: string[] } | null = null
  const flush = () => {
    if (current) outcomes.push(jrnlEntry(current.entryDate, current.title, liftHeadings(current.body.join('\n'), 3)))
  }
  for (const line of lines) {
    const entryHeading = /^### (.+)$/.exec(line)?.[1]
    const read = entryHeading ? readJrnlHeading(entryHeading) : null
    if (read) {
      flush()
      current = { ...read, body: [] }
    } else if (/^# \d{4}\s*$/.test(line) || /^## [A-Z][a-z]+\s*$/.test(line)) {
      continue // the year and month headings jrnl adds between entries
    } else {
      current?.body.push(line)
    }
  }
  flush()
  return outcomes.length > 0 ? outcomes : null
}
