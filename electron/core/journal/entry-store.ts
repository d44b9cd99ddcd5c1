import type { Entry, EntryDraft } from '../../contract/journal.contract'
import { MendError, fileSystemError } from '../errors'
import type { Clock } from '../ports'
import type { Db } from '../vault/encrypted-database'
import { createEntryLinks } from './entry-links'
import { ENTRY_COLUMNS, toEntry, type EntryRow } from './entry-rows'
import { createEntryHistory } from './entry-history'
import { cleanText, isoNow, localDateTime } from './journal-text'

type EntryPatch = EntryDraft & { id: number }

/** Creating, reading and changing single entries (the editor's autosave lands here). */
export function createEntryStore(db: Db, clock: Clock, zone: () => string) {
  const links = createEntryLinks(db)
  const history = createEntryHistory(db, clock)
  const selectEntry = db.prepare<[number], EntryRow & { body: string }>(
    `SELECT ${ENTRY_COLUMNS}, e.body FROM entries e WHERE e.id = ?`,
  )
  const insertEntry = db.prepare<{
    kind: string
    title: string
    body: string
    entryDate: string
    mood: number | null
    starred: number
    now: string
  }>(
    `INSERT INTO entries (kind, title, body, entry_date, mood, starred, created_at, updated_at)
     VALUES (:kind, :title, :body, :entryDate, :mood, :starred, :now, :now)`,
  )
  const updateEntry = db.prepare<{
    id: number
    kind: string
    title: string
    body: string
    entryDate: string
    mood: number | null
    starred: number
    now: string
  }>(
    `UPDATE entries SET kind = :kind, title = :title, body = :body, entry_date = :entryDate, mood = :mood,
       starred = :starred, updated_at = :now WHERE id = :id`,
  )

  function get(id: number): Entry {
    const row = selectEntry.get(id)
    if (!row) throw new MendError('NOT_FOUND', 'That entry no longer exists.')
    return toEntry(row)
  }

  /** Every write is one transaction, committed with synchronous=FULL before the caller hears "saved". */
  function write<T>(action: string, work: () => T): T {
    try {
      return db.transaction(work)()
    } catch (error) {
      throw fileSystemError(error, action, db.name)
    }
  }

  function create(draft: EntryDraft): Entry {
    return write('save the entry', () => {
      const now = clock.now()
      const { lastInsertRowid } = insertEntry.run({
        kind: draft.kind ?? 'journal',
        title: cleanText(draft.title ?? ''),
        body: cleanText(draft.body ?? ''),
        entryDate: draft.entryDate ?? localDateTime(now, zone()),
        mood: draft.mood ?? null,
        starred: draft.starred ? 1 : 0,
        now: isoNow(now),
      })
      const id = Number(lastInsertRowid)
      if (draft.tags?.length) links.setTags(id, draft.tags)
      if (draft.personIds?.length) links.setPeople(id, draft.personIds)
      return get(id)
    })
  }

  /** Only the fields present change. The text before a burst of editing is kept in the history. */
  function update(patch: EntryPatch): Entry {
    return write('save the entry', () => {
      const current = get(patch.id)
      const now = clock.now()
      const title = patch.title === undefined ? current.title : cleanText(patch.title)
      const body = patch.body === undefined ? current.body : cleanText(patch.body)
      if (title !== current.title || body !== current.body) history.keepBeforeEdit(current)
      updateEntry.run({
        id: current.id,
        kind: patch.kind ?? current.kind,
        title,
        body,
        entryDate: patch.entryDate ?? current.entryDate,
        mood: patch.mood === undefined ? current.mood : patch.mood,
        starred: (patch.starred ?? current.starred) ? 1 : 0,
        now: isoNow(now),
      })
      if (patch.tags) links.setTags(current.id, patch.tags)
      if (patch.personIds) links.setPeople(current.id, patch.personIds)
      return get(current.id)
    })
  }

  /** Puts an earlier version back; the text it replaces becomes a version itself. */
  function restoreVersion(versionId: number): Entry {
    return write('restore the version', () => {
      const version = history.get(versionId)
      const current = get(version.entryId)
      history.keep(current)
      updateEntry.run({
        id: current.id,
        kind: current.kind,
        title: version.title,
        body: version.body,
        entryDate: current.entryDate,
        mood: current.mood,
        starred: current.starred ? 1 : 0,
        now: isoNow(clock.now()),
      })
      return get(current.id)
    })
  }

  return { get, create, update, restoreVersion, history, write }
}

export type EntryStore = ReturnType<typeof createEntryStore>
