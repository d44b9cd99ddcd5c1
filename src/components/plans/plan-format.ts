import type { PlanStatus } from '../../../electron/contract'
import { messages } from '../../messages'

/** How the plan screens put the plan's own values (local days, statuses, counts) into words. */

const text = messages.plans.planFormat

export const PLAN_STATUS_LABELS: Readonly<Record<PlanStatus, string>> = text.statuses

/**
 * A calendar day (`YYYY-MM-DD`, the writer's calendar) in the person's locale. Read at noon so
 * no time zone can move it to the day before.
 */
export function formatLocalDay(day: string, style: 'long' | 'short' = 'long'): string {
  const date = new Date(`${day}T12:00:00`)
  if (Number.isNaN(date.getTime())) return day
  return new Intl.DateTimeFormat(
    undefined,
    style === 'long' ? { day: 'numeric', month: 'long', year: 'numeric' } : { day: 'numeric', month: 'short' },
  ).format(date)
}

/** Today on the writer's own calendar, as `YYYY-MM-DD` (a date input's value). */
export function todayLocal(now = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString()} ${count === 1 ? one : many}`
}

export function daysSinceText(days: number): string {
  if (days <= 0) return text.happenedToday
  if (days === 1) return text.happenedYesterday
  return text.sinceItHappened(plural(days, text.day))
}

/** The default name of a plan, when the writer gives none. */
export function defaultPlanTitle(personName: string): string {
  return text.defaultTitle(personName.trim())
}
