import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type * as fontkit from 'fontkit'
import { pdfLibraries } from './pdf-libraries'

/**
 * The typefaces every PDF embeds (subset to the glyphs used), all shipped as npm packages so
 * nothing is ever fetched:
 * - Noto Sans (SIL Open Font License 1.1, @expo-google-fonts/noto-sans): Latin with accents,
 *   Greek and Cyrillic, in regular, italic, bold and bold italic;
 * - Noto Emoji (OFL 1.1, @expo-google-fonts/noto-emoji): emoji in outline (one colour), with
 *   its ligatures for ZWJ families and skin tones, because pdfkit cannot embed colour emoji;
 * - DejaVu Sans (Bitstream Vera licence, changes public domain; dejavu-fonts-ttf): arrows, check
 *   marks, stars and other symbols neither Noto font has.
 * A character none of them covers prints as U+FFFD in Noto Sans (a visible "?" in a diamond),
 * never as an empty box that looks like a rendering fault.
 */
export type FontFace = 'regular' | 'italic' | 'bold' | 'boldItalic' | 'emoji' | 'symbols'

export const FONT_FACES: readonly FontFace[] = ['regular', 'italic', 'bold', 'boldItalic', 'emoji', 'symbols']

const FONT_FILES: Readonly<Record<FontFace, string>> = {
  regular: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
  italic: '@expo-google-fonts/noto-sans/400Regular_Italic/NotoSans_400Regular_Italic.ttf',
  bold: '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
  boldItalic: '@expo-google-fonts/noto-sans/700Bold_Italic/NotoSans_700Bold_Italic.ttf',
  emoji: '@expo-google-fonts/noto-emoji/400Regular/NotoEmoji_400Regular.ttf',
  symbols: 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf',
}

export const PLACEHOLDER = '\uFFFD'

/**
 * Resolves from this module. `__filename` rather than `import.meta.url`: every runner of core
 * (the app's CommonJS bundle, the CLI's, tsx, vitest) defines it, and the bundler would otherwise
 * add a require of "url" to the CLI.
 */
function resolvePackageFile(file: string): string {
  return createRequire(__filename).resolve(file)
}

/**
 * The parsed fonts, read once per process and shared by every document: parsing them is most of
 * the cost of a small export. pdfkit takes a parsed font as it is and subsets it per document.
 */
const fontsByFace = new Map<FontFace, fontkit.Font>()

export function parsedFont(face: FontFace): fontkit.Font {
  let font = fontsByFace.get(face)
  if (!font) {
    font = pdfLibraries().fontkit.create(readFileSync(resolvePackageFile(FONT_FILES[face]))) as fontkit.Font
    fontsByFace.set(face, font)
  }
  return font
}

/** Which fallback draws a character: the text face itself, emoji, symbols, or none. */
export type Coverage = 'text' | 'emoji' | 'symbols' | 'none'

const coverageCache = new Map<number, Coverage>()
const PICTOGRAPHIC = /\p{Extended_Pictographic}/u

/** Pictographs go to the emoji font first; other symbols to DejaVu, which draws them as text. */
export function coverageOf(codePoint: number): Coverage {
  let coverage = coverageCache.get(codePoint)
  if (coverage === undefined) {
    const has = (face: FontFace) => parsedFont(face).hasGlyphForCodePoint(codePoint)
    const pictograph = PICTOGRAPHIC.test(String.fromCodePoint(codePoint))
    if (has('regular')) coverage = 'text'
    else if (pictograph && has('emoji')) coverage = 'emoji'
    else if (has('symbols')) coverage = 'symbols'
    else if (has('emoji')) coverage = 'emoji'
    else coverage = 'none'
    coverageCache.set(codePoint, coverage)
  }
  return coverage
}
