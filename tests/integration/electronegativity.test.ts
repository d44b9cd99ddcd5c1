import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { judge, loadAllowlist, type AllowlistEntry, type Finding } from '../../scripts/security/allowlist'
import {
  ALLOWLIST_PATH,
  countBySeverity,
  passes,
  report,
  scanElectronegativity,
  type Scan,
} from '../../scripts/security/electronegativity'
import { makeTempDir } from '../helpers/temp-vault'

/**
 * Issue 9, "Static scan": Electronegativity over electron/ finds no HIGH or MEDIUM problem that
 * the allowlist does not explain, and the allowlist holds nothing stale. A second scan of a
 * deliberately insecure folder shows the gate really fails. Both scans run offline, side by side.
 */

const fixture = makeTempDir()
let app: Scan
let insecure: Scan

beforeAll(async () => {
  mkdirSync(join(fixture.path, 'main'))
  writeFileSync(
    join(fixture.path, 'main', 'window.ts'),
    [
      "import { BrowserWindow } from 'electron'",
      'export const open = () =>',
      '  new BrowserWindow({ webPreferences: { contextIsolation: false, sandbox: false, webSecurity: false } })',
      '',
    ].join('\n'),
  )
  // A file the scanner cannot parse is a file it did not check: that must fail too.
  writeFileSync(join(fixture.path, 'main', 'broken.ts'), 'export const broken = (;\n')
  ;[app, insecure] = await Promise.all([scanElectronegativity(), scanElectronegativity(fixture.path)])
}, 120_000)

afterAll(() => fixture.remove())

describe('Electronegativity over electron/', () => {
  it('has no HIGH or MEDIUM finding outside the allowlist, and no stale allowlist entry', () => {
    const verdict = judge(app.findings, loadAllowlist(ALLOWLIST_PATH))
    const lines = report(app, verdict)
    for (const line of lines) console.info(line)
    expect(app.checks).toBeGreaterThanOrEqual(30)
    expect(app.unparsed).toEqual([])
    expect(verdict.blocking, lines.join('\n')).toEqual([])
    expect(verdict.stale, lines.join('\n')).toEqual([])
    expect(passes(app, verdict)).toBe(true)
  })

  it('fails a folder with a really insecure window, app-wide gaps and an unparsable file', () => {
    const verdict = judge(insecure.findings, loadAllowlist(ALLOWLIST_PATH))
    const blockingChecks = verdict.blocking.map((finding) => finding.check)
    console.info(`electronegativity (insecure fixture): ${JSON.stringify(countBySeverity(insecure.findings))}`)
    expect(blockingChecks).toEqual(
      expect.arrayContaining([
        'CONTEXT_ISOLATION_JS_CHECK',
        'SANDBOX_JS_CHECK',
        'WEB_SECURITY_JS_CHECK',
        'LIMIT_NAVIGATION_GLOBAL_CHECK',
        'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK',
      ]),
    )
    expect(insecure.unparsed).toEqual([expect.stringContaining('broken.ts')])
    // The real allowlist explains nothing here, so every entry reads as stale.
    expect(verdict.stale.length).toBe(loadAllowlist(ALLOWLIST_PATH).length)
    expect(passes(insecure, verdict)).toBe(false)
  })
})

describe('the allowlist', () => {
  const finding = (overrides: Partial<Finding>): Finding => ({
    check: 'SANDBOX_JS_CHECK',
    severity: 'MEDIUM',
    confidence: 'FIRM',
    file: 'electron/main/index.ts',
    location: '34:15',
    sample: 'mainWindow = new BrowserWindow(mainWindowOptions(preload))',
    description: 'Use sandbox for untrusted origins',
    ...overrides,
  })
  const entry: AllowlistEntry = {
    check: 'SANDBOX_JS_CHECK',
    file: 'electron/main/index.ts',
    sample: 'new BrowserWindow(mainWindowOptions(',
    why: 'The factory sets sandbox: true; the scanner cannot follow the call.',
  }

  it('explains only the line it names: the same check elsewhere in that file still blocks', () => {
    const verdict = judge(
      [finding({}), finding({ location: '90:3', sample: 'new BrowserWindow({ webPreferences: { sandbox: false } })' })],
      [entry],
    )
    expect(verdict.allowed).toHaveLength(1)
    expect(verdict.blocking.map((f) => f.location)).toEqual(['90:3'])
    expect(verdict.stale).toEqual([])
  })

  it('never blocks on LOW or INFORMATIONAL findings, and flags an entry that matches nothing', () => {
    const verdict = judge([finding({ check: 'CSP_GLOBAL_CHECK', severity: 'LOW', file: 'N/A', sample: '' })], [entry])
    expect(verdict.blocking).toEqual([])
    expect(verdict.stale).toEqual([entry])
  })

  it('holds entries that each name a check, a file, the flagged line and a real reason', () => {
    const entries = loadAllowlist(ALLOWLIST_PATH)
    for (const each of entries) {
      expect(each.check).toMatch(/^[A-Z_]+_CHECK$/)
      expect(each.file).toMatch(/^electron\//)
      expect(each.sample, each.check).toBeTruthy()
      expect(each.why.length, each.check).toBeGreaterThanOrEqual(40)
    }
    const dir = makeTempDir()
    try {
      const path = join(dir.path, 'allowlist.json')
      writeFileSync(
        path,
        JSON.stringify({ entries: [{ check: 'SANDBOX_JS_CHECK', file: 'electron/x.ts', why: 'safe' }] }),
      )
      expect(() => loadAllowlist(path)).toThrow(/why/)
    } finally {
      dir.remove()
    }
  })
})
