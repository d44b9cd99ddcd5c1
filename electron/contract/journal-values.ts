import { z } from 'zod'
import { photoLinkPattern } from './photo-values'

/** Ids are SQLite row ids: positive integers. */
export const RowId = z.number().int().positive().max(Number.MAX_SAFE_INTEGER)

/** What kind of writing an entry is; search can filter by it. */
export const ENTRY_KINDS = ['journal', 'reflection', 'letter'] as const
export const EntryKind = z.enum(ENTRY_KINDS)
export type EntryKind = z.infer<typeof EntryKind>

export const ENTRY_KIND_LABELS: Record<EntryKind, string> = {
  journal: 'Journal',
  reflection: 'Reflection',
  letter: 'Unsent letter',
}

/** A valid calendar date and time written as the writer's own wall clock: `YYYY-MM-DDTHH:MM`. */
export const LocalDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'Use the form YYYY-MM-DDTHH:MM.')
  .refine(isRealDateTime, 'That date does not exist.')

/** A calendar day, `YYYY-MM-DD`. */
export const LocalDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use the form YYYY-MM-DD.')
  .refine((day) => isRealDateTime(`${day}T00:00`), 'That date does not exist.')

function isRealDateTime(text: string): boolean {
  const [date = '', time = ''] = text.split('T')
  const [year, month, day] = date.split('-').map(Number)
  const [hours, minutes] = time.split(':').map(Number)
  if ([year, month, day, hours, minutes].some((part) => part === undefined || Number.isNaN(part))) return false
  const probe = new Date(Date.UTC(year!, month! - 1, day!, hours!, minutes!))
  return (
    year! >= 1 &&
    probe.getUTCFullYear() === year &&
    probe.getUTCMonth() === month! - 1 &&
    probe.getUTCDate() === day &&
    hours! < 24 &&
    minutes! < 60
  )
}

/** 1 (very low) to 5 (very good), or none. */
export const Mood = z.number().int().min(1).max(5)

/** Limits that keep one request from swamping the app; generous for any real writing. */
export const LIMITS = {
  titleChars: 300,
  /** About 400 pages of prose. */
  bodyChars: 1_000_000,
  tagChars: 60,
  tagsPerEntry: 50,
  personNameChars: 120,
  relationshipChars: 80,
  personNotesChars: 20_000,
  peoplePerEntry: 20,
  queryChars: 500,
  templateNameChars: 80,
} as const

export const TagName = z
  .string()
  .trim()
  .min(1, 'A tag cannot be empty.')
  .max(LIMITS.tagChars)
  .refine((tag) => !/[\n\r\t,]/.test(tag), 'A tag cannot contain commas or line breaks.')

/**
 * Words as a person counts them: the editor's count and the history's agree. A photo's link
 * counts only its caption: its key is not words anyone wrote.
 */
export function countWords(text: string): number {
  return text.replace(photoLinkPattern(), ' $1 ').match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0
}
