import { journalOf, type TimeZoneSource, type Vault } from '../../core'
import type { Handlers } from '../router'

type JournalProcedure = Extract<keyof Handlers, `journal.${string}`>

/** Entries, the timeline, search, trash and history, on the open vault. */
export function journalHandlers(vault: Vault, timeZone?: TimeZoneSource): Pick<Handlers, JournalProcedure> {
  const journal = () => journalOf(vault.database(), vault.clock, timeZone)
  return {
    'journal.createEntry': (draft) => journal().entries.create(draft),
    'journal.getEntry': ({ id }) => journal().entries.get(id),
    'journal.updateEntry': (patch) => journal().entries.update(patch),
    'journal.getTimelineOutline': () => journal().timeline.outline(),
    'journal.listEntries': ({ offset, limit }) => journal().timeline.list(offset, limit),
    'journal.onThisDay': () => journal().timeline.onThisDay(vault.clock.now()),
    'journal.search': (request) => journal().search(request),
    'journal.listTags': () => journal().timeline.tags(),
    'journal.trashEntry': ({ id }) => journal().trash.move(id),
    'journal.restoreEntry': ({ id }) => journal().trash.restore(id),
    'journal.listTrash': () => journal().trash.list(),
    'journal.deleteEntryForever': ({ id }) => {
      journal().trash.deleteForever(id)
      return {}
    },
    'journal.emptyTrash': () => ({ deleted: journal().trash.empty() }),
    'journal.listVersions': ({ entryId }) => {
      journal().entries.get(entryId)
      return journal().history.versions(entryId)
    },
    'journal.getVersion': ({ id }) => journal().history.get(id),
    'journal.restoreVersion': ({ id }) => journal().entries.restoreVersion(id),
  }
}
