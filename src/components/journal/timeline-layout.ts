/**
 * Where each row of the timeline sits, for a list of months with entry counts. Rows have fixed
 * heights, so the position of any of 100,000 entries is arithmetic and only what is on screen
 * is ever rendered.
 */
export const MONTH_ROW_HEIGHT = 48
export const ENTRY_ROW_HEIGHT = 88

export interface TimelineLayout {
  /** Top of each month's header, in pixels. */
  monthTops: number[]
  /** Offset (0 = newest) of each month's first entry. */
  monthFirstEntry: number[]
  height: number
}

export type TimelineRow =
  { kind: 'month'; month: string; count: number; top: number } | { kind: 'entry'; offset: number; top: number }

export function layoutTimeline(months: ReadonlyArray<{ month: string; count: number }>): TimelineLayout {
  const monthTops: number[] = []
  const monthFirstEntry: number[] = []
  let top = 0
  let entries = 0
  for (const { count } of months) {
    monthTops.push(top)
    monthFirstEntry.push(entries)
    top += MONTH_ROW_HEIGHT + count * ENTRY_ROW_HEIGHT
    entries += count
  }
  return { monthTops, monthFirstEntry, height: top }
}

/** The last month whose header starts at or above `y` (binary search). */
function monthAt(layout: TimelineLayout, y: number): number {
  let low = 0
  let high = layout.monthTops.length - 1
  while (low < high) {
    const mid = (low + high + 1) >> 1
    if (layout.monthTops[mid]! <= y) low = mid
    else high = mid - 1
  }
  return low
}

/** The rows that overlap [from, to) pixels, month headers included. */
export function visibleRows(
  months: ReadonlyArray<{ month: string; count: number }>,
  layout: TimelineLayout,
  from: number,
  to: number,
): TimelineRow[] {
  const rows: TimelineRow[] = []
  if (months.length === 0) return rows
  for (let index = monthAt(layout, Math.max(0, from)); index < months.length; index++) {
    const month = months[index]!
    const headerTop = layout.monthTops[index]!
    if (headerTop >= to) break
    if (headerTop + MONTH_ROW_HEIGHT > from)
      rows.push({ kind: 'month', month: month.month, count: month.count, top: headerTop })
    const entriesTop = headerTop + MONTH_ROW_HEIGHT
    const first = Math.max(0, Math.floor((from - entriesTop) / ENTRY_ROW_HEIGHT))
    const last = Math.min(month.count - 1, Math.floor((to - entriesTop) / ENTRY_ROW_HEIGHT))
    for (let i = first; i <= last; i++) {
      rows.push({ kind: 'entry', offset: layout.monthFirstEntry[index]! + i, top: entriesTop + i * ENTRY_ROW_HEIGHT })
    }
  }
  return rows
}
