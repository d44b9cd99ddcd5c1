import { beforeAll, describe, expect, it } from 'vitest'
import { coverageOf, PLACEHOLDER } from '../../../../electron/core/pdf/fonts'
import { markdownBlocks } from '../../../../electron/core/pdf/markdown-blocks'
import { loadPdfLibraries } from '../../../../electron/core/pdf/pdf-libraries'
import { layoutSpans, runsOf, type Measure } from '../../../../electron/core/pdf/text-layout'

// Fonts and the Markdown parser load on the first PDF; these tests use them directly.
beforeAll(() => loadPdfLibraries())

/** Every character 1 unit wide, bold ones 1.5: enough to check where lines break. */
const measure: Measure = (text, face) => [...text].length * (face.startsWith('bold') ? 1.5 : 1)
const lineTexts = (width: number, ...spans: Parameters<typeof layoutSpans>[0]) =>
  layoutSpans(spans, width, measure).map((line) => line.pieces.map((piece) => piece.text).join(''))

describe('line breaking', () => {
  it('breaks at spaces, never inside a word, and drops the space at the break', () => {
    expect(lineTexts(11, { text: 'one two three four' })).toEqual(['one two', 'three four'])
  })

  it('keeps a word whole across style changes ("**bold**," stays together)', () => {
    // "aa bold" would fit in 9, but "bold," is one word and moves to the next line whole.
    const lines = lineTexts(9, { text: 'aa ' }, { text: 'bold', bold: true }, { text: ', next' })
    expect(lines).toEqual(['aa', 'bold,', 'next'])
  })

  it('cuts a word wider than the line between characters', () => {
    expect(lineTexts(4, { text: 'abcdefghij k' })).toEqual(['abcd', 'efgh', 'ij k'])
  })

  it('keeps line breaks and empty lines from the text, and gives no line for no text', () => {
    expect(lineTexts(50, { text: 'a\n\nb' })).toEqual(['a', '', 'b'])
    expect(lineTexts(50, { text: '' })).toEqual([])
  })

  it('turns tabs and odd spaces into spaces and drops control characters', () => {
    expect(lineTexts(50, { text: 'a\tb\u00a0c\u0007d' })).toEqual(['a b cd'])
  })
})

describe('fonts for every character', () => {
  it('draws Latin accents, Greek and Cyrillic with Noto Sans itself', () => {
    for (const char of 'éüøßΩαβγЖяЇ«»’—') expect(coverageOf(char.codePointAt(0)!), char).toBe('text')
  })

  it('sends emoji, with their joiners and skin tones, to the emoji font as one run', () => {
    const runs = runsOf('Hi 👍🏽 👨‍👩‍👧 ❤️!', 'regular', undefined)
    expect(runs.map((run) => [run.face, run.text])).toEqual([
      ['regular', 'Hi '],
      ['emoji', '👍🏽'],
      ['regular', ' '],
      ['emoji', '👨‍👩‍👧'],
      ['regular', ' '],
      ['emoji', '❤️'],
      ['regular', '!'],
    ])
  })

  it('draws arrows and check marks with the symbols font, and anything else as a visible placeholder', () => {
    expect(runsOf('a → b ✓', 'bold', undefined).map((run) => run.face)).toEqual(['bold', 'symbols', 'bold', 'symbols'])
    const unknown = runsOf('漢字', 'regular', undefined)
    expect(unknown).toEqual([{ text: `${PLACEHOLDER}${PLACEHOLDER}`, face: 'regular', color: undefined }])
  })
})

describe('Markdown as the PDF prints it', () => {
  it('turns bold and italic into styles, never into asterisks', () => {
    const [block] = markdownBlocks('I did **this**, and *that*.')
    expect(block).toEqual({
      kind: 'paragraph',
      spans: [
        { text: 'I did ', bold: false, italic: false },
        { text: 'this', bold: true, italic: false },
        { text: ', and ', bold: false, italic: false },
        { text: 'that', bold: false, italic: true },
        { text: '.', bold: false, italic: false },
      ],
      depth: 0,
      marker: null,
      quote: false,
    })
  })

  it('gives list items their markers and depth, numbered lists their numbers', () => {
    const blocks = markdownBlocks('- one\n  - inner\n- two\n\n3. three\n4. four')
    expect(blocks.map((block) => (block.kind === 'paragraph' ? [block.marker, block.depth] : block.kind))).toEqual([
      ['•', 1],
      ['–', 2],
      ['•', 1],
      ['3.', 1],
      ['4.', 1],
    ])
  })

  it('keeps headings, quotes and rules, and shows raw HTML as text', () => {
    const blocks = markdownBlocks('# Title\n\n> quoted\n\n---\n\n<b>not bold</b>')
    expect(blocks.map((block) => block.kind)).toEqual(['heading', 'paragraph', 'rule', 'paragraph'])
    expect(blocks[1]).toMatchObject({ quote: true })
    expect(blocks[3]).toMatchObject({ spans: [{ text: '<b>not bold</b>' }] })
  })

  it('keeps a line break inside a paragraph, as the app shows it', () => {
    const [block] = markdownBlocks('first line\nsecond line')
    expect(block?.kind === 'paragraph' && block.spans.map((span) => span.text).join('')).toBe('first line\nsecond line')
  })
})
