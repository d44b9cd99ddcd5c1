import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { isAbsolute, join, relative, resolve, sep } from 'node:path'
import { promisify } from 'node:util'
import { judge, loadAllowlist, SEVERITIES, type Finding, type Verdict } from './allowlist'

/**
 * Doyensec's Electronegativity over electron/, gated: it exits 0 whatever it finds, so this reads
 * its findings and fails on any HIGH or MEDIUM one that security/electronegativity-allowlist.json
 * does not explain, on any allowlist entry that no longer matches anything, and on any file the
 * scanner could not parse (and so did not check).
 * Run: npx tsx scripts/security/electronegativity.ts (exit code 1 on failure).
 */

export const ROOT = resolve(__dirname, '../..')
export const ALLOWLIST_PATH = join(ROOT, 'security', 'electronegativity-allowlist.json')
const RUNNER = join(__dirname, 'electronegativity-runner.mjs')
// Must match the runner's prefix for its summary line.
const SUMMARY_MARK = 'ELECTRONEGATIVITY_SUMMARY '

export interface Scan {
  /** How many checks ran (global and per-file). */
  checks: number
  findings: Finding[]
  /** Files the scanner could not parse, and so did not check. */
  unparsed: string[]
}

/** The Electron that ships, so version-dependent defaults are judged for it. */
function installedElectronVersion(): string {
  const path = createRequire(__filename).resolve('electron/package.json')
  return (JSON.parse(readFileSync(path, 'utf8')) as { version: string }).version
}

/** The scanner's paths are relative to the scanned folder; make them repository-relative. */
function repoPath(input: string, file: string): string {
  if (file === 'N/A') return file
  const path = relative(ROOT, join(input, file))
  return (path.startsWith('..') || isAbsolute(path) ? join(input, file) : path).split(sep).join('/')
}

/** Scans `input` (a folder) in a child process. Offline: the runner stubs the scanner's HTTP client. */
export async function scanElectronegativity(input = join(ROOT, 'electron')): Promise<Scan> {
  const { stdout } = await promisify(execFile)(process.execPath, [RUNNER, input, installedElectronVersion()], {
    cwd: ROOT,
    timeout: 120_000,
    maxBuffer: 16 * 1024 * 1024,
  })
  const line = stdout.split('\n').find((candidate) => candidate.startsWith(SUMMARY_MARK))
  if (!line) throw new Error(`Electronegativity printed no summary:\n${stdout}`)
  const scan = JSON.parse(line.slice(SUMMARY_MARK.length)) as Scan
  for (const finding of scan.findings) {
    if (!(SEVERITIES as readonly string[]).includes(finding.severity)) {
      throw new Error(`unknown severity "${finding.severity}" for ${finding.check}`)
    }
  }
  return { ...scan, findings: scan.findings.map((finding) => ({ ...finding, file: repoPath(input, finding.file) })) }
}

export function countBySeverity(findings: Finding[]): Record<(typeof SEVERITIES)[number], number> {
  const count = (level: string) => findings.filter((finding) => finding.severity === level).length
  return { HIGH: count('HIGH'), MEDIUM: count('MEDIUM'), LOW: count('LOW'), INFORMATIONAL: count('INFORMATIONAL') }
}

/** Human-readable lines: the figures first, then whatever fails. */
export function report(scan: Scan, verdict: Verdict): string[] {
  const counts = countBySeverity(scan.findings)
  const lines = [
    `electronegativity: ${scan.checks} checks; findings ${SEVERITIES.map((level) => `${level} ${counts[level]}`).join(', ')}; ` +
      `allowlisted ${verdict.allowed.length}, blocking ${verdict.blocking.length}, ` +
      `stale allowlist entries ${verdict.stale.length}, unparsed files ${scan.unparsed.length}`,
  ]
  for (const f of verdict.blocking)
    lines.push(`  BLOCKING ${f.severity} ${f.check} ${f.file}:${f.location} ${f.description}`)
  for (const e of verdict.stale)
    lines.push(`  STALE allowlist entry ${e.check} ${e.file}${e.sample ? ` "${e.sample}"` : ''}`)
  for (const u of scan.unparsed) lines.push(`  UNPARSED ${u}`)
  return lines
}

export function passes(scan: Scan, verdict: Verdict): boolean {
  return verdict.blocking.length === 0 && verdict.stale.length === 0 && scan.unparsed.length === 0
}

async function main(): Promise<void> {
  const scan = await scanElectronegativity()
  const verdict = judge(scan.findings, loadAllowlist(ALLOWLIST_PATH))
  for (const line of report(scan, verdict)) console.info(line)
  if (!passes(scan, verdict)) process.exitCode = 1
}

if (process.argv[1] && resolve(process.argv[1]) === __filename) {
  main().catch((error: unknown) => {
    console.error(error)
    process.exitCode = 1
  })
}
