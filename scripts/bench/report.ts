import { cpus, totalmem } from 'node:os'
import { passes, type Figure } from './figures'

export interface BenchResults {
  format: 'mend-bench/1'
  createdAt: string
  mode: 'full' | 'quick'
  entries: number
  machine: { cpu: string; cores: number; memoryGb: number; node: string; platform: string; sqlite: string }
  figures: Figure[]
  /** Each search of the mix: what it asked, how many entries matched, its median times. */
  searches: Array<{ kind: string; request: unknown; total: number; encryptedMs: number; plainMs: number }>
  targets: { met: number; missed: number }
}

export function machine(sqlite: string): BenchResults['machine'] {
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    memoryGb: Math.round(totalmem() / 1_073_741_824),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    sqlite,
  }
}

function format(value: number, unit: Figure['unit']): string {
  if (!Number.isFinite(value)) return '-'
  const digits = unit === 'ratio' || unit === 'x' ? 2 : value >= 100 ? 0 : 1
  return `${value.toFixed(digits)}`
}

function targetText(figure: Figure): string {
  if (!figure.target) return ''
  const sign = figure.target.kind === 'max' ? '<=' : '>='
  return `${figure.judged ?? 'median'} ${sign} ${figure.target.value}`
}

/** The table a person reads: one row per figure, the verdict last. */
export function table(results: BenchResults): string {
  const rows = results.figures.map((figure) => {
    const verdict = passes(figure)
    return [
      figure.label,
      figure.unit,
      format(figure.median, figure.unit),
      format(figure.p95, figure.unit),
      String(figure.samples),
      targetText(figure),
      verdict === undefined ? '' : verdict ? 'PASS' : 'FAIL',
    ]
  })
  const header = ['figure', 'unit', 'median', 'p95', 'n', 'target', '']
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)))
  const line = (cells: string[]) =>
    cells
      .map((cell, column) =>
        column >= 2 && column <= 4 ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!),
      )
      .join('  ')
  const notes = results.figures.filter((figure) => figure.note).map((figure) => `- ${figure.label}: ${figure.note}`)
  const { machine: m } = results
  return [
    `Mend benchmark, ${results.mode} (${results.entries.toLocaleString('en')} entries), ${results.createdAt}`,
    `${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB, Node ${m.node}, SQLite ${m.sqlite}, ${m.platform}`,
    '',
    line(header),
    line(widths.map((width) => '-'.repeat(width))),
    ...rows.map(line),
    '',
    `targets met: ${results.targets.met}, missed: ${results.targets.missed}` +
      (results.mode === 'quick'
        ? ' (the targets are set for 100,000 entries: run the full benchmark to judge them)'
        : ''),
    '',
    ...notes,
  ].join('\n')
}
