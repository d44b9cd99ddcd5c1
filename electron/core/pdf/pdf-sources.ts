import type { Entry } from '../../contract/journal.contract'
import type { JournalPdfFilter } from '../../contract/pdf-values'
import { MendError } from '../errors'
import { journalOf } from '../journal/journal'
import type { Clock, TimeZoneSource } from '../ports'
import { plansOf } from '../repair/plans'
import type { Db } from '../vault/encrypted-database'
import type { JournalPdfSource } from './journal-document'
import { longDay } from './pdf-format'
import type { PlanPdfSource } from './plan-sections'

/**
 * What a PDF prints, read from the open journal in one go before any page is laid out: the
 * layout yields to the event loop (for progress), and the vault may lock meanwhile.
 */

/** More entries than this make a PDF nobody will print; the person is asked to narrow it. */
export const MAX_PDF_ENTRIES = 5_000

function peopleNames(db: Db, clock: Clock): Map<number, string> {
  return new Map(
    journalOf(db, clock)
      .people.list()
      .map((person) => [person.id, person.name]),
  )
}

export function planPdfSource(
  db: Db,
  clock: Clock,
  timeZone: TimeZoneSource,
  planId: number,
  withEntries: boolean,
): PlanPdfSource {
  const plans = plansOf(db, clock, timeZone)
  const overview = plans.overview(planId)
  const journal = journalOf(db, clock)
  const checkIns = overview.commitments.flatMap((commitment) =>
    plans.commitments.checkIns(commitment.id).map((checkIn) => ({ ...checkIn, behaviour: commitment.behaviour })),
  )
  const entries = withEntries ? overview.entries.map((summary) => journal.entries.get(summary.id)).reverse() : []
  return { overview, checkIns, entries, people: peopleNames(db, clock) }
}

function searchFilters(filter: JournalPdfFilter) {
  return {
    ...(filter.from ? { from: filter.from } : {}),
    ...(filter.to ? { to: filter.to } : {}),
    ...(filter.tags?.length ? { tags: filter.tags } : {}),
    ...(filter.personIds?.length ? { personIds: filter.personIds } : {}),
  }
}

/**
 * How many entries the filter picks: NOT_FOUND when none do (no empty PDF is offered), and
 * INVALID_INPUT past MAX_PDF_ENTRIES. Cheap: it reads one page of summaries.
 */
export function countJournalPdfEntries(db: Db, clock: Clock, filter: JournalPdfFilter): number {
  const { total } = journalOf(db, clock).search({ query: '', filters: searchFilters(filter), limit: 1 })
  if (total === 0) throw new MendError('NOT_FOUND', 'No entries match these choices, so there is nothing to print.')
  if (total > MAX_PDF_ENTRIES) {
    throw new MendError(
      'INVALID_INPUT',
      `These choices pick ${total.toLocaleString('en')} entries; a PDF can hold at most ${MAX_PDF_ENTRIES.toLocaleString('en')}. Choose a shorter stretch of time.`,
      { field: 'filter' },
    )
  }
  return total
}

/** The entries the filter picks, oldest first, in full. */
export function journalPdfSource(db: Db, clock: Clock, today: string, filter: JournalPdfFilter): JournalPdfSource {
  const journal = journalOf(db, clock)
  const total = countJournalPdfEntries(db, clock, filter)
  const ids: number[] = []
  while (ids.length < total) {
    const page = journal.search({ query: '', filters: searchFilters(filter), limit: 200, offset: ids.length })
    if (page.hits.length === 0) break
    ids.push(...page.hits.map((hit) => hit.entry.id))
  }
  const entries: Entry[] = ids.map((id) => journal.entries.get(id)).reverse()
  const people = peopleNames(db, clock)
  const selection: Array<readonly [string, string]> = []
  if (filter.from) selection.push(['From', longDay(filter.from)])
  if (filter.to) selection.push(['To', longDay(filter.to)])
  if (filter.tags?.length) selection.push(['Tagged', filter.tags.map((tag) => `#${tag}`).join(', ')])
  if (filter.personIds?.length) {
    selection.push(['About', filter.personIds.map((id) => people.get(id) ?? 'someone no longer listed').join(', ')])
  }
  return { entries, people, selection, today }
}
