import { PLACEHOLDER, coverageOf, type FontFace } from './fonts'

/**
 * Line breaking for the PDF, done here rather than by pdfkit because a line may mix faces
 * (bold, italic, an emoji from the fallback font) and tables must know a cell's height before
 * drawing it. Lines break at spaces; a word wider than the line breaks between characters.
 */

export interface TextStyle {
  bold?: boolean
  italic?: boolean
  /** A hex colour; the writer's ink when absent. */
  color?: string
}

export interface Span extends TextStyle {
  text: string
}

/** Text in one face and colour, at `x` from the line's start. */
export interface Piece {
  text: string
  face: FontFace
  color: string | undefined
  x: number
  width: number
}

export interface LaidLine {
  pieces: Piece[]
  width: number
}

export type Measure = (text: string, face: FontFace) => number

interface Run {
  text: string
  face: FontFace
  color: string | undefined
}

type Atom =
  { kind: 'word'; runs: Run[] } | { kind: 'space'; face: FontFace; color: string | undefined } | { kind: 'break' }

function styleFace(style: TextStyle): FontFace {
  if (style.bold) return style.italic ? 'boldItalic' : 'bold'
  return style.italic ? 'italic' : 'regular'
}

/** Joiners, variation selectors, skin tones and tag characters belong to the emoji before them. */
function isEmojiJoiner(codePoint: number): boolean {
  return (
    codePoint === 0x200d ||
    codePoint === 0x20e3 ||
    (codePoint >= 0xfe00 && codePoint <= 0xfe0f) ||
    (codePoint >= 0x1f3fb && codePoint <= 0x1f3ff) ||
    (codePoint >= 0xe0020 && codePoint <= 0xe007f)
  )
}

/** Splits text into runs by the font that can draw each character (see fonts.ts). */
export function runsOf(text: string, face: FontFace, color: string | undefined): Run[] {
  const runs: Run[] = []
  let previous = 0
  let inEmoji = false
  const push = (chunk: string, target: FontFace) => {
    const last = runs.at(-1)
    if (last && last.face === target) last.text += chunk
    else runs.push({ text: chunk, face: target, color })
  }
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? 0
    if (inEmoji && (isEmojiJoiner(codePoint) || previous === 0x200d)) {
      push(char, 'emoji')
    } else if (isEmojiJoiner(codePoint) && codePoint !== 0x200d) {
      // A presentation selector after plain text asks for nothing we can honour: drop it.
      inEmoji = false
    } else {
      const coverage = coverageOf(codePoint)
      inEmoji = coverage === 'emoji'
      if (coverage === 'text') push(char, face)
      else if (coverage === 'none') push(PLACEHOLDER, face)
      else push(char, coverage)
    }
    previous = codePoint
  }
  return runs
}

/** Control characters would print as boxes; tabs and odd spaces become plain spaces. */
function cleanText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ')
    .replace(/(?!\n)[\p{Cc}\u00ad]/gu, '')
}

function atomsOf(spans: readonly Span[]): Atom[] {
  const atoms: Atom[] = []
  for (const span of spans) {
    const face = styleFace(span)
    for (const part of cleanText(span.text).split(/(\n| +)/)) {
      if (part === '') continue
      if (part === '\n') atoms.push({ kind: 'break' })
      else if (part.startsWith(' ')) atoms.push({ kind: 'space', face, color: span.color })
      else {
        const runs = runsOf(part, face, span.color)
        const last = atoms.at(-1)
        // Text that touches across spans ("**word**,") is one word: it never breaks inside.
        if (last?.kind === 'word') last.runs.push(...runs)
        else atoms.push({ kind: 'word', runs })
      }
    }
  }
  return atoms
}

class LineBuilder {
  readonly lines: LaidLine[] = []
  private current: LaidLine = { pieces: [], width: 0 }

  get width(): number {
    return this.current.width
  }

  get empty(): boolean {
    return this.current.pieces.length === 0
  }

  add(text: string, face: FontFace, color: string | undefined, width: number): void {
    const last = this.current.pieces.at(-1)
    if (last && last.face === face && last.color === color) {
      last.text += text
      last.width += width
    } else this.current.pieces.push({ text, face, color, x: this.current.width, width })
    this.current.width += width
  }

  finish(): void {
    this.lines.push(this.current)
    this.current = { pieces: [], width: 0 }
  }
}

/** Lays spans out in lines at most `width` wide. Empty text gives no lines. */
export function layoutSpans(spans: readonly Span[], width: number, measure: Measure): LaidLine[] {
  const builder = new LineBuilder()
  let space: Extract<Atom, { kind: 'space' }> | null = null
  let any = false
  for (const atom of atomsOf(spans)) {
    any = true
    if (atom.kind === 'break') {
      builder.finish()
      space = null
      continue
    }
    if (atom.kind === 'space') {
      if (!builder.empty) space = atom
      continue
    }
    const wordWidth = atom.runs.reduce((sum, run) => sum + measure(run.text, run.face), 0)
    const spaceWidth = space ? measure(' ', space.face) : 0
    if (!builder.empty && builder.width + spaceWidth + wordWidth > width) {
      builder.finish()
      space = null
    }
    if (space && !builder.empty) builder.add(' ', space.face, space.color, spaceWidth)
    space = null
    if (wordWidth <= width - builder.width) {
      for (const run of atom.runs) builder.add(run.text, run.face, run.color, measure(run.text, run.face))
    } else breakLongWord(builder, atom.runs, width, measure)
  }
  if (any && !builder.empty) builder.finish()
  return builder.lines
}

/** A word wider than the line (a long link, a pasted code) is cut between characters. */
function breakLongWord(builder: LineBuilder, runs: readonly Run[], width: number, measure: Measure): void {
  for (const run of runs) {
    for (const char of run.text) {
      const charWidth = measure(char, run.face)
      if (!builder.empty && builder.width + charWidth > width) builder.finish()
      builder.add(char, run.face, run.color, charWidth)
    }
  }
}
