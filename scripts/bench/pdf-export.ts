/**
 * How long a big plan takes to export to PDF: 30 amends and 200 check-ins, laid out, encrypted
 * or not, and written atomically to a temp file. Median of 5 runs (the first includes loading
 * the fonts, as a person's first export does), against the 2 s the issue allows.
 * Usage: npm run bench:pdf
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { DEFAULT_PLAN_PDF_SECTIONS } from '../../electron/contract'
import { renderPlanPdf, samplePlanSource, savePdf } from '../../electron/core/pdf'

const RUNS = 5
const BUDGET_MS = 2000

async function main(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'mend-bench-pdf-'))
  const times: number[] = []
  let pages = 0
  try {
    for (let run = 0; run < RUNS; run++) {
      const started = performance.now()
      // Reading the plan is part of an export: the sample is built (stats, series, step progress) each time.
      const source = samplePlanSource({ amends: 30, checkIns: 200 })
      const pdf = await renderPlanPdf(
        source,
        { pageSize: 'A4', fontSize: 'normal', sections: DEFAULT_PLAN_PDF_SECTIONS },
        new Date('2026-11-20T10:00:00Z'),
      )
      savePdf(join(folder, `plan-${run}.pdf`), pdf)
      times.push(performance.now() - started)
      pages = pdf.pages
    }
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
  const median = [...times].sort((a, b) => a - b)[Math.floor(RUNS / 2)] ?? Number.NaN
  console.info(`PDF export, 30 amends + 200 check-ins, ${pages} pages`)
  console.info(`runs: ${times.map((ms) => `${ms.toFixed(0)} ms`).join(', ')}`)
  console.info(`median: ${median.toFixed(0)} ms (budget ${BUDGET_MS} ms): ${median < BUDGET_MS ? 'PASS' : 'FAIL'}`)
  if (median >= BUDGET_MS) process.exitCode = 1
}

void main()
