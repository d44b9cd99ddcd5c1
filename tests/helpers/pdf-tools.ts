import { spawnSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'

/**
 * Reads PDFs the way a person's viewer would, with poppler-utils (pdftotext, pdfinfo, pdftoppm):
 * the tests check what a reader gets, not how the file is put together.
 */

export interface PopplerRun {
  status: number | null
  stdout: string
  stderr: string
}

function run(tool: string, args: string[]): PopplerRun {
  const result = spawnSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  if (result.error) throw result.error
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

/** The text of the PDF (or of pages `first`..`last`), as pdftotext reads it; throws when it cannot. */
export function pdfText(path: string, options: { password?: string; first?: number; last?: number } = {}): string {
  const result = pdfTextRun(path, options)
  if (result.status !== 0) throw new Error(`pdftotext failed (${result.status}): ${result.stderr}`)
  return result.stdout
}

export function pdfTextRun(path: string, options: { password?: string; first?: number; last?: number } = {}) {
  const args = ['-layout', '-enc', 'UTF-8']
  if (options.password !== undefined) args.push('-upw', options.password)
  if (options.first !== undefined) args.push('-f', String(options.first))
  if (options.last !== undefined) args.push('-l', String(options.last))
  return run('pdftotext', [...args, path, '-'])
}

/** Each page's text, in order (pdftotext separates pages with a form feed). */
export function pdfPages(path: string, password?: string): string[] {
  return pdfText(path, password === undefined ? {} : { password })
    .split('\f')
    .slice(0, -1)
}

export interface PdfInfo {
  pages: number
  width: number
  height: number
  encrypted: string
  title: string
}

export function pdfInfo(path: string, password?: string): PdfInfo {
  const result = run('pdfinfo', [...(password === undefined ? [] : ['-upw', password]), path])
  if (result.status !== 0) throw new Error(`pdfinfo failed (${result.status}): ${result.stderr}`)
  const field = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'm').exec(result.stdout)?.[1] ?? ''
  const size = /([\d.]+) x ([\d.]+) pts/.exec(field('Page size'))
  return {
    pages: Number(field('Pages')),
    width: Number(size?.[1]),
    height: Number(size?.[2]),
    encrypted: field('Encrypted'),
    title: field('Title'),
  }
}

/**
 * What a PDF says about itself without being opened: every field of its Info dictionary (as
 * pdfinfo prints them) and its XMP metadata stream (pdfinfo -meta), as text.
 */
export function pdfMetadata(path: string, password?: string): { info: string; xmp: string } {
  const pw = password === undefined ? [] : ['-upw', password]
  const info = run('pdfinfo', [...pw, path])
  const xmp = run('pdfinfo', [...pw, '-meta', path])
  if (info.status !== 0 || xmp.status !== 0) throw new Error(`pdfinfo failed: ${info.stderr}${xmp.stderr}`)
  return { info: info.stdout, xmp: xmp.stdout }
}

/** Where rendered pages go: kept after the run as artifacts a person can look at. */
export const PDF_ARTIFACTS = resolve('test-results/pdf')

/** Renders pages `first`..`last` to PNG at `dpi`; returns the files written. */
export function renderPages(path: string, name: string, first: number, last: number, dpi = 80): string[] {
  mkdirSync(PDF_ARTIFACTS, { recursive: true })
  const prefix = join(PDF_ARTIFACTS, name)
  const result = run('pdftoppm', ['-png', '-r', String(dpi), '-f', String(first), '-l', String(last), path, prefix])
  if (result.status !== 0) throw new Error(`pdftoppm failed (${result.status}): ${result.stderr}`)
  // pdftoppm pads page numbers to the width of the document's page count.
  const digits = String(pdfInfo(path).pages).length
  return Array.from(
    { length: last - first + 1 },
    (_, index) => `${prefix}-${String(first + index).padStart(digits, '0')}.png`,
  )
}
