import { createPhotoStore } from '../photos/photo-store'
import type { Clock } from '../ports'
import type { Db } from '../vault/encrypted-database'
import { createEntryStore } from './entry-store'
import { createImportStore } from './import-store'
import { createPeople } from './people'
import { createSearch } from './search'
import { createTemplates } from './templates'
import { createTimeline } from './timeline'
import { createTrash } from './trash'

function buildJournal(db: Db, clock: Clock) {
  const entries = createEntryStore(db, clock)
  return {
    entries,
    history: entries.history,
    timeline: createTimeline(db),
    search: createSearch(db).search,
    trash: createTrash(db, clock, entries),
    people: createPeople(db, clock),
    templates: createTemplates(db, clock),
    imports: createImportStore(db, clock),
    photos: createPhotoStore(db, clock),
  }
}

export type Journal = ReturnType<typeof buildJournal>

/** Prepared statements belong to one connection, so the journal is built once per open database. */
const journals = new WeakMap<Db, Journal>()

export function journalOf(db: Db, clock: Clock): Journal {
  let journal = journals.get(db)
  if (!journal) {
    journal = buildJournal(db, clock)
    journals.set(db, journal)
  }
  return journal
}
