import { MendError } from '../errors'
import type { Db } from '../vault/encrypted-database'
import { nameKey, normalizeTags } from './journal-text'

/** Tags and people linked to entries. Runs inside the caller's transaction. */
export function createEntryLinks(db: Db) {
  const insertTag = db.prepare<[string, string]>(
    'INSERT INTO tags (name, name_key) VALUES (?, ?) ON CONFLICT DO NOTHING',
  )
  const tagId = db.prepare<[string], { id: number }>('SELECT id FROM tags WHERE name_key = ?')
  const clearTags = db.prepare<[number]>('DELETE FROM entry_tags WHERE entry_id = ?')
  const linkTag = db.prepare<[number, number]>('INSERT OR IGNORE INTO entry_tags (entry_id, tag_id) VALUES (?, ?)')
  const dropUnusedTags = db.prepare(
    'DELETE FROM tags WHERE NOT EXISTS (SELECT 1 FROM entry_tags WHERE tag_id = tags.id)',
  )
  const personExists = db.prepare<[number], { id: number }>('SELECT id FROM people WHERE id = ?')
  const clearPeople = db.prepare<[number]>('DELETE FROM entry_people WHERE entry_id = ?')
  const linkPerson = db.prepare<[number, number]>(
    'INSERT OR IGNORE INTO entry_people (entry_id, person_id) VALUES (?, ?)',
  )

  function setTags(entryId: number, tags: readonly string[], { tidy = true } = {}): void {
    clearTags.run(entryId)
    for (const tag of normalizeTags(tags)) {
      insertTag.run(tag, nameKey(tag))
      linkTag.run(entryId, tagId.get(nameKey(tag))!.id)
    }
    // A tag no entry uses any more disappears from the tag list.
    if (tidy) dropUnusedTags.run()
  }

  function setPeople(entryId: number, personIds: readonly number[]): void {
    for (const id of personIds) {
      if (!personExists.get(id)) {
        throw new MendError('NOT_FOUND', 'One of the chosen people no longer exists.', { field: 'personIds' })
      }
    }
    clearPeople.run(entryId)
    for (const id of new Set(personIds)) linkPerson.run(entryId, id)
  }

  return { setTags, setPeople, dropUnusedTags: () => void dropUnusedTags.run() }
}
