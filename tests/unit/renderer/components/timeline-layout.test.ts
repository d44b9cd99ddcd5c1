import { describe, expect, it } from 'vitest'
import {
  ENTRY_ROW_HEIGHT,
  MONTH_ROW_HEIGHT,
  layoutTimeline,
  visibleRows,
  type TimelineRow,
} from '../../../../src/components/journal/timeline-layout'

const M = MONTH_ROW_HEIGHT
const E = ENTRY_ROW_HEIGHT
const SMALL = [
  { month: '2026-11', count: 2 },
  { month: '2026-10', count: 3 },
]

/** Every row of the timeline, the slow obvious way, to compare against. */
function allRows(months: ReadonlyArray<{ month: string; count: number }>): TimelineRow[] {
  const rows: TimelineRow[] = []
  let top = 0
  let offset = 0
  for (const { month, count } of months) {
    rows.push({ kind: 'month', month, count, top })
    top += M
    for (let i = 0; i < count; i++, offset++, top += E) rows.push({ kind: 'entry', offset, top })
  }
  return rows
}
const height = (row: TimelineRow) => (row.kind === 'month' ? M : E)

describe('timeline layout', () => {
  it('places month headers and entries by fixed heights', () => {
    const layout = layoutTimeline(SMALL)
    expect(layout.monthTops).toEqual([0, M + 2 * E])
    expect(layout.monthFirstEntry).toEqual([0, 2])
    expect(layout.height).toBe(2 * M + 5 * E)
  })

  it('an empty journal has no height and no rows', () => {
    const layout = layoutTimeline([])
    expect(layout).toEqual({ monthTops: [], monthFirstEntry: [], height: 0 })
    expect(visibleRows([], layout, 0, 800)).toEqual([])
    expect(visibleRows([], layout, -800, 1600)).toEqual([])
  })

  it('shows the first month header and entries at the top', () => {
    const layout = layoutTimeline(SMALL)
    expect(visibleRows(SMALL, layout, 0, 200)).toEqual([
      { kind: 'month', month: '2026-11', count: 2, top: 0 },
      { kind: 'entry', offset: 0, top: M },
      { kind: 'entry', offset: 1, top: M + E },
    ])
    // Overscan above the top (negative from) changes nothing.
    expect(visibleRows(SMALL, layout, -800, 200)).toEqual(visibleRows(SMALL, layout, 0, 200))
  })

  it('in the middle, shows the end of one month and the start of the next', () => {
    const layout = layoutTimeline(SMALL)
    const secondMonth = M + 2 * E
    expect(visibleRows(SMALL, layout, 150, 300)).toEqual([
      { kind: 'entry', offset: 1, top: M + E },
      { kind: 'month', month: '2026-10', count: 3, top: secondMonth },
      { kind: 'entry', offset: 2, top: secondMonth + M },
    ])
  })

  it('at the end, shows the last entry and nothing past it', () => {
    const layout = layoutTimeline(SMALL)
    const last = layout.height - E
    expect(visibleRows(SMALL, layout, last + 2, last + 2000)).toEqual([{ kind: 'entry', offset: 4, top: last }])
    expect(visibleRows(SMALL, layout, layout.height, layout.height + 800)).toEqual([])
  })

  it('returns exactly the rows overlapping the window, for any window', () => {
    const months = [
      { month: '2026-11', count: 1 },
      { month: '2026-10', count: 4 },
      { month: '2026-09', count: 1 },
      { month: '2026-08', count: 7 },
    ]
    const layout = layoutTimeline(months)
    const every = allRows(months)
    for (let from = -100; from < layout.height + 100; from += 7) {
      for (const span of [1, 30, 88, 200, 1000]) {
        const to = from + span
        const rows = visibleRows(months, layout, from, to)
        const overlapping = every.filter((row) => row.top < to && row.top + height(row) > from)
        // Every row on screen is there; at most a row starting right at the bottom edge is extra.
        expect(rows).toEqual(expect.arrayContaining(overlapping))
        const touching = every.filter((row) => row.top <= to && row.top + height(row) > from)
        for (const row of rows) expect(touching).toContainEqual(row)
        // In screen order, no row twice.
        const tops = rows.map((row) => row.top)
        expect(tops).toEqual([...tops].sort((a, b) => a - b))
        expect(new Set(tops).size).toBe(tops.length)
      }
    }
  })

  it('100,000 entries over 200 months: only the rows on screen, at the right offsets', () => {
    const months = Array.from({ length: 200 }, (_, i) => ({ month: `m${i}`, count: 500 }))
    const layout = layoutTimeline(months)
    const monthHeight = M + 500 * E
    expect(layout.height).toBe(200 * M + 100_000 * E)
    expect(layout.monthFirstEntry[199]).toBe(99_500)

    const expectedTop = (offset: number) => Math.floor(offset / 500) * monthHeight + M + (offset % 500) * E

    const screen = 800
    const maxRows = Math.ceil(screen / E) + 3
    for (const from of [0, 1234, layout.height / 2, 137 * monthHeight - 100, layout.height - screen]) {
      const rows = visibleRows(months, layout, from, from + screen)
      expect(rows.length).toBeGreaterThan(0)
      expect(rows.length).toBeLessThanOrEqual(maxRows)
      for (const row of rows) {
        if (row.kind === 'entry') {
          expect(row.top).toBe(expectedTop(row.offset))
          expect(row.offset).toBeGreaterThanOrEqual(0)
          expect(row.offset).toBeLessThan(100_000)
        } else {
          expect(row.top).toBe(Number(row.month.slice(1)) * monthHeight)
        }
        expect(row.top + height(row)).toBeGreaterThan(from)
        expect(row.top).toBeLessThanOrEqual(from + screen)
      }
    }

    // Across a month boundary: the end of one month, its neighbour's header, then its first entries.
    const boundary = visibleRows(months, layout, 137 * monthHeight - 100, 137 * monthHeight + 200)
    expect(boundary).toEqual([
      { kind: 'entry', offset: 136 * 500 + 498, top: expectedTop(136 * 500 + 498) },
      { kind: 'entry', offset: 136 * 500 + 499, top: expectedTop(136 * 500 + 499) },
      { kind: 'month', month: 'm137', count: 500, top: 137 * monthHeight },
      { kind: 'entry', offset: 137 * 500, top: expectedTop(137 * 500) },
      { kind: 'entry', offset: 137 * 500 + 1, top: expectedTop(137 * 500 + 1) },
    ])

    // The very end: the newest-first list ends with entry 99,999.
    const end = visibleRows(months, layout, layout.height - screen, layout.height)
    expect(end.at(-1)).toEqual({ kind: 'entry', offset: 99_999, top: layout.height - E })
  })
})
