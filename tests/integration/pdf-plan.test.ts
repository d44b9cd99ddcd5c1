import { copyFileSync, mkdirSync, statSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_PLAN_PDF_SECTIONS, METHOD_CITATIONS, type PlanPdfOptions } from '../../electron/contract'
import { renderPlanPdf, samplePlanSource } from '../../electron/core/pdf'
import { makeTempDir } from '../helpers/temp-vault'
import { pdfInfo, pdfPages, pdfText, pdfTextRun, renderPages } from '../helpers/pdf-tools'

const CREATED = new Date('2026-11-20T10:00:00Z')
/** Every section but the private notes; linked entries are asked for (they are off by default). */
const A4: PlanPdfOptions = {
  pageSize: 'A4',
  fontSize: 'normal',
  sections: { ...DEFAULT_PLAN_PDF_SECTIONS, entries: true },
}

describe('a repair plan printed to PDF (the built-in sample, read back with poppler)', () => {
  let temp: ReturnType<typeof makeTempDir>
  const written = new Map<string, string>()

  /** Renders the sample (or a bigger one) once per name, into a real file. */
  async function pdf(name: string, options: PlanPdfOptions = A4, size?: { amends: number; checkIns: number }) {
    const cached = written.get(name)
    if (cached) return cached
    const rendered = await renderPlanPdf(samplePlanSource(size), options, CREATED)
    const path = join(temp.path, `${name}.pdf`)
    writeFileSync(path, rendered.bytes)
    expect(pdfInfo(path, options.password).pages).toBe(rendered.pages)
    written.set(name, path)
    return path
  }

  beforeAll(() => {
    temp = makeTempDir('mend-pdf-')
  })
  afterAll(() => temp.remove())

  it('reads back the title page, contents, headings, names and amends', async () => {
    const text = pdfText(await pdf('a4'))
    for (const heading of [
      'Rebuilding trust with Eléna',
      'With Eléna Papadaki',
      'Contents',
      'What happened',
      'What to expect, honestly',
      'Step 1 · Take ownership',
      'Step 2 · Show compassion',
      'Step 3 · Make amends',
      "Step 4 · Act, don't promise",
      'Consistency, week by week',
      'The check-in record',
      'Journal entries',
      'The evening she found out',
    ]) {
      expect(text, heading).toContain(heading)
    }
    expect(text).toContain('Tell her the whole truth')
    expect(text).toContain('Pay for our sessions with Dr. Müller')
    expect(text).toContain('Declined by them')
    expect(text).toContain('Source: Schweitzer, Hershey & Bradlow, 2006')
    // Every "Source:" line names an entry of the reference list (issue 22); guidance no study is
    // cited for says it is Mend's own.
    const sources = [...text.matchAll(/^\s*Source: (.+)$/gm)].map((match) => match[1]!.trim())
    expect(sources.length).toBeGreaterThan(1)
    for (const source of sources) expect(METHOD_CITATIONS, source).toContain(source)
    expect(text).toContain('Mend’s own guidance, not a research finding')
    // Markdown is laid out, never printed raw.
    expect(text).toMatch(/three separate\s+evenings/)
    expect(text).not.toMatch(/\*\*|__|^\s*- I went/m)
    expect(text).toContain('•')
  })

  it('prints accents, Greek, Cyrillic and emoji with embedded fonts, no placeholder needed', async () => {
    const text = pdfText(await pdf('a4'))
    for (const word of [
      'Eléna',
      'Müller',
      'Zürich',
      'αβγό',
      'Ω, πόσο λυπάμαι',
      'Θεσσαλονίκη',
      'Ксения',
      'Я больше не знаю',
      'Київ',
    ]) {
      expect(text, word).toContain(word)
    }
    expect(text).toMatch(/💔|🍋|🙏/u)
    expect(text).not.toContain('\uFFFD')
  })

  it('has page numbers and the "Private" footer on every page', async () => {
    const pages = pdfPages(await pdf('a4'))
    expect(pages.length).toBeGreaterThanOrEqual(6)
    pages.forEach((page, index) => {
      expect(page, `page ${index + 1}`).toContain(`Page ${index + 1} of ${pages.length}`)
      expect(page, `page ${index + 1}`).toMatch(/Private\s+·\s+Rebuilding trust with Eléna/)
    })
  })

  it('lists every section in the contents with the page it starts on', async () => {
    const pages = pdfPages(await pdf('a4'))
    const contents = pages[1] ?? ''
    for (const [title, needle] of [
      ['What happened', 'What happened'],
      ['Step 3 · Make amends', 'Step 3 · Make amends'],
      ['Journal entries', 'Journal entries'],
    ] as const) {
      const line = contents.split('\n').find((candidate) => candidate.includes(title)) ?? ''
      const page = Number(/(\d+)\s*$/.exec(line)?.[1])
      expect(pages[page - 1], `${title} on page ${page}`).toContain(needle)
    }
  })

  it('is A4 (595 x 842 pt) or Letter (612 x 792 pt), as chosen', async () => {
    const a4 = pdfInfo(await pdf('a4'))
    expect([Math.round(a4.width), Math.round(a4.height)]).toEqual([595, 842])
    const letter = pdfInfo(await pdf('letter', { ...A4, pageSize: 'Letter' }))
    expect([letter.width, letter.height]).toEqual([612, 792])
    expect(letter.pages).toBeGreaterThanOrEqual(a4.pages)
  })

  it('gets longer with large print and shorter with small', async () => {
    const normal = pdfInfo(await pdf('a4')).pages
    const large = pdfInfo(await pdf('large', { ...A4, fontSize: 'large' })).pages
    const small = pdfInfo(await pdf('small', { ...A4, fontSize: 'small' })).pages
    expect(large).toBeGreaterThan(normal)
    expect(small).toBeLessThanOrEqual(normal)
  })

  it('leaves private notes out unless asked, and the sections the person unticked', async () => {
    const standard = pdfText(await pdf('a4'))
    expect(standard).not.toContain('Private notes')
    expect(standard).not.toContain('my jealousy itself')
    const withNotes = pdfText(await pdf('notes', { ...A4, sections: { ...A4.sections, privateNotes: true } }))
    expect(withNotes).toContain('Private notes')
    expect(withNotes).toContain('my jealousy itself')
    const stepsOnly = pdfText(
      await pdf('steps-only', {
        ...A4,
        sections: { steps: true, amends: false, commitments: false, entries: false, privateNotes: false },
      }),
    )
    expect(stepsOnly).toContain('Step 2 · Show compassion')
    expect(stepsOnly).not.toContain('Step 3 · Make amends')
    expect(stepsOnly).not.toContain('The check-in record')
    expect(stepsOnly).not.toContain('The evening she found out')
  })

  it('with a password: unreadable without it (pdftotext fails), readable with it, AES-256', async () => {
    const path = await pdf('locked', { ...A4, password: 'kitchen-table-7' })
    const refused = pdfTextRun(path)
    expect(refused.status).not.toBe(0)
    expect(refused.stdout).not.toContain('Eléna')
    expect(pdfTextRun(path, { password: 'wrong password' }).status).not.toBe(0)
    expect(pdfText(path, { password: 'kitchen-table-7' })).toContain('Rebuilding trust with Eléna')
    expect(pdfInfo(path, 'kitchen-table-7').encrypted).toContain('AES-256')
  })

  it('breaks 30 amends and 200 check-ins across pages, repeating the header row, never splitting a row', async () => {
    const path = await pdf('big', A4, { amends: 30, checkIns: 200 })
    const pages = pdfPages(path)
    const text = pages.join('\n')
    for (let amend = 1; amend <= 30; amend++) expect(text).toMatch(new RegExp(`^\\s*${amend}\\s+\\S`, 'm'))
    expect(text).toContain('200 check-ins, by commitment, oldest first.')

    const amendPages = pages.filter((page) => /#\s+Amend\s+When\s+Due\s+Status/.test(page))
    expect(amendPages.length).toBeGreaterThanOrEqual(2)
    expect(amendPages.slice(1).every((page) => page.includes('Amends, continued'))).toBe(true)

    const recordPages = pages.filter((page) => /Day\s+Outcome\s+Note/.test(page))
    expect(recordPages.length).toBeGreaterThanOrEqual(3)
    const continued = recordPages.filter((page) => page.includes('continued'))
    expect(continued.length).toBeGreaterThanOrEqual(2)
    for (const page of continued) {
      // The header row comes first on a continued page, straight under the "continued" note.
      const lines = page.split('\n').filter((line) => line.trim())
      const note = lines.findIndex((line) => line.includes('continued'))
      expect(lines[note + 1]).toMatch(/Day\s+Outcome\s+Note|#\s+Amend/)
    }
    // Every check-in row is whole on one page: its day, its outcome on the same line.
    const rows = text.match(/^\s*(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{1,2} \w+ 2026\s+(Kept|Missed|Did not apply)/gm) ?? []
    expect(rows.length).toBe(200)
  })

  it('carries a row taller than a page over to the next, cut between lines, losing no word', async () => {
    const source = samplePlanSource()
    const words = Array.from({ length: 900 }, (_, index) => `word${index + 1}`)
    const first = source.checkIns.find((checkIn) => checkIn.commitmentId === 1)!
    first.note = words.join(' ')
    const rendered = await renderPlanPdf(source, A4, CREATED)
    const path = join(temp.path, 'tall-row.pdf')
    writeFileSync(path, rendered.bytes)
    const text = pdfText(path)
    for (const word of ['word1', 'word450', 'word900']) expect(text).toMatch(new RegExp(`\\b${word}\\b`))
    expect(pdfInfo(path).pages).toBeGreaterThan(pdfInfo(await pdf('a4')).pages)
  })

  it('renders pages to pictures in test-results/pdf/ (and, asked to, the README pictures)', async () => {
    const path = await pdf('a4')
    const pages = pdfPages(path)
    // The page with the chart: the second picture a reader of the README sees.
    const chartPage = pages.findIndex((page, index) => index > 1 && page.includes('Consistency, week by week')) + 1
    expect(chartPage).toBeGreaterThan(2)
    const [titlePicture] = renderPages(path, 'sample-plan', 1, 1)
    const [chartPicture] = renderPages(path, 'sample-plan', chartPage, chartPage)
    for (const file of [titlePicture!, chartPicture!]) expect(statSync(file).size).toBeGreaterThan(10_000)
    copyFileSync(path, resolve('test-results/pdf/sample-plan.pdf'))
    if (process.env['MEND_UPDATE_SCREENSHOTS']) {
      const screenshots = resolve('docs/screenshots')
      mkdirSync(screenshots, { recursive: true })
      copyFileSync(titlePicture!, join(screenshots, 'pdf-plan-page1.png'))
      copyFileSync(chartPicture!, join(screenshots, 'pdf-plan-page2.png'))
    }
  })
})
