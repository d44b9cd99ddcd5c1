import type { WeekOfCheckIns } from '../../../electron/contract'
import { formatLocalDay, plural } from './plan-format'
import { messages } from '../../messages'

/**
 * The consistency chart's numbers, kept apart from the canvas so the chart, its table and its
 * spoken summary are built from the same figures and cannot disagree.
 */

const text = messages.plans.checkInChartData

export const CHART_SERIES = [
  { key: 'kept', label: text.kept, colourVar: '--chart-kept' },
  { key: 'missed', label: text.missed, colourVar: '--chart-missed' },
  { key: 'notApplicable', label: text.notApplicable, colourVar: '--chart-not-applicable' },
] as const

export type ChartSeriesKey = (typeof CHART_SERIES)[number]['key']

export interface WeekTotals {
  due: number
  kept: number
  missed: number
  notApplicable: number
  unrecorded: number
}

export function weekLabel(week: WeekOfCheckIns): string {
  return formatLocalDay(week.weekStart, 'short')
}

export function totals(weeks: readonly WeekOfCheckIns[]): WeekTotals {
  const sum: WeekTotals = { due: 0, kept: 0, missed: 0, notApplicable: 0, unrecorded: 0 }
  for (const week of weeks) {
    sum.due += week.due
    sum.kept += week.kept
    sum.missed += week.missed
    sum.notApplicable += week.notApplicable
    sum.unrecorded += week.unrecorded
  }
  return sum
}

function counts(figures: WeekTotals): string {
  return text.counts(figures.kept, figures.missed, figures.notApplicable)
}

/** What the chart shows, in one or two sentences: the canvas's accessible name. */
export function chartSummary(weeks: readonly WeekOfCheckIns[]): string {
  const first = weeks[0]
  const last = weeks.at(-1)
  if (!first || !last) return text.noneYet
  const all = totals(weeks)
  const span =
    weeks.length === 1
      ? text.oneWeek(formatLocalDay(first.weekStart))
      : text.manyWeeks(plural(weeks.length, text.week), formatLocalDay(first.weekStart), formatLocalDay(last.weekStart))
  const sentence = text.sentence(span, counts(all))
  const unrecorded = all.unrecorded ? text.unrecorded(all.unrecorded) : '.'
  if (weeks.length === 1) return sentence + unrecorded
  return sentence + unrecorded + text.latestWeek(counts(last))
}

export function seriesValues(weeks: readonly WeekOfCheckIns[], key: ChartSeriesKey): number[] {
  return weeks.map((week) => week[key])
}
