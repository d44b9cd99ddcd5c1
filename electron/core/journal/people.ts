import type { Person, PersonDraft } from '../../contract/people.contract'
import { MendError, fileSystemError } from '../errors'
import type { Clock } from '../ports'
import type { Db } from '../vault/encrypted-database'
import { cleanText, isoNow, nameKey } from './journal-text'

interface PersonRow {
  id: number
  name: string
  relationship: string
  notes: string
  created_at: string
  entry_count: number
}

const PERSON_COLUMNS = `p.id, p.name, p.relationship, p.notes, p.created_at,
  (SELECT count(*) FROM entry_people ep JOIN entries e INDEXED BY entries_by_id_for_filters ON e.id = ep.entry_id
    WHERE ep.person_id = p.id AND e.trashed_at IS NULL) AS entry_count`

function toPerson(row: PersonRow): Person {
  return {
    id: row.id,
    name: row.name,
    relationship: row.relationship,
    notes: row.notes,
    entryCount: row.entry_count,
    createdAt: row.created_at,
  }
}

/** The people whose trust is at stake. Names are unique regardless of case (see nameKey), so "Sam" is one person. */
export function createPeople(db: Db, clock: Clock) {
  // The whole list counts links once for everyone, not with a lookup per link and person: at
  // 100,000 entries the per-person count took 200 ms, every time the journal screen opened.
  const all = db.prepare<[], Omit<PersonRow, 'entry_count'>>(
    'SELECT p.id, p.name, p.relationship, p.notes, p.created_at FROM people p ORDER BY p.name_key',
  )
  const linkCounts = db.prepare<[], { id: number; n: number }>(
    'SELECT person_id AS id, count(*) AS n FROM entry_people GROUP BY person_id',
  )
  // The trash is small: its links are subtracted rather than every link checked against it.
  const trashedLinkCounts = db.prepare<[], { id: number; n: number }>(
    `SELECT ep.person_id AS id, count(*) AS n FROM entries e INDEXED BY entries_by_entry_date
     JOIN entry_people ep ON ep.entry_id = e.id WHERE e.trashed_at IS NOT NULL GROUP BY ep.person_id`,
  )

  function list(): Person[] {
    const counts = new Map(linkCounts.all().map(({ id, n }) => [id, n]))
    for (const { id, n } of trashedLinkCounts.all()) counts.set(id, (counts.get(id) ?? 0) - n)
    return all.all().map((row) => toPerson({ ...row, entry_count: counts.get(row.id) ?? 0 }))
  }
  const one = db.prepare<[number], PersonRow>(`SELECT ${PERSON_COLUMNS} FROM people p WHERE p.id = ?`)
  const byName = db.prepare<[string], PersonRow>(`SELECT ${PERSON_COLUMNS} FROM people p WHERE p.name_key = ?`)
  const insert = db.prepare<[string, string, string, string, string, string]>(
    `INSERT INTO people (name, name_key, relationship, notes, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  )
  const update = db.prepare<[string, string, string, string, string, number]>(
    'UPDATE people SET name = ?, name_key = ?, relationship = ?, notes = ?, updated_at = ? WHERE id = ?',
  )
  const remove = db.prepare<[number]>('DELETE FROM people WHERE id = ?')
  const planCount = db.prepare<[number], { n: number }>('SELECT count(*) AS n FROM plans WHERE person_id = ?')
  const assessmentCount = db.prepare<[number], { n: number }>(
    'SELECT count(*) AS n FROM assessments WHERE person_id = ?',
  )

  function get(id: number): Person {
    const row = one.get(id)
    if (!row) throw new MendError('NOT_FOUND', 'That person is no longer in your journal.')
    return toPerson(row)
  }

  function findByName(name: string): Person | null {
    const row = byName.get(nameKey(name))
    return row ? toPerson(row) : null
  }

  function requireFreeName(name: string, ownId?: number): void {
    const existing = byName.get(nameKey(name))
    if (existing && existing.id !== ownId) {
      throw new MendError('INVALID_INPUT', `${name} is already in your journal.`, { field: 'name' })
    }
  }

  function write<T>(work: () => T): T {
    try {
      return db.transaction(work)()
    } catch (error) {
      throw fileSystemError(error, 'save the person', db.name)
    }
  }

  function create(draft: PersonDraft): Person {
    return write(() => {
      const name = cleanText(draft.name).trim()
      requireFreeName(name)
      const now = isoNow(clock.now())
      const { lastInsertRowid } = insert.run(
        name,
        nameKey(name),
        cleanText(draft.relationship ?? '').trim(),
        cleanText(draft.notes ?? ''),
        now,
        now,
      )
      return get(Number(lastInsertRowid))
    })
  }

  function change(patch: Partial<PersonDraft> & { id: number }): Person {
    return write(() => {
      const current = get(patch.id)
      const name = patch.name === undefined ? current.name : cleanText(patch.name).trim()
      requireFreeName(name, current.id)
      update.run(
        name,
        nameKey(name),
        patch.relationship === undefined ? current.relationship : cleanText(patch.relationship).trim(),
        patch.notes === undefined ? current.notes : cleanText(patch.notes),
        isoNow(clock.now()),
        current.id,
      )
      return get(current.id)
    })
  }

  /**
   * Entries that mention the person stay; only the link goes (ON DELETE CASCADE on the link table).
   * A person with repair plans or trust assessments stays: either would lose whom it is about.
   */
  function deletePerson(id: number): void {
    write(() => {
      const person = get(id)
      const plans = planCount.get(id)?.n ?? 0
      const assessments = assessmentCount.get(id)?.n ?? 0
      const held = [
        plans === 0 ? '' : plans === 1 ? 'a repair plan' : `${plans} repair plans`,
        assessments === 0 ? '' : assessments === 1 ? 'a trust assessment' : `${assessments} trust assessments`,
      ].filter(Boolean)
      if (held.length > 0) {
        const one = plans + assessments === 1
        throw new MendError(
          'INVALID_INPUT',
          `${person.name} has ${held.join(' and ')}. Delete ${one ? 'it' : 'them'} first to remove ${person.name}.`,
          { field: 'id' },
        )
      }
      remove.run(id)
    })
  }

  return { list, get, findByName, create, update: change, delete: deletePerson }
}
