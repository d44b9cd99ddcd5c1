import type { PdfWriter } from './pdf-writer'
import type { LaidLine, Span } from './text-layout'

export interface TableColumn {
  header: string
  /** A share of the table's width, relative to the other columns. */
  weight: number
  align?: 'left' | 'right'
}

export type TableCell = string | Span[]

export interface TableOptions {
  /** Printed above the header row where the table goes on over a page: "Amends, continued". */
  name: string
}

const PAD_X = 5
const PAD_Y = 4

/**
 * A table that breaks across pages the way a person expects: a row moves whole to the next page
 * (never split in the middle of a line), the header row comes again at the top of every page,
 * with a small "continued" note. Only a row taller than a whole page is split, between lines.
 */
export function writeTable(
  writer: PdfWriter,
  columns: readonly TableColumn[],
  rows: readonly TableCell[][],
  options: TableOptions,
) {
  const { colors } = writer.theme
  const size = writer.theme.body - 1
  const lineHeight = size * 1.38
  const total = columns.reduce((sum, column) => sum + column.weight, 0)
  const widths = columns.map((column) => (writer.width * column.weight) / total)
  const xs = widths.map((_, index) => writer.left + widths.slice(0, index).reduce((sum, width) => sum + width, 0))

  const layoutRow = (cells: readonly TableCell[], bold: boolean) =>
    columns.map((column, index) => {
      const cell = cells[index] ?? ''
      const spans = typeof cell === 'string' ? [{ text: cell, bold }] : cell
      const lines = writer.layout(spans, (widths[index] ?? 0) - PAD_X * 2, size)
      return column.align === 'right' ? lines.map((line) => alignRight(line, (widths[index] ?? 0) - PAD_X * 2)) : lines
    })
  const header = layoutRow(
    columns.map((column) => column.header),
    true,
  )
  const headerHeight = Math.max(...header.map((lines) => lines.length)) * lineHeight + PAD_Y * 2

  function drawCells(cells: LaidLine[][], from: number, count: number, color: string): void {
    cells.forEach((lines, index) => {
      lines.slice(from, from + count).forEach((line, offset) => {
        writer.drawLine(line, (xs[index] ?? 0) + PAD_X, writer.y + PAD_Y + offset * lineHeight, size, color, lineHeight)
      })
    })
  }

  function drawHeader(continued: boolean): void {
    if (continued) {
      writer.text([{ text: `${options.name}, continued`, italic: true }], {
        size: writer.theme.small,
        color: colors.muted,
      })
      writer.y += 2
    }
    writer.doc.rect(writer.left, writer.y, writer.width, headerHeight).fill(colors.paperSunk)
    drawCells(header, 0, Number.MAX_SAFE_INTEGER, colors.muted)
    writer.y += headerHeight
    writer.rule(colors.faint)
  }

  const laidRows = rows.map((row) => layoutRow(row, false))
  const rowHeight = (cells: LaidLine[][]) => Math.max(1, ...cells.map((lines) => lines.length)) * lineHeight + PAD_Y * 2
  // A table starts where its header and first rows fit, so a header is never left alone at a page's foot.
  const opening = laidRows.slice(0, 3).reduce((sum, cells) => sum + rowHeight(cells), 0)
  writer.ensure(headerHeight + Math.min(opening, writer.bottom - writer.top - headerHeight))
  drawHeader(false)

  laidRows.forEach((cells, rowIndex) => {
    const lineCount = Math.max(1, ...cells.map((lines) => lines.length))
    if (writer.y + rowHeight(cells) > writer.bottom) {
      writer.newPage()
      drawHeader(true)
    }
    // A row taller than a page goes on over the next ones, cut only between lines.
    let from = 0
    while (from < lineCount) {
      let fit = Math.floor((writer.bottom - writer.y - PAD_Y * 2) / lineHeight)
      if (fit < 1) {
        writer.newPage()
        drawHeader(true)
        fit = Math.max(1, Math.floor((writer.bottom - writer.y - PAD_Y * 2) / lineHeight))
      }
      const count = Math.min(fit, lineCount - from)
      const height = count * lineHeight + PAD_Y * 2
      if (rowIndex % 2 === 1) writer.doc.rect(writer.left, writer.y, writer.width, height).fill('#faf8f4')
      drawCells(cells, from, count, colors.ink)
      writer.y += height
      writer.rule()
      from += count
    }
  })
  writer.y += writer.theme.body
}

function alignRight(line: LaidLine, width: number): LaidLine {
  const shift = width - line.width
  return { width: line.width, pieces: line.pieces.map((piece) => ({ ...piece, x: piece.x + shift })) }
}
