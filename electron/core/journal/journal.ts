import { createPhotoStore } from '../photos/photo-store'
import { zoneResolver, type Clock, type TimeZoneSource } from '../ports'
import type { Db } from '../vault/encrypted-database'
import { createEntryStore } from './entry-store'
import { createImportStore } from './import-store'
import { createPeople } from './people'
import { createSearch } from './search'
import { createTemplates } from './templates'
import { createTimeline } from './timeline'
import { createTrash } from './trash'

function buildJournal(db: Db, clock: Clock, zone: () => string) {
  const entries = createEntryStore(db, clock, zone)
  let photos: ReturnType<typeof createPhotoStore> | null = null
  return {
    entries,
    history: entries.history,
    timeline: createTimeline(db, zone),
    search: createSearch(db).search,
    trash: createTrash(db, clock, entries),
    people: createPeople(db, clock),
    templates: createTemplates(db, clock),
    imports: createImportStore(db, clock),
    /**
     * Prepared on first use: the photos table exists from schema 9, and tools that read a journal
     * of an earlier schema (a migration's own tests, the bench) never ask for photos.
     */
    get photos() {
      photos ??= createPhotoStore(db, clock)
      return photos
    },
  }
}

export type Journal = ReturnType<typeof buildJournal>

/** Prepared statements belong to one connection, so the journal is built once per open database. */
const journals = new WeakMap<Db, { journal: Journal; zone: { source: () => string } }>()

/**
 * The journal of an open database. Its "now" (a new entry's date, "on this day") is in the zone
 * asked at the moment of use: the caller's, or this machine's when none is given (see plansOf).
 */
export function journalOf(db: Db, clock: Clock, timeZone?: TimeZoneSource): Journal {
  let entry = journals.get(db)
  if (!entry) {
    const zone = { source: zoneResolver(timeZone) }
    entry = { journal: buildJournal(db, clock, () => zone.source()), zone }
    journals.set(db, entry)
  } else if (timeZone !== undefined) entry.zone.source = zoneResolver(timeZone)
  return entry.journal
}
