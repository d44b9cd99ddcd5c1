import type { Db } from '../encrypted-database'
import type { Migration } from './migration'

/**
 * Names and tags compared by full case folding (issue 23). Until now their keys were lower case,
 * so "Weiß" and "WEISS", or "Straße" and "STRASSE", were two people or two tags. Every key is
 * folded again; where two became one, the oldest (lowest id) keeps its name and the others' links
 * move to it: entries, plans and assessments for people, entries for tags. A merged person's
 * relationship is kept if the oldest had none, and their notes are added below the oldest's.
 *
 * The fold is written out here, not imported: a released step must do the same thing forever,
 * whatever later code calls its keys (journal-text.ts nameKey does the same today).
 */
function foldedKey(name: string): string {
  return name.normalize('NFC').trim().toLowerCase().toUpperCase().toLowerCase().replaceAll('ς', 'σ').normalize('NFC')
}

interface NamedRow {
  id: number
  name: string
}

/** Rows grouped by their new key, oldest first; only groups that need work (merge or new key). */
function groupsOf(
  rows: readonly (NamedRow & { name_key: string })[],
): Map<string, (NamedRow & { name_key: string })[]> {
  const groups = new Map<string, (NamedRow & { name_key: string })[]>()
  for (const row of [...rows].sort((a, b) => a.id - b.id)) {
    const key = foldedKey(row.name)
    groups.set(key, [...(groups.get(key) ?? []), row])
  }
  return groups
}

function mergePeople(db: Db): void {
  const rows = db
    .prepare<[], NamedRow & { name_key: string; relationship: string; notes: string }>(
      'SELECT id, name, name_key, relationship, notes FROM people',
    )
    .all()
  const byId = new Map(rows.map((row) => [row.id, row]))
  const moveEntries = db.prepare<[number, number]>(
    'INSERT OR IGNORE INTO entry_people (entry_id, person_id) SELECT entry_id, ? FROM entry_people WHERE person_id = ?',
  )
  const movePlans = db.prepare<[number, number]>('UPDATE plans SET person_id = ? WHERE person_id = ?')
  const moveAssessments = db.prepare<[number, number]>('UPDATE assessments SET person_id = ? WHERE person_id = ?')
  const remove = db.prepare<[number]>('DELETE FROM people WHERE id = ?')
  const keep = db.prepare<[string, string, string, number]>(
    'UPDATE people SET name_key = ?, relationship = ?, notes = ? WHERE id = ?',
  )
  for (const [key, group] of groupsOf(rows)) {
    const [first, ...others] = group
    if (!first) continue
    const kept = byId.get(first.id)!
    let relationship = kept.relationship
    const notes = [kept.notes]
    for (const other of others) {
      const row = byId.get(other.id)!
      moveEntries.run(first.id, other.id)
      movePlans.run(first.id, other.id)
      moveAssessments.run(first.id, other.id)
      remove.run(other.id)
      if (!relationship.trim()) relationship = row.relationship
      if (row.notes.trim() && !notes.includes(row.notes)) notes.push(row.notes)
    }
    keep.run(key, relationship, notes.filter((note) => note.trim()).join('\n\n'), first.id)
  }
}

function mergeTags(db: Db): void {
  const rows = db.prepare<[], NamedRow & { name_key: string }>('SELECT id, name, name_key FROM tags').all()
  const moveEntries = db.prepare<[number, number]>(
    'INSERT OR IGNORE INTO entry_tags (entry_id, tag_id) SELECT entry_id, ? FROM entry_tags WHERE tag_id = ?',
  )
  const remove = db.prepare<[number]>('DELETE FROM tags WHERE id = ?')
  const keep = db.prepare<[string, number]>('UPDATE tags SET name_key = ? WHERE id = ?')
  for (const [key, group] of groupsOf(rows)) {
    const [first, ...others] = group
    if (!first) continue
    for (const other of others) {
      moveEntries.run(first.id, other.id)
      remove.run(other.id)
    }
    keep.run(key, first.id)
  }
}

export const caseFoldedNames: Migration = {
  version: 7,
  name: 'case-folded-names',
  up(db) {
    // Merged rows are deleted before any key changes, so the unique key indexes never see two
    // rows with the same key; links move first, so no delete cascades into an entry's links.
    mergePeople(db)
    mergeTags(db)
  },
}
