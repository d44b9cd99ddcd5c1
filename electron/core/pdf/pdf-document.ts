import type { PdfOptions } from '../../contract/pdf-values'
import { FONT_FACES, parsedFont } from './fonts'
import { loadPdfLibraries } from './pdf-libraries'
import { themeFor } from './pdf-theme'
import { PdfWriter } from './pdf-writer'

export interface RenderedPdf {
  bytes: Buffer
  pages: number
}

export interface PdfProgress {
  /** `done` of `total` parts laid out; called between parts, so it can reach the window. */
  onProgress?: (done: number, total: number) => void
}

/**
 * What the file says about itself, readable without opening it even when a password protects
 * the pages (file managers, search indexes, mail previews show it): kept neutral, never a title
 * or a name from the journal.
 */
export interface DocumentInfo {
  /** "Mend plan", "Mend journal". */
  title: string
  /** When the document was made (the clock's now). */
  createdAt: Date
}

export interface OpenDocument {
  writer: PdfWriter
  /** Adds the page footers, ends the document and hands back its bytes. */
  finish(footer: string): Promise<RenderedPdf>
}

/**
 * A new PDF with Mend's fonts, page size and margins. With a password it is encrypted with
 * AES-256 (PDF 1.7 extension level 3, the scheme PDF 2.0 kept): nothing in it, text or
 * metadata, can be read without the password. Pages stay in memory until the end, so that the
 * contents page, written first, can list the page numbers of what came after it.
 */
export async function openDocument(options: PdfOptions, info: DocumentInfo): Promise<OpenDocument> {
  const { PDFDocument } = await loadPdfLibraries()
  const theme = themeFor(options.pageSize, options.fontSize)
  const password = options.password
  const doc = new PDFDocument({
    size: options.pageSize,
    margins: theme.margins,
    bufferPages: true,
    autoFirstPage: false,
    // No default font: pdfkit would load Helvetica, which covers neither Greek nor Cyrillic.
    font: null as unknown as string,
    pdfVersion: '1.7ext3',
    lang: 'en',
    displayTitle: true,
    info: { Title: info.title, Creator: 'Mend', Producer: 'Mend', CreationDate: info.createdAt },
    ...(password
      ? {
          userPassword: password,
          // The same password opens it fully: the person who set it may print, copy or remove it.
          ownerPassword: password,
          permissions: {
            printing: 'highResolution',
            copying: true,
            modifying: false,
            annotating: true,
            contentAccessibility: true,
            documentAssembly: false,
          },
        }
      : {}),
  })
  const chunks: Buffer[] = []
  const ended = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })
  // pdfkit accepts a parsed fontkit font where its types only list files and bytes.
  for (const face of FONT_FACES) doc.registerFont(face, parsedFont(face) as unknown as Buffer)
  doc.addPage()
  const writer = new PdfWriter(doc, theme)

  return {
    writer,
    async finish(footer) {
      const pages = stampFooters(writer, footer)
      doc.end()
      return { bytes: await ended, pages }
    },
  }
}

/** "Private" and the page number at the foot of every page. */
function stampFooters(writer: PdfWriter, footer: string): number {
  const { doc, theme } = writer
  const { colors } = theme
  const range = doc.bufferedPageRange()
  const size = theme.small
  const measure = writer.measureAt(size)
  const footerLines = writer.layout([{ text: `·  ${footer}` }], writer.width * 0.62, size)
  for (let index = range.start; index < range.start + range.count; index++) {
    doc.switchToPage(index)
    const y = doc.page.height - theme.margins.bottom + 26
    writer.y = y
    writer.rule(colors.rule)
    const lock = 'Private'
    writer.face('bold', size).fillColor(colors.accent)
    doc.text(lock, writer.left, y + 8 + size, { lineBreak: false, baseline: 'alphabetic' })
    const first = footerLines[0]
    // drawLine centres text in its box: this top puts its baseline on the one of "Private".
    const top = y + 8 + size - (size * 1.5 + size * 0.7) / 2
    if (first)
      writer.drawLine(first, writer.left + measure(lock, 'bold') + size * 0.6, top, size, colors.muted, size * 1.5)
    const number = `Page ${index + 1} of ${range.count}`
    writer
      .face('regular', size)
      .fillColor(colors.muted)
      .text(number, writer.left + writer.width - measure(number, 'regular'), y + 8 + size, {
        lineBreak: false,
        baseline: 'alphabetic',
      })
  }
  return range.count
}

/** Lets a waiting progress event reach the window before the next part is laid out. */
export function nextTick(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve))
}
