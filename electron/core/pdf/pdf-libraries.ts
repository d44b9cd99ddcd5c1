import type * as Fontkit from 'fontkit'
import type { Token } from 'markdown-it'
import type PDFDocument from 'pdfkit'

/**
 * pdfkit, fontkit and markdown-it, loaded on the first PDF rather than at start: together they
 * add about 0.3 s to starting the app and every `mend` command, most of which never print.
 * Imported by name (not a module of ours), so the bundles stay one file each.
 */
export interface PdfLibraries {
  PDFDocument: typeof PDFDocument
  fontkit: typeof Fontkit
  /** A parser with the app's reader's settings. */
  markdown: { parse(src: string, env: object): Token[] }
}

let loaded: PdfLibraries | null = null

export async function loadPdfLibraries(): Promise<PdfLibraries> {
  if (!loaded) {
    const [pdfkit, fontkit, markdownIt] = await Promise.all([
      import('pdfkit'),
      import('fontkit'),
      import('markdown-it'),
    ])
    loaded = {
      PDFDocument: pdfkit.default,
      fontkit,
      // The app's reader's settings (src/components/journal/render-markdown.ts): print matches the screen.
      markdown: new markdownIt.default({ html: false, linkify: false, typographer: true, breaks: true }),
    }
  }
  return loaded
}

/** The libraries, once `loadPdfLibraries` has run (every way into a PDF awaits it first). */
export function pdfLibraries(): PdfLibraries {
  if (!loaded) throw new Error('The PDF libraries are used before loadPdfLibraries() finished.')
  return loaded
}
