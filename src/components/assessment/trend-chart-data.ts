import {
  EVIDENCE_KINDS,
  RATING_ITEMS,
  type Evidence,
  type EvidenceKind,
  type RatingCheck,
} from '../../../electron/contract'
import { formatLocalDay, plural } from '../plans/plan-format'
import { daysBetween } from './assessment-format'
import { messages } from '../../messages'

/**
 * The trend chart's numbers, apart from the canvas, so the chart, its tables and its spoken
 * summary are built from the same figures and cannot disagree. The time axis counts days from
 * the breach: Chart.js's time scale would need a date adapter, and whole days are all we need.
 */

export interface EventSeries {
  kind: EvidenceKind
  label: string
  /** The lane below the ratings where this kind's points sit. */
  lane: number
  pointStyle: 'circle' | 'rect' | 'rectRot' | 'triangle'
  /** Hollow for words: said is not done. */
  filled: boolean
  colourVar: string
}

/** Lanes, top to bottom: slips, deeds (actions and amends), words. Ratings use 1-5 above them. */
export const LANES = { slip: -0.5, deed: -1.5, word: -2.5 } as const

const text = messages.assessment.trendChartData

export const EVENT_SERIES: readonly EventSeries[] = [
  {
    kind: 'word',
    label: text.series.word,
    lane: LANES.word,
    pointStyle: 'circle',
    filled: false,
    colourVar: '--kind-word',
  },
  {
    kind: 'action',
    label: text.series.action,
    lane: LANES.deed,
    pointStyle: 'rect',
    filled: true,
    colourVar: '--kind-action',
  },
  {
    kind: 'amend',
    label: text.series.amend,
    lane: LANES.deed,
    pointStyle: 'rectRot',
    filled: true,
    colourVar: '--kind-amend',
  },
  {
    kind: 'slip',
    label: text.series.slip,
    lane: LANES.slip,
    pointStyle: 'triangle',
    filled: true,
    colourVar: '--kind-slip',
  },
]

/** The y axis's own ticks: the lanes by name, then the rating scale. */
export const Y_TICKS: ReadonlyArray<{ value: number; label: string }> = [
  { value: LANES.word, label: text.lanes.word },
  { value: LANES.deed, label: text.lanes.deed },
  { value: LANES.slip, label: text.lanes.slip },
  ...[1, 2, 3, 4, 5].map((value) => ({ value, label: String(value) })),
]
export const Y_RANGE = { min: -2.9, max: 5.3 } as const

export interface ChartPoint {
  x: number
  y: number
  id: number
}

/** The mean of a check's five ratings. */
export function averageRating(check: RatingCheck): number {
  return RATING_ITEMS.reduce((sum, item) => sum + check.ratings[item], 0) / RATING_ITEMS.length
}

/** One decimal, as the chart's tooltip, its table and its summary all show it. */
export function formatAverage(value: number): string {
  return value.toFixed(1)
}

/** Checks in the order taken (oldest first), as points: days since the breach, average rating. */
export function ratingPoints(checks: readonly RatingCheck[], origin: string): ChartPoint[] {
  return [...checks]
    .sort((a, b) => a.takenOn.localeCompare(b.takenOn) || a.id - b.id)
    .map((check) => ({ x: daysBetween(origin, check.takenOn), y: averageRating(check), id: check.id }))
}

/** How far a second (third) mark on the same day and lane sits above the first, so none hides another. */
export const SAME_DAY_STEP = 0.35
const SAME_DAY_MAX = 2

/** One kind's marks on its lane; marks sharing a day and a lane (any kind) are stacked a little. */
export function eventPoints(evidence: readonly Evidence[], series: EventSeries, origin: string): ChartPoint[] {
  const laneOf = (kind: EvidenceKind) => EVENT_SERIES.find((entry) => entry.kind === kind)?.lane
  const stacked = new Map<number, number>()
  const seen = new Map<string, number>()
  for (const item of eventRows(evidence).filter((entry) => laneOf(entry.kind) === series.lane)) {
    const count = seen.get(item.observedOn) ?? 0
    seen.set(item.observedOn, count + 1)
    stacked.set(item.id, Math.min(count, SAME_DAY_MAX))
  }
  return eventRows(evidence)
    .filter((item) => item.kind === series.kind)
    .map((item) => ({
      x: daysBetween(origin, item.observedOn),
      y: series.lane + (stacked.get(item.id) ?? 0) * SAME_DAY_STEP,
      id: item.id,
    }))
}

/** The x axis: from the breach day to today, with a day's margin either side. */
export function xRange(
  checks: readonly RatingCheck[],
  evidence: readonly Evidence[],
  origin: string,
  today: string,
): { min: number; max: number } {
  const days = [
    0,
    daysBetween(origin, today),
    ...checks.map((c) => daysBetween(origin, c.takenOn)),
    ...evidence.map((e) => daysBetween(origin, e.observedOn)),
  ]
  return { min: Math.min(...days) - 1, max: Math.max(...days) + 1 }
}

export function countsByKind(evidence: readonly Evidence[]): Record<EvidenceKind, number> {
  const counts: Record<EvidenceKind, number> = { word: 0, action: 0, amend: 0, slip: 0 }
  for (const item of evidence) counts[item.kind] += 1
  return counts
}

const KIND_NOUNS: Readonly<Record<EvidenceKind, readonly [string, string]>> = text.nouns

function listInWords(parts: string[]): string {
  if (parts.length <= 1) return parts.join('')
  return text.list(parts.slice(0, -1), parts.at(-1) ?? '')
}

/** What the chart shows, in two sentences: the canvas's accessible name. */
export function trendSummary(checks: readonly RatingCheck[], evidence: readonly Evidence[], origin: string): string {
  const points = ratingPoints(checks, origin)
  const byDay = [...checks].sort((a, b) => a.takenOn.localeCompare(b.takenOn) || a.id - b.id)
  const first = byDay[0]
  const last = byDay.at(-1)
  let ratings: string = text.noChecks
  if (first && last && points.length === 1)
    ratings = text.oneCheck(formatAverage(averageRating(first)), formatLocalDay(first.takenOn))
  else if (first && last)
    ratings = text.manyChecks(
      points.length,
      formatAverage(averageRating(first)),
      formatLocalDay(first.takenOn),
      formatAverage(averageRating(last)),
      formatLocalDay(last.takenOn),
    )
  const counts = countsByKind(evidence)
  const parts = EVIDENCE_KINDS.filter((kind) => counts[kind] > 0).map((kind) =>
    plural(counts[kind], KIND_NOUNS[kind][0], KIND_NOUNS[kind][1]),
  )
  const ledger = parts.length ? text.ledger(formatLocalDay(origin), listInWords(parts)) : text.noObservations
  return `${ratings} ${ledger}`
}

export interface CheckRow {
  id: number
  takenOn: string
  average: string
  ratings: number[]
}

export function checkRows(checks: readonly RatingCheck[]): CheckRow[] {
  return [...checks]
    .sort((a, b) => a.takenOn.localeCompare(b.takenOn) || a.id - b.id)
    .map((check) => ({
      id: check.id,
      takenOn: check.takenOn,
      average: formatAverage(averageRating(check)),
      ratings: RATING_ITEMS.map((item) => check.ratings[item]),
    }))
}

/** The ledger on the time line, oldest first, as the events table lists it. */
export function eventRows(evidence: readonly Evidence[]): Evidence[] {
  return [...evidence].sort((a, b) => a.observedOn.localeCompare(b.observedOn) || a.id - b.id)
}
