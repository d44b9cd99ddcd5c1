import type { SnippetPart } from '../../contract/journal.contract'

/**
 * FTS5's snippet() and highlight() mark hits with these two control characters. Entry text never
 * contains them (cleanText removes them on save), so splitting on them is exact, and the renderer
 * gets plain text pieces instead of HTML it would have to trust.
 */
export const HIT_START = '\u0002'
export const HIT_END = '\u0003'

export function toSnippetParts(marked: string): SnippetPart[] {
  const parts: SnippetPart[] = []
  let rest = marked.replace(/\s+/g, ' ')
  while (rest.length > 0) {
    const start = rest.indexOf(HIT_START)
    if (start === -1) {
      parts.push({ text: rest, hit: false })
      break
    }
    if (start > 0) parts.push({ text: rest.slice(0, start), hit: false })
    const end = rest.indexOf(HIT_END, start + 1)
    const stop = end === -1 ? rest.length : end
    parts.push({ text: rest.slice(start + 1, stop), hit: true })
    rest = rest.slice(stop + 1)
  }
  return parts.filter((part) => part.text.length > 0)
}
