import type { FontFace } from './fonts'
import type { PdfTheme } from './pdf-theme'
import { layoutSpans, type LaidLine, type Measure, type Span } from './text-layout'

/** A heading that the table of contents lists, with the page it starts on (0-based). */
export interface ContentsEntry {
  title: string
  level: 1 | 2
  page: number
  anchor: string
}

export interface TextOptions {
  size?: number
  color?: string
  /** From the left margin. */
  indent?: number
  width?: number
  /** Space after the last line, in points. */
  after?: number
}

/**
 * Text widths, shared by every document: a width depends only on face, size and text, and
 * measuring (shaping with fontkit) is the costliest part of laying text out. Emptied when large,
 * so a long session of exports cannot grow it without end.
 */
const widths = new Map<string, number>()
const MAX_CACHED_WIDTHS = 100_000

/**
 * The page-flow part of a PDF: a cursor that moves down the page, text that breaks onto the next
 * page only between lines, headings kept with what follows them, and the list of headings for
 * the contents. Coordinates are pdfkit's: points, from the page's top-left corner.
 */
export class PdfWriter {
  y: number
  readonly contents: ContentsEntry[] = []
  private anchors = 0

  constructor(
    readonly doc: PDFKit.PDFDocument,
    readonly theme: PdfTheme,
  ) {
    this.y = theme.margins.top
  }

  get left(): number {
    return this.theme.margins.left
  }

  get width(): number {
    return this.doc.page.width - this.theme.margins.left - this.theme.margins.right
  }

  get top(): number {
    return this.theme.margins.top
  }

  get bottom(): number {
    return this.doc.page.height - this.theme.margins.bottom
  }

  /** The page being written, counted from 0. */
  get pageIndex(): number {
    const range = this.doc.bufferedPageRange()
    return range.start + range.count - 1
  }

  lineHeight(size = this.theme.body): number {
    return size * this.theme.leading
  }

  measureAt(size: number): Measure {
    return (text, face) => {
      const key = `${face}\u0000${size}\u0000${text}`
      let width = widths.get(key)
      if (width === undefined) {
        if (widths.size >= MAX_CACHED_WIDTHS) widths.clear()
        width = this.doc.font(face).fontSize(size).widthOfString(text)
        widths.set(key, width)
      }
      return width
    }
  }

  layout(spans: readonly Span[], width: number, size = this.theme.body): LaidLine[] {
    return layoutSpans(spans, width, this.measureAt(size))
  }

  /** Draws one laid-out line in a box `lineHeight` tall whose top is at `top`. */
  drawLine(line: LaidLine, x: number, top: number, size: number, color: string, lineHeight = this.lineHeight(size)) {
    // Cap height sits in the middle of the line box, whatever face a piece comes from.
    const baseline = top + (lineHeight + size * 0.7) / 2
    for (const piece of line.pieces) {
      if (piece.text.trim() === '') continue
      this.face(piece.face, size)
        .fillColor(piece.color ?? color)
        .text(piece.text, x + piece.x, baseline, { lineBreak: false, baseline: 'alphabetic' })
    }
  }

  face(face: FontFace, size: number): PDFKit.PDFDocument {
    return this.doc.font(face).fontSize(size)
  }

  newPage(): void {
    this.doc.addPage()
    this.y = this.top
  }

  /** Starts a new page unless `height` more points fit on this one. */
  ensure(height: number): void {
    if (this.y + height > this.bottom + 0.01 && this.y > this.top) this.newPage()
  }

  gap(points: number): void {
    if (this.y > this.top) this.y += points
  }

  /** Flowing text; it continues on the next page between lines, never inside one. */
  text(spans: readonly Span[], options: TextOptions = {}): void {
    const size = options.size ?? this.theme.body
    const indent = options.indent ?? 0
    const lines = this.layout(spans, options.width ?? this.width - indent, size)
    this.drawLines(lines, this.left + indent, size, options.color ?? this.theme.colors.ink)
    this.y += options.after ?? 0
  }

  /** Draws lines down the page; the first two stay together so no line is left alone at a page's foot. */
  drawLines(lines: readonly LaidLine[], x: number, size: number, color: string): void {
    const height = this.lineHeight(size)
    this.ensure(height * Math.min(lines.length, 2))
    for (const line of lines) {
      this.ensure(height)
      this.drawLine(line, x, this.y, size, color)
      this.y += height
    }
  }

  /**
   * A section heading, kept on the same page as at least three lines of what follows. Levels 1
   * and 2 are listed in the contents and the PDF's bookmarks.
   */
  heading(
    title: string,
    level: 1 | 2 | 3,
    options: { contents?: boolean; newPage?: boolean; keepWith?: number } = {},
  ): void {
    const { body, colors } = this.theme
    const size = level === 1 ? body * 1.7 : level === 2 ? body * 1.25 : body * 1.05
    const lines = this.layout([{ text: title, bold: true }], this.width, size)
    const height = this.lineHeight(size) * 0.85 * lines.length
    if (options.newPage && this.y > this.top) this.newPage()
    this.gap(level === 1 ? body * 2 : level === 2 ? body * 1.4 : body * 0.9)
    this.ensure(height + (options.keepWith ?? this.lineHeight() * 3) + body)
    if (options.contents !== false && level !== 3) this.bookmark(title, level)
    for (const line of lines) {
      this.drawLine(
        line,
        this.left,
        this.y,
        size,
        level === 1 ? colors.accent : colors.ink,
        this.lineHeight(size) * 0.85,
      )
      this.y += this.lineHeight(size) * 0.85
    }
    if (level === 1) {
      this.doc
        .moveTo(this.left, this.y + 3)
        .lineTo(this.left + 36, this.y + 3)
        .lineWidth(1.5)
        .strokeColor(colors.accent)
        .stroke()
      this.y += 10
    }
    this.y += body * 0.5
  }

  /** A named destination here, an entry in the contents and (level 1) in the PDF's bookmarks. */
  bookmark(title: string, level: 1 | 2): void {
    const anchor = `section-${++this.anchors}`
    this.doc.addNamedDestination(anchor, 'XYZ', 0, this.doc.page.height - this.y + 12, null)
    this.contents.push({ title, level, page: this.pageIndex, anchor })
    if (level === 1) this.doc.outline.addItem(title)
  }

  rule(color: string = this.theme.colors.rule, width = this.width, x = this.left): void {
    this.doc
      .moveTo(x, this.y)
      .lineTo(x + width, this.y)
      .lineWidth(0.6)
      .strokeColor(color)
      .stroke()
  }
}
