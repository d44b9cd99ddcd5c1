import type { WeekOfCheckIns } from '../../contract/plans.contract'
import { shortDay } from './pdf-format'
import type { PdfWriter } from './pdf-writer'

const SERIES = [
  { key: 'kept', label: 'Kept', color: 'kept' },
  { key: 'missed', label: 'Missed', color: 'missed' },
  { key: 'notApplicable', label: 'Did not apply', color: 'notApplicable' },
  { key: 'unrecorded', label: 'Not recorded', color: 'unrecorded' },
] as const

/** A round top for the scale with a whole number halfway: 4, 6, 8, 10, 12, 20, 40, 60, 100, ... */
function scaleTop(max: number): number {
  for (const step of [2, 4, 10, 20, 40, 100, 200]) {
    const top = Math.ceil(max / step) * step
    if (top / step <= 6) return top
  }
  return Math.ceil(max / 1000) * 1000
}

/**
 * The weekly consistency chart of the overview, drawn as vector shapes (sharp at any zoom and
 * in print): one stacked bar per week of what was kept, missed, did not apply or went
 * unrecorded, with a scale, week labels and a legend that gives the totals.
 */
export function writeCheckInChart(writer: PdfWriter, weeks: readonly WeekOfCheckIns[]): void {
  const { doc, theme } = writer
  const { colors } = theme
  const size = theme.small
  const plotHeight = 120
  const axisWidth = 22
  const labelsHeight = size * 2
  const legendHeight = size * 2.6
  writer.ensure(plotHeight + labelsHeight + legendHeight + 10)

  const top = writer.y + 6
  const left = writer.left + axisWidth
  const width = writer.width - axisWidth
  const baseline = top + plotHeight
  const max = scaleTop(Math.max(1, ...weeks.map((week) => week.due)))
  const y = (value: number) => baseline - (value / max) * plotHeight

  for (const tick of [0, max / 2, max]) {
    doc
      .moveTo(left, y(tick))
      .lineTo(left + width, y(tick))
      .lineWidth(tick === 0 ? 0.8 : 0.4)
      .strokeColor(tick === 0 ? colors.faint : colors.rule)
      .stroke()
    const label = String(tick)
    writer
      .face('regular', size)
      .fillColor(colors.muted)
      .text(label, writer.left, y(tick) - size * 0.45, { width: axisWidth - 5, align: 'right', lineBreak: false })
  }

  const slot = width / Math.max(weeks.length, 1)
  const barWidth = Math.min(slot * 0.64, 22)
  const labelEvery = Math.max(1, Math.ceil(weeks.length / 7))
  weeks.forEach((week, index) => {
    const x = left + slot * index + (slot - barWidth) / 2
    let stacked = 0
    for (const series of SERIES) {
      const value = week[series.key]
      if (value === 0) continue
      const from = y(stacked)
      const to = y(stacked + value)
      doc.rect(x, to, barWidth, from - to).fill(colors[series.color])
      if (series.key === 'unrecorded')
        doc
          .rect(x, to, barWidth, from - to)
          .lineWidth(0.5)
          .stroke(colors.faint)
      stacked += value
    }
    if (index % labelEvery === 0) {
      const label = shortDay(week.weekStart)
      const labelWidth = writer.measureAt(size)(label, 'regular')
      writer
        .face('regular', size)
        .fillColor(colors.muted)
        .text(label, x + barWidth / 2 - labelWidth / 2, baseline + size * 0.6, { lineBreak: false })
    }
  })

  writer.y = baseline + labelsHeight
  let x = left
  for (const series of SERIES) {
    const total = weeks.reduce((sum, week) => sum + week[series.key], 0)
    doc.rect(x, writer.y + 2, size * 0.9, size * 0.9).fill(colors[series.color])
    if (series.key === 'unrecorded')
      doc
        .rect(x, writer.y + 2, size * 0.9, size * 0.9)
        .lineWidth(0.5)
        .stroke(colors.faint)
    const label = `${series.label} ${total}`
    writer
      .face('regular', size)
      .fillColor(colors.ink)
      .text(label, x + size * 1.4, writer.y + 1, { lineBreak: false })
    x += size * 1.4 + writer.measureAt(size)(label, 'regular') + size * 1.8
  }
  writer.y += legendHeight
}
