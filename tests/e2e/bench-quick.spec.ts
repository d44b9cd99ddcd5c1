import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { expect, test } from '@playwright/test'

/**
 * `npm run bench -- --quick` runs end to end (10,000 entries, every section, the renderer in
 * Chromium) and writes bench-results.json that a reviewer can read. Its speed is not judged here:
 * targets belong to the full benchmark on a quiet machine, and CI machines are neither.
 */
/** Issue 20: the host thread's longest stall while the core works in its worker, for each kind of work. */
const STALL_FIGURES = [
  'stall.unlock',
  'stall.backup',
  'stall.import',
  'stall.search',
  'stall.autosave',
  'stall.pdf',
  'stall.migration',
]

const EXPECTED_FIGURES = [
  'import.encrypted',
  'import.plain',
  'import.ratio',
  'search.encrypted',
  'search.plain',
  'search.ratio',
  'peer.search',
  'search.speedup',
  'autosave.commit',
  'pdf.plan',
  'unlock.derive',
  'unlock.openFirstPage',
  'memory.peakRss',
  'renderer.initialJs',
  'renderer.initialCss',
  'renderer.unlockFirstPaint',
  'renderer.timelineInteractive',
  'language.check',
  'language.checkRunOn',
  'language.parts',
  'photos.add',
  'photos.unlockOpen',
  'photos.backup',
  'photos.read',
  'photos.beside.read',
  ...STALL_FIGURES,
]

interface ResultsFile {
  format: string
  mode: string
  entries: number
  machine: { cpu: string; cores: number; node: string; sqlite: string }
  figures: Array<{
    id: string
    label: string
    median: number
    p95: number
    samples: number
    target?: { kind: string; value: number }
  }>
  searches: Array<{ kind: string; total: number; encryptedMs: number; plainMs: number }>
  targets: { met: number; missed: number }
}

test('the quick benchmark runs and writes valid results', async () => {
  // The bounds only catch a hang: the quick run takes under a minute on an idle machine, and over
  // five on one busy with other work (seen at a load of 12 on two cores). Its speed targets are
  // reported, not asserted here.
  test.setTimeout(600_000)
  const folder = mkdtempSync(join(tmpdir(), 'mend-bench-test-'))
  try {
    const out = join(folder, 'bench-results.json')
    const printed = execFileSync(
      process.execPath,
      ['--import', 'tsx', resolve('scripts/bench/index.ts'), '--quick', '--no-build', '--out', out],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 580_000 },
    )
    expect(printed).toContain('targets met:')
    const results = JSON.parse(readFileSync(out, 'utf8')) as ResultsFile
    expect(results).toMatchObject({ format: 'mend-bench/1', mode: 'quick', entries: 10_000 })
    expect(results.machine.cores).toBeGreaterThan(0)
    expect(results.machine.node).toMatch(/^v22\./)
    expect(results.machine.sqlite).toMatch(/^3\.\d+\.\d+$/)
    const byId = new Map(results.figures.map((figure) => [figure.id, figure]))
    for (const id of EXPECTED_FIGURES) {
      const figure = byId.get(id)
      expect(figure, id).toBeDefined()
      // A stall can be nothing at all; every other figure is a time or a size.
      const least = STALL_FIGURES.includes(id) ? 0 : Number.MIN_VALUE
      expect(Number.isFinite(figure!.median) && figure!.median >= least, `${id} median`).toBe(true)
      expect(figure!.p95, `${id} p95`).toBeGreaterThanOrEqual(figure!.median)
      expect(figure!.samples, `${id} samples`).toBeGreaterThan(0)
    }
    // Each stall is judged against 50 ms, says so in its label, and sits in the table with the others.
    for (const id of STALL_FIGURES) {
      const figure = byId.get(id)!
      expect(figure.label, id).toContain('stall')
      expect(figure.target, id).toEqual({ kind: 'max', value: 50 })
      // Beside it, the share of the wait the host thread spent on its own work (the machine's load aside).
      const own = byId.get(`${id}.busy`)
      expect(own?.target, `${id}.busy`).toEqual({ kind: 'max', value: 50 })
      expect(own!.median, `${id}.busy`).toBeGreaterThanOrEqual(0)
    }
    expect(byId.get('stall.idle')?.samples).toBeGreaterThan(0)
    // The import is shown beside its plain-file baseline, with the ratio judged against 1.35.
    const order = results.figures.map((figure) => figure.id)
    expect(order.indexOf('import.plain')).toBe(order.indexOf('import.encrypted') + 1)
    expect(byId.get('import.ratio')!.target).toEqual({ kind: 'max', value: 1.35 })
    // 50 searches, ten of each kind; every word search finds something in the seeded journal
    // (a combination of filters may rightly find nothing in 10,000 entries).
    expect(results.searches).toHaveLength(50)
    for (const kind of ['rare', 'common', 'prefix', 'phrase', 'filter']) {
      expect(results.searches.filter((search) => search.kind === kind)).toHaveLength(10)
    }
    expect(results.searches.filter((search) => search.kind !== 'filter' && search.total === 0)).toEqual([])
    const judged = results.figures.filter((figure) => figure.target).length
    expect(results.targets.met + results.targets.missed).toBe(judged)
    console.info(
      `bench --quick: ${results.figures.length} figures, targets met ${results.targets.met}, missed ${results.targets.missed}`,
    )
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
})
