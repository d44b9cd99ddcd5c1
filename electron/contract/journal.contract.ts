import { z } from 'zod'
import { EntryKind, LIMITS, LocalDate, LocalDateTime, Mood, RowId, TagName } from './journal-values'
import { defineProcedure } from './procedure'

export * from './journal-values'

const Title = z.string().max(LIMITS.titleChars, `A title can be at most ${LIMITS.titleChars} characters.`)
const Body = z.string().max(LIMITS.bodyChars, 'This entry is too long to save in one piece. Split it into two.')
const Tags = z.array(TagName).max(LIMITS.tagsPerEntry)
const PersonIds = z.array(RowId).max(LIMITS.peoplePerEntry)

/** One journal entry, whole. Dates of record keeping (`createdAt`, `updatedAt`) are ISO 8601 UTC. */
export const Entry = z.strictObject({
  id: RowId,
  kind: EntryKind,
  title: z.string(),
  body: z.string(),
  entryDate: LocalDateTime,
  mood: Mood.nullable(),
  starred: z.boolean(),
  tags: z.array(z.string()),
  personIds: z.array(RowId),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Set while the entry is in the trash. */
  trashedAt: z.string().nullable(),
})
export type Entry = z.infer<typeof Entry>

/** What a list row shows: no full body, so a long timeline stays light. */
export const EntrySummary = z.strictObject({
  id: RowId,
  kind: EntryKind,
  title: z.string(),
  /** The opening of the body, plain text, at most about 200 characters. */
  excerpt: z.string(),
  entryDate: LocalDateTime,
  mood: Mood.nullable(),
  starred: z.boolean(),
  tags: z.array(z.string()),
  personIds: z.array(RowId),
  trashedAt: z.string().nullable(),
})
export type EntrySummary = z.infer<typeof EntrySummary>

export const EntryDraft = z.strictObject({
  kind: EntryKind.optional(),
  title: Title.optional(),
  body: Body.optional(),
  /** Defaults to now; any earlier date is fine (backdating). */
  entryDate: LocalDateTime.optional(),
  mood: Mood.nullable().optional(),
  starred: z.boolean().optional(),
  tags: Tags.optional(),
  personIds: PersonIds.optional(),
})
export type EntryDraft = z.infer<typeof EntryDraft>

/** A piece of a search snippet; `hit` pieces matched the query. Plain text: never HTML. */
export const SnippetPart = z.strictObject({ text: z.string(), hit: z.boolean() })
export type SnippetPart = z.infer<typeof SnippetPart>

export const SearchHit = z.strictObject({
  entry: EntrySummary,
  titleParts: z.array(SnippetPart),
  snippet: z.array(SnippetPart),
})
export type SearchHit = z.infer<typeof SearchHit>

export const SearchFilters = z.strictObject({
  personIds: PersonIds.optional(),
  /** Entries with every one of these tags. */
  tags: Tags.optional(),
  moods: z.array(Mood).max(5).optional(),
  kinds: z.array(EntryKind).max(3).optional(),
  /** Inclusive calendar days. */
  from: LocalDate.optional(),
  to: LocalDate.optional(),
  starred: z.boolean().optional(),
})
export type SearchFilters = z.infer<typeof SearchFilters>

export const SearchRequest = z.strictObject({
  /**
   * Words (all must appear), "quoted phrases", and word* prefixes. Anything else is taken
   * literally, so no query can fail. Empty: filters alone, newest first.
   */
  query: z.string().max(LIMITS.queryChars),
  /** Results as you type: the last word also matches longer words it begins. */
  asYouType: z.boolean().optional(),
  filters: SearchFilters.optional(),
  limit: z.number().int().min(1).max(200).optional(),
  offset: z.number().int().min(0).max(1_000_000).optional(),
})
export type SearchRequest = z.infer<typeof SearchRequest>

/** The timeline's shape: how many entries each month holds, newest month first. */
export const TimelineOutline = z.strictObject({
  total: z.number().int().nonnegative(),
  months: z.array(z.strictObject({ month: z.string(), count: z.number().int().positive() })),
})
export type TimelineOutline = z.infer<typeof TimelineOutline>

export const EntryVersion = z.strictObject({
  id: RowId,
  entryId: RowId,
  title: z.string(),
  body: z.string(),
  /** When this text was the entry's content (ISO 8601 UTC). */
  savedAt: z.string(),
})
export type EntryVersion = z.infer<typeof EntryVersion>

export const EntryVersionSummary = EntryVersion.omit({ body: true }).extend({
  words: z.number().int().nonnegative(),
})
export type EntryVersionSummary = z.infer<typeof EntryVersionSummary>

export const TagCount = z.strictObject({ name: z.string(), count: z.number().int().nonnegative() })
export type TagCount = z.infer<typeof TagCount>

const ById = z.strictObject({ id: RowId })
const Empty = z.strictObject({})

export const journalProcedures = {
  'journal.createEntry': defineProcedure({ input: EntryDraft, output: Entry, whileLocked: false }),
  'journal.getEntry': defineProcedure({ input: ById, output: Entry, whileLocked: false }),
  /** Autosave: only the fields given change. Works on trashed entries too (nothing typed is lost). */
  'journal.updateEntry': defineProcedure({
    input: EntryDraft.extend({ id: RowId }),
    output: Entry,
    whileLocked: false,
  }),
  'journal.getTimelineOutline': defineProcedure({ input: Empty, output: TimelineOutline, whileLocked: false }),
  /** A page of the timeline, newest first; `offset` counts entries from the newest. */
  'journal.listEntries': defineProcedure({
    input: z.strictObject({
      offset: z.number().int().min(0).max(10_000_000),
      limit: z.number().int().min(1).max(500),
    }),
    output: z.array(EntrySummary),
    whileLocked: false,
  }),
  /** Entries written on this calendar day in earlier years. */
  'journal.onThisDay': defineProcedure({ input: Empty, output: z.array(EntrySummary), whileLocked: false }),
  'journal.search': defineProcedure({
    input: SearchRequest,
    output: z.strictObject({
      hits: z.array(SearchHit),
      /** Up to 1,000; with `totalCapped`, "1,000 or more" (counting every match of a common word is slow). */
      total: z.number().int().nonnegative(),
      totalCapped: z.boolean(),
    }),
    whileLocked: false,
  }),
  'journal.listTags': defineProcedure({ input: Empty, output: z.array(TagCount), whileLocked: false }),

  'journal.trashEntry': defineProcedure({ input: ById, output: Entry, whileLocked: false }),
  'journal.restoreEntry': defineProcedure({ input: ById, output: Entry, whileLocked: false }),
  'journal.listTrash': defineProcedure({ input: Empty, output: z.array(EntrySummary), whileLocked: false }),
  /** Only for an entry already in the trash: it and its history are gone for good. */
  'journal.deleteEntryForever': defineProcedure({ input: ById, output: Empty, whileLocked: false }),
  'journal.emptyTrash': defineProcedure({
    input: Empty,
    output: z.strictObject({ deleted: z.number().int().nonnegative() }),
    whileLocked: false,
  }),

  'journal.listVersions': defineProcedure({
    input: z.strictObject({ entryId: RowId }),
    output: z.array(EntryVersionSummary),
    whileLocked: false,
  }),
  'journal.getVersion': defineProcedure({ input: ById, output: EntryVersion, whileLocked: false }),
  /** The current text is kept as a version first, so a restore can itself be undone. */
  'journal.restoreVersion': defineProcedure({ input: ById, output: Entry, whileLocked: false }),
}
