import type { Token } from 'markdown-it'
import { pdfLibraries } from './pdf-libraries'
import type { PdfWriter } from './pdf-writer'
import type { Span } from './text-layout'

/**
 * Markdown (the steps' writing, entry bodies) as the PDF prints it: paragraphs, headings, lists
 * (nested, numbered), quotes and rules, with bold and italic inside. Read with the same settings
 * as the app's reader (a line break is a line break, smart quotes), so print matches the screen.
 * Raw HTML is text (html: false); links keep their words, since a printed link goes nowhere.
 */

export type MarkdownBlock =
  | { kind: 'paragraph'; spans: Span[]; depth: number; marker: string | null; quote: boolean }
  | { kind: 'heading'; spans: Span[]; level: number }
  | { kind: 'rule' }

function inlineSpans(token: Token): Span[] {
  const spans: Span[] = []
  let bold = 0
  let italic = 0
  const push = (text: string) => spans.push({ text, bold: bold > 0, italic: italic > 0 })
  for (const child of token.children ?? []) {
    if (child.type === 'strong_open') bold++
    else if (child.type === 'strong_close') bold--
    else if (child.type === 'em_open') italic++
    else if (child.type === 'em_close') italic--
    else if (child.type === 'softbreak' || child.type === 'hardbreak') push('\n')
    else if (child.type === 'image') push(`[${child.content || 'image'}]`)
    else if (child.type === 'text' || child.type === 'code_inline' || child.type === 'html_inline') push(child.content)
  }
  return spans
}

interface ListLevel {
  ordered: boolean
  next: number
  /** The marker the item's first paragraph takes; null once used. */
  pending: string | null
}

export function markdownBlocks(text: string): MarkdownBlock[] {
  const blocks: MarkdownBlock[] = []
  const lists: ListLevel[] = []
  let quote = 0
  let heading = 0
  let row: string[] | null = null
  for (const token of pdfLibraries().markdown.parse(text, {})) {
    switch (token.type) {
      case 'bullet_list_open':
      case 'ordered_list_open':
        lists.push({
          ordered: token.type === 'ordered_list_open',
          next: Number(token.attrGet('start') ?? 1),
          pending: null,
        })
        break
      case 'bullet_list_close':
      case 'ordered_list_close':
        lists.pop()
        break
      case 'list_item_open': {
        const list = lists.at(-1)
        if (list) list.pending = list.ordered ? `${list.next++}.` : lists.length % 2 === 1 ? '•' : '–'
        break
      }
      case 'blockquote_open':
        quote++
        break
      case 'blockquote_close':
        quote--
        break
      case 'heading_open':
        heading = Number(token.tag.slice(1))
        break
      case 'heading_close':
        heading = 0
        break
      case 'hr':
        blocks.push({ kind: 'rule' })
        break
      case 'tr_open':
        row = []
        break
      case 'tr_close':
        if (row) blocks.push(paragraph([{ text: row.join('  ·  ') }], lists, quote))
        row = null
        break
      case 'fence':
      case 'code_block':
        blocks.push(paragraph([{ text: token.content.replace(/\n$/, ''), color: '#4a463f' }], lists, quote))
        break
      case 'inline': {
        const spans = inlineSpans(token)
        if (row) row.push(spans.map((span) => span.text).join(''))
        else if (heading) blocks.push({ kind: 'heading', spans, level: heading })
        else blocks.push(paragraph(spans, lists, quote))
        break
      }
    }
  }
  return blocks
}

function paragraph(spans: Span[], lists: ListLevel[], quote: number): MarkdownBlock {
  const list = lists.at(-1)
  const marker = list?.pending ?? null
  if (list) list.pending = null
  return { kind: 'paragraph', spans, depth: lists.length, marker, quote: quote > 0 }
}

/** Prints Markdown at the writer's cursor, at `indent` points from the left margin. */
export function writeMarkdown(writer: PdfWriter, text: string, indent = 0): void {
  const { body, colors } = writer.theme
  const listIndent = body * 1.6
  const blocks = markdownBlocks(text)
  blocks.forEach((block, index) => {
    const next = blocks[index + 1]
    if (block.kind === 'rule') {
      writer.gap(body * 0.4)
      writer.ensure(body)
      writer.rule(colors.rule, writer.width - indent, writer.left + indent)
      writer.y += body * 0.8
      return
    }
    if (block.kind === 'heading') {
      const size = block.level <= 2 ? body * 1.15 : body
      writer.gap(body * 0.5)
      writer.ensure(writer.lineHeight(size) + writer.lineHeight() * 2)
      writer.text(
        block.spans.map((span) => ({ ...span, bold: true })),
        { size, indent, after: body * 0.25 },
      )
      return
    }
    const left = indent + (block.quote ? body * 1.2 : 0) + block.depth * listIndent
    const width = writer.width - left
    const lines = writer.layout(block.spans, width)
    if (lines.length === 0) return
    const startPage = writer.pageIndex
    writer.ensure(writer.lineHeight() * Math.min(lines.length, 2))
    const top = writer.y
    if (block.marker) {
      const marker = writer.layout([{ text: block.marker, color: colors.muted }], listIndent)[0]
      if (marker) writer.drawLine(marker, writer.left + left - listIndent * 0.85, writer.y, body, colors.ink)
    }
    writer.drawLines(lines, writer.left + left, body, block.quote ? colors.muted : colors.ink)
    if (block.quote && writer.pageIndex === startPage) {
      writer.doc.rect(writer.left + indent, top + 2, 2, writer.y - top - 4).fill(colors.rule)
    }
    // List items sit closer together than paragraphs, so a list reads as one thing.
    const tight = block.depth > 0 && next?.kind === 'paragraph' && next.depth > 0
    writer.y += tight ? body * 0.2 : body * 0.65
  })
}
