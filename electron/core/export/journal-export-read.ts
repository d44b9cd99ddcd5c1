import type { EntryKind } from '../../contract/journal-values'
import type { Db } from '../vault/encrypted-database'
import type { ExportedEntry, ExportedPerson, ExportedTemplate, ExportedVersion } from './export-format'
import { PHOTOS_FOLDER, readEntryPhotos } from './export-photos'

/**
 * Reads the journal's tables for an export. Every list has a fixed order (people and templates
 * in the order they were made, entries by date, versions oldest first, tags by code point), so
 * the same journal always gives the same export, and an imported export exports the same again.
 */

interface PersonRow {
  id: number
  name: string
  relationship: string
  notes: string
  created_at: string
}

interface EntryRow {
  id: number
  kind: EntryKind
  title: string
  body: string
  entry_date: string
  mood: number | null
  starred: number
  created_at: string
  updated_at: string
  trashed_at: string | null
}

interface VersionRow {
  entry_id: number
  title: string
  body: string
  saved_at: string
}

interface TemplateRow {
  name: string
  description: string
  kind: EntryKind
  title: string
  body: string
  created_at: string
}

/** Code point order: unlike localeCompare, the same on every computer. */
function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function groupBy<Row extends { entry_id: number }, Value>(
  rows: Row[],
  value: (row: Row) => Value,
): Map<number, Value[]> {
  const groups = new Map<number, Value[]>()
  for (const row of rows) {
    const group = groups.get(row.entry_id)
    if (group) group.push(value(row))
    else groups.set(row.entry_id, [value(row)])
  }
  return groups
}

export function readJournalSections(db: Db): {
  people: ExportedPerson[]
  entries: ExportedEntry[]
  templates: ExportedTemplate[]
} {
  const personRows = db
    .prepare<[], PersonRow>('SELECT id, name, relationship, notes, created_at FROM people ORDER BY id')
    .all()
  const refOf = new Map(personRows.map((row, index) => [row.id, { ref: `person-${index + 1}`, order: index }]))
  const people = personRows.map((row) => ({
    ref: refOf.get(row.id)!.ref,
    name: row.name,
    relationship: row.relationship,
    notes: row.notes,
    createdAt: row.created_at,
  }))

  const tags = groupBy(
    db
      .prepare<[], { entry_id: number; name: string }>(
        'SELECT et.entry_id, t.name FROM entry_tags et JOIN tags t ON t.id = et.tag_id',
      )
      .all(),
    (row) => row.name,
  )
  const links = groupBy(
    db.prepare<[], { entry_id: number; person_id: number }>('SELECT entry_id, person_id FROM entry_people').all(),
    (row) => refOf.get(row.person_id)!,
  )
  const versions = groupBy<VersionRow, ExportedVersion>(
    db
      .prepare<[], VersionRow>('SELECT entry_id, title, body, saved_at FROM entry_versions ORDER BY entry_id, id')
      .all(),
    (row) => ({ title: row.title, body: row.body, savedAt: row.saved_at }),
  )
  const photos = readEntryPhotos(db, PHOTOS_FOLDER)
  const entries = db
    .prepare<[], EntryRow>(
      `SELECT id, kind, title, body, entry_date, mood, starred, created_at, updated_at, trashed_at
       FROM entries ORDER BY entry_date, id`,
    )
    .all()
    .map((row) => ({
      kind: row.kind,
      title: row.title,
      body: row.body,
      entryDate: row.entry_date,
      mood: row.mood,
      starred: row.starred === 1,
      tags: (tags.get(row.id) ?? []).sort(byCodePoint),
      people: (links.get(row.id) ?? []).sort((a, b) => a.order - b.order).map((person) => person.ref),
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      trashedAt: row.trashed_at,
      versions: versions.get(row.id) ?? [],
      ...(photos.has(row.id) ? { photos: photos.get(row.id) } : {}),
    }))

  const templates = db
    .prepare<[], TemplateRow>('SELECT name, description, kind, title, body, created_at FROM templates ORDER BY id')
    .all()
    .map((row) => ({
      name: row.name,
      description: row.description,
      kind: row.kind,
      title: row.title,
      body: row.body,
      createdAt: row.created_at,
    }))

  return { people, entries, templates }
}
