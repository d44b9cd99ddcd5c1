/**
 * What every benchmark section reports: one figure per measured thing, with the raw samples'
 * median and p95, and the target it is held to (if any). The runner prints them as a table and
 * writes them to bench-results.json.
 */
export interface Target {
  /** 'max': the figure must be at most `value`; 'min': at least. */
  kind: 'max' | 'min'
  value: number
}

export interface Figure {
  /** Stable id, e.g. "search.encrypted", used by tests and to compare runs. */
  id: string
  /** What a reader sees in the table. */
  label: string
  unit: 'ms' | 's' | 'MB' | 'KB' | 'x' | 'ratio' | 'count'
  median: number
  p95: number
  /** How many samples the median and p95 come from. */
  samples: number
  /** Which statistic the target applies to. */
  judged?: 'median' | 'p95'
  target?: Target
  /** A short remark printed under the table (what was measured, how). */
  note?: string
}

/** The value at quantile q (0..1) of the samples, nearest-rank; NaN for none. */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return Number.NaN
  const sorted = [...samples].sort((a, b) => a - b)
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))
  return sorted[rank]!
}

/** A figure from raw samples. */
export function figureOf(
  id: string,
  label: string,
  unit: Figure['unit'],
  samples: readonly number[],
  extra: Pick<Figure, 'judged' | 'target' | 'note'> = {},
): Figure {
  return {
    id,
    label,
    unit,
    median: quantile(samples, 0.5),
    p95: quantile(samples, 0.95),
    samples: samples.length,
    ...extra,
  }
}

/** Whether a figure meets its target; undefined when it has none. */
export function passes(figure: Figure): boolean | undefined {
  if (!figure.target) return undefined
  const value = figure.judged === 'p95' ? figure.p95 : figure.median
  return figure.target.kind === 'max' ? value <= figure.target.value : value >= figure.target.value
}

/** Milliseconds since `started` (performance.now()). */
export function msSince(started: number): number {
  return performance.now() - started
}
