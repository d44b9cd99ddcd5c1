import type { Entry, EntryKind, EntrySummary } from '../../contract/journal.contract'
import { excerptOf } from './journal-text'

/** Columns every entry query selects, with its tags and people folded in as JSON arrays. */
export const ENTRY_COLUMNS = `
  e.id, e.kind, e.title, e.entry_date, e.mood, e.starred, e.created_at, e.updated_at, e.trashed_at,
  (SELECT json_group_array(t.name) FROM entry_tags et JOIN tags t ON t.id = et.tag_id
    WHERE et.entry_id = e.id) AS tags_json,
  (SELECT json_group_array(ep.person_id) FROM entry_people ep WHERE ep.entry_id = e.id) AS people_json`

export interface EntryRow {
  id: number
  kind: EntryKind
  title: string
  entry_date: string
  mood: number | null
  starred: number
  created_at: string
  updated_at: string
  trashed_at: string | null
  tags_json: string
  people_json: string
}

function sortedTags(json: string): string[] {
  return (JSON.parse(json) as string[]).sort((a, b) => a.localeCompare(b))
}

function sortedIds(json: string): number[] {
  return (JSON.parse(json) as number[]).sort((a, b) => a - b)
}

export function toEntry(row: EntryRow & { body: string }): Entry {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    body: row.body,
    entryDate: row.entry_date,
    mood: row.mood,
    starred: row.starred === 1,
    tags: sortedTags(row.tags_json),
    personIds: sortedIds(row.people_json),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    trashedAt: row.trashed_at,
  }
}

/** `head` is the first few hundred characters of the body: enough for an excerpt, never the whole. */
export function toSummary(row: EntryRow & { head: string }): EntrySummary {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    excerpt: excerptOf(row.head),
    entryDate: row.entry_date,
    mood: row.mood,
    starred: row.starred === 1,
    tags: sortedTags(row.tags_json),
    personIds: sortedIds(row.people_json),
    trashedAt: row.trashed_at,
  }
}
