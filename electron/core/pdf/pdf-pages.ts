import type { PdfWriter } from './pdf-writer'
import type { Span } from './text-layout'

export interface TitlePage {
  /** Small capitals above the title: "REPAIR PLAN". */
  kicker: string
  title: string
  subtitle: string
  /** Label and value rows: "It happened" / "5 March 2026". */
  facts: ReadonlyArray<readonly [string, string]>
  /** The words of the "Private" box at the foot of the page. */
  privateNote: string
}

/** The first page: what this is, whose it is, when, and that it is private. */
export function writeTitlePage(writer: PdfWriter, page: TitlePage): void {
  const { doc, theme } = writer
  const { colors } = theme
  const scale = theme.body / 10.5
  writer.y = writer.top + 40
  writer.face('bold', 9 * scale).fillColor(colors.accent)
  doc.text(page.kicker.toUpperCase(), writer.left, writer.y, { lineBreak: false, characterSpacing: 2 })

  writer.y = writer.top + (doc.page.height - writer.top - theme.margins.bottom) * 0.26
  writer.text([{ text: page.title, bold: true }], { size: 27 * scale, color: colors.ink })
  writer.y += 4
  writer.text([{ text: page.subtitle }], { size: 14 * scale, color: colors.muted })
  writer.y += 18
  doc.rect(writer.left, writer.y, 44, 2.5).fill(colors.accent)
  writer.y += 26

  const labelWidth = writer.width * 0.32
  for (const [label, value] of page.facts) {
    const top = writer.y
    writer.text([{ text: label }], { size: theme.body, color: colors.muted, width: labelWidth - 12 })
    const after = writer.y
    writer.y = top
    writer.text([{ text: value, bold: true }], { size: theme.body, indent: labelWidth, color: colors.ink })
    writer.y = Math.max(after, writer.y) + 5
  }

  const noteLines = writer.layout([{ text: page.privateNote }], writer.width - 44, theme.small + 0.5)
  const noteHeight = noteLines.length * writer.lineHeight(theme.small + 0.5) + theme.body * 2 + 22
  const boxTop = writer.bottom - noteHeight
  doc.rect(writer.left, boxTop, writer.width, noteHeight).fill(colors.paperSunk)
  doc.rect(writer.left, boxTop, 3, noteHeight).fill(colors.accent)
  writer.y = boxTop + 14
  writer.text([{ text: 'Private', bold: true }], { indent: 22, color: colors.accent })
  writer.y += 2
  writer.drawLines(noteLines, writer.left + 22, theme.small + 0.5, colors.ink)
}

/** How many lines of contents fit on one page (under the page's "Contents" heading). */
export function contentsLinesPerPage(writer: PdfWriter): number {
  return Math.floor((writer.bottom - writer.top - writer.theme.body * 6) / (writer.lineHeight() * 1.15))
}

/**
 * Blank pages now for a contents of `entries` lines, filled by `writeContents` at the end when
 * every section's page is known; what follows starts on the page after them.
 */
export function reserveContents(writer: PdfWriter, entries: number): { first: number; pages: number } {
  const pages = Math.max(1, Math.ceil(entries / contentsLinesPerPage(writer)))
  writer.newPage()
  const first = writer.pageIndex
  for (let page = 0; page < pages; page++) writer.newPage()
  return { first, pages }
}

/** The contents: each heading with dotted leaders to its page number, and a link to it. */
export function writeContents(writer: PdfWriter, reserved: { first: number; pages: number }): void {
  const { doc, theme } = writer
  const { colors } = theme
  const perPage = contentsLinesPerPage(writer)
  const lineHeight = writer.lineHeight() * 1.15
  const measure = writer.measureAt(theme.body)
  const dotWidth = measure('.', 'regular')
  const entries = writer.contents.slice(0, perPage * reserved.pages)
  entries.forEach((entry, index) => {
    if (index % perPage === 0) {
      doc.switchToPage(reserved.first + index / perPage)
      writer.y = writer.top
      if (index === 0) writer.heading('Contents', 1, { contents: false })
      else writer.y += theme.body * 2
    }
    const indent = entry.level === 1 ? 0 : theme.body * 1.6
    const number = String(entry.page + 1)
    const numberWidth = measure(number, 'regular')
    const spans: Span[] = [{ text: entry.title, bold: entry.level === 1 }]
    const room = writer.width - indent - numberWidth - 24
    const line = writer.layout(spans, room)[0]
    if (!line) return
    const color = entry.level === 1 ? colors.ink : colors.muted
    writer.drawLine(line, writer.left + indent, writer.y, theme.body, color, lineHeight)
    const dotsFrom = writer.left + indent + line.width + 6
    const dotsTo = writer.left + writer.width - numberWidth - 6
    const dots = '.'.repeat(Math.max(0, Math.floor((dotsTo - dotsFrom) / (dotWidth * 2))))
    const baseline = writer.y + (lineHeight + theme.body * 0.7) / 2
    writer.face('regular', theme.body).fillColor(colors.faint)
    doc.text(dots.split('').join(' '), dotsFrom, baseline, { lineBreak: false, baseline: 'alphabetic' })
    writer.face('regular', theme.body).fillColor(color)
    doc.text(number, writer.left + writer.width - numberWidth, baseline, { lineBreak: false, baseline: 'alphabetic' })
    doc.goTo(writer.left, writer.y, writer.width, lineHeight, entry.anchor)
    writer.y += lineHeight
  })
}
