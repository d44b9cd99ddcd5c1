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

/** This moment on the local wall clock, as entries store their date: `YYYY-MM-DDTHH:MM`. */
export function localDateTimeNow(now = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}T${pad(now.getHours())}:${pad(now.getMinutes())}`
}

/** A wall-clock time `HH:MM` (a reminder's) in the person's locale: "20:00" or "8:00 PM". */
export function formatClockTime(hhmm: string): string {
  const match = /^(\d{2}):(\d{2})$/.exec(hhmm)
  if (!match) return hhmm
  const date = new Date(2000, 0, 1, Number(match[1]), Number(match[2]))
  return new Intl.DateTimeFormat(undefined, { timeStyle: 'short' }).format(date)
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
