import { MendError } from '../errors'
import { nameKey } from '../journal'
import type { Db } from '../vault/encrypted-database'
import type { MendExport } from './export-format'

/**
 * Writes an export's journal into a new vault's empty journal, as it was: record-keeping times,
 * earlier versions and the trash included. Runs inside the caller's transaction.
 */
export function writeJournalSections(db: Db, data: Pick<MendExport, 'people' | 'entries' | 'templates'>): void {
  const holds = (table: string) => db.prepare(`SELECT 1 FROM "${table}" LIMIT 1`).get() !== undefined
  if (['entries', 'people', 'templates'].some(holds)) {
    throw new MendError(
      'FORBIDDEN',
      'This journal already has entries, people or templates. An export can only be imported into a new journal.',
    )
  }

  const insertPerson = db.prepare<[string, string, string, string, string, string]>(
    'INSERT INTO people (name, name_key, relationship, notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
  )
  const insertEntry = db.prepare<{
    kind: string
    title: string
    body: string
    entryDate: string
    mood: number | null
    starred: number
    createdAt: string
    updatedAt: string
    trashedAt: string | null
  }>(
    `INSERT INTO entries (kind, title, body, entry_date, mood, starred, created_at, updated_at, trashed_at)
     VALUES (:kind, :title, :body, :entryDate, :mood, :starred, :createdAt, :updatedAt, :trashedAt)`,
  )
  const insertTag = db.prepare<[string, string]>(
    'INSERT INTO tags (name, name_key) VALUES (?, ?) ON CONFLICT DO NOTHING',
  )
  const tagId = db.prepare<[string], { id: number }>('SELECT id FROM tags WHERE name_key = ?')
  const linkTag = db.prepare<[number, number]>('INSERT OR IGNORE INTO entry_tags (entry_id, tag_id) VALUES (?, ?)')
  const linkPerson = db.prepare<[number, number]>(
    'INSERT OR IGNORE INTO entry_people (entry_id, person_id) VALUES (?, ?)',
  )
  const insertVersion = db.prepare<[number, string, string, string]>(
    'INSERT INTO entry_versions (entry_id, title, body, saved_at) VALUES (?, ?, ?, ?)',
  )
  const insertTemplate = db.prepare<[string, string, string, string, string, string]>(
    'INSERT INTO templates (name, description, kind, title, body, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  )

  const personIds = new Map<string, number>()
  for (const person of data.people) {
    // The export does not carry when a person was last edited; their creation stands in for it.
    const { lastInsertRowid } = insertPerson.run(
      person.name,
      nameKey(person.name),
      person.relationship,
      person.notes,
      person.createdAt,
      person.createdAt,
    )
    personIds.set(person.ref, Number(lastInsertRowid))
  }

  for (const entry of data.entries) {
    const { lastInsertRowid } = insertEntry.run({
      kind: entry.kind,
      title: entry.title,
      body: entry.body,
      entryDate: entry.entryDate,
      mood: entry.mood,
      starred: entry.starred ? 1 : 0,
      createdAt: entry.createdAt,
      updatedAt: entry.updatedAt,
      trashedAt: entry.trashedAt,
    })
    const entryId = Number(lastInsertRowid)
    for (const tag of entry.tags) {
      // Tags are shared: the first spelling met is kept, as when the person typed them.
      insertTag.run(tag, nameKey(tag))
      linkTag.run(entryId, tagId.get(nameKey(tag))!.id)
    }
    // Refs were checked against the people section when the export was parsed.
    for (const ref of entry.people) linkPerson.run(entryId, personIds.get(ref)!)
    for (const version of entry.versions) insertVersion.run(entryId, version.title, version.body, version.savedAt)
  }

  for (const template of data.templates) {
    insertTemplate.run(
      template.name,
      template.description,
      template.kind,
      template.title,
      template.body,
      template.createdAt,
    )
  }
}
