import { LocalDateTime } from '../../contract'

/** The time given to `--date YYYY-MM-DD`: the hour imports give a day without a time (jrnl's default). */
export const DAY_ONLY_TIME = '09:00'

const FORMS = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}))?$/

/**
 * `--date` as entries store it (`YYYY-MM-DDTHH:MM`, the writer's local wall clock), from
 * `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM` or `YYYY-MM-DD HH:MM`; null for anything else or a day that
 * does not exist (2024-02-30, 24:00).
 */
export function parseEntryDate(text: string): string | null {
  const match = FORMS.exec(text.trim())
  if (!match) return null
  const value = `${match[1]}T${match[2] ?? DAY_ONLY_TIME}`
  return LocalDateTime.safeParse(value).success ? value : null
}
