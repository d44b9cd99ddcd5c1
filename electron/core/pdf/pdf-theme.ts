import type { PdfFontSize, PdfPageSize } from '../../contract/pdf-values'

/**
 * The look of every Mend PDF: the app's warm ink and one quiet green, generous margins, and
 * about 70 characters a line at the normal size (comfortable for reading on paper).
 */

export interface PdfTheme {
  pageSize: PdfPageSize
  /** Body text size in points. */
  body: number
  /** Baseline to baseline, as a multiple of the text size. */
  leading: number
  small: number
  margins: { top: number; bottom: number; left: number; right: number }
  colors: typeof COLORS
}

export const COLORS = {
  ink: '#2a2824',
  muted: '#6b645a',
  faint: '#9a9287',
  rule: '#ddd5c8',
  accent: '#2f6b5e',
  accentSoft: '#e4efeb',
  paperSunk: '#f4f0e8',
  kept: '#2f7a4f',
  missed: '#b5533f',
  notApplicable: '#a9a295',
  unrecorded: '#e6e0d5',
  warn: '#9a6a12',
} as const

/** Points, as pdfkit names them: A4 is 595.28 x 841.89, Letter 612 x 792. */
export const PAGE_POINTS: Readonly<Record<PdfPageSize, readonly [number, number]>> = {
  A4: [595.28, 841.89],
  Letter: [612, 792],
}

const BODY_SIZES: Readonly<Record<PdfFontSize, number>> = { small: 9.5, normal: 10.5, large: 12.5 }

export function themeFor(pageSize: PdfPageSize, fontSize: PdfFontSize): PdfTheme {
  const body = BODY_SIZES[fontSize]
  return {
    pageSize,
    body,
    leading: 1.5,
    small: Math.max(7.5, body - 2),
    // Large print needs a little more of the page's width to keep lines from getting too short.
    margins: { top: 62, bottom: 70, left: fontSize === 'large' ? 58 : 66, right: fontSize === 'large' ? 58 : 66 },
    colors: COLORS,
  }
}
