import { messages } from './messages'

/** Display formatting shared by views: dates in the person's locale, sizes in plain units. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return ''
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso))
}

export function formatSize(bytes: number): string {
  const units = messages.journal.sizes
  if (bytes < 1024) return units.bytes(bytes)
  if (bytes < 1024 * 1024) return units.kilobytes(Math.round(bytes / 1024))
  return units.megabytes((bytes / (1024 * 1024)).toFixed(1))
}

/** An entry's own date (`YYYY-MM-DDTHH:MM`, the writer's wall clock), read in the person's locale. */
export function formatEntryDate(local: string, style: 'long' | 'short' = 'long'): string {
  const date = new Date(`${local}:00`)
  if (Number.isNaN(date.getTime())) return local
  return new Intl.DateTimeFormat(
    undefined,
    style === 'long'
      ? { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: 'numeric', minute: '2-digit' }
      : { day: 'numeric', month: 'short', year: 'numeric' },
  ).format(date)
}

/** `YYYY-MM` as "November 2026". */
export function formatMonth(month: string): string {
  const date = new Date(`${month}-01T12:00:00`)
  if (Number.isNaN(date.getTime())) return month
  return new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric' }).format(date)
}

export const MOOD_LABELS = messages.journal.moods

export function moodLabel(mood: number | null): string {
  return mood === null ? '' : (MOOD_LABELS[mood - 1] ?? '')
}
