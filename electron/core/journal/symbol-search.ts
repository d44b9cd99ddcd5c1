import type { SearchHit, SnippetPart } from '../../contract/journal.contract'
import type { Db } from '../vault/encrypted-database'
import { ENTRY_COLUMNS, toSummary, type EntryRow } from './entry-rows'

/*
 * What the word index cannot find. Its tokenizer reads letters and digits only, so an emoji or
 * another symbol on its own ("🌱", "❤️") is no word and an index search finds nothing. Such a
 * query is looked for in the text itself, newest entries first: slower than the index (every
 * entry's text is read), so only the newest SCAN_LIMIT entries are searched.
 */

export const SCAN_LIMIT = 20_000
const CONTEXT_CHARS = 80

/** A query of symbols alone (no letter or digit), trimmed; null for anything the index can search. */
export function symbolQuery(query: string): string | null {
  const trimmed = query.trim().normalize('NFC')
  if (trimmed === '' || /[\p{L}\p{N}]/u.test(trimmed)) return null
  return /\p{Extended_Pictographic}|\p{So}|\p{Sk}/u.test(trimmed) ? trimmed : null
}

function around(text: string, needle: string): SnippetPart[] {
  const at = text.indexOf(needle)
  if (at < 0) return [{ text: text.slice(0, CONTEXT_CHARS * 2), hit: false }]
  const start = Math.max(0, at - CONTEXT_CHARS)
  const end = Math.min(text.length, at + needle.length + CONTEXT_CHARS)
  const parts: SnippetPart[] = []
  const before = `${start > 0 ? '…' : ''}${text.slice(start, at)}`.replace(/\s+/g, ' ')
  if (before) parts.push({ text: before, hit: false })
  parts.push({ text: needle, hit: true })
  const after = `${text.slice(at + needle.length, end)}${end < text.length ? '…' : ''}`.replace(/\s+/g, ' ')
  if (after) parts.push({ text: after, hit: false })
  return parts
}

export function createSymbolSearch(db: Db) {
  const matching = db.prepare<{ needle: string; scan: number }, EntryRow & { head: string; body: string }>(
    `SELECT ${ENTRY_COLUMNS}, substr(e.body, 1, 600) AS head, e.body AS body FROM (
       SELECT id FROM entries INDEXED BY entries_by_entry_date WHERE trashed_at IS NULL
       ORDER BY trashed_at, entry_date DESC, id DESC LIMIT :scan) AS newest
     JOIN entries e ON e.id = newest.id
     WHERE instr(e.title, :needle) > 0 OR instr(e.body, :needle) > 0
     ORDER BY e.entry_date DESC, e.id DESC`,
  )
  return (needle: string, limit: number, offset: number): { hits: SearchHit[]; total: number } => {
    const rows = matching.all({ needle, scan: SCAN_LIMIT })
    const hits = rows.slice(offset, offset + limit).map((row) => ({
      entry: toSummary(row),
      titleParts: row.title.includes(needle) ? around(row.title, needle) : [{ text: row.title, hit: false }],
      snippet: around(row.body, needle),
    }))
    return { hits, total: rows.length }
  }
}

/**
 * Tags written the jrnl way in a search (`@work`): they become tag filters, and the rest of the
 * text is searched as words. An `@` inside a word (an e-mail address) is left as it is.
 */
export function takeTagWords(query: string): { query: string; tags: string[] } {
  const tags: string[] = []
  const rest = query.replace(/(^|\s)@([^\s@"]+)/gu, (_match, space: string, tag: string) => {
    tags.push(tag)
    return space
  })
  return { query: tags.length > 0 ? rest.replace(/\s{2,}/g, ' ') : query, tags }
}
