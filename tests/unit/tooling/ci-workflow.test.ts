import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { validateWorkflow } from '@action-validator/core'
import { load } from 'js-yaml'
import { describe, expect, it } from 'vitest'

/**
 * .github/workflows/ci.yml runs only on a networked CI (our machines cannot download Electron).
 * What can be checked here is that it says what it must: the three systems, an install with
 * Electron's binary, the README's test command, the Playwright specs against the real app, and
 * the installers kept as artifacts.
 */

interface Step {
  name?: string
  uses?: string
  run?: string
  if?: string
  env?: Record<string, string>
  with?: Record<string, unknown>
}
interface Job {
  'runs-on': string
  needs?: string | string[]
  strategy?: { matrix: { os?: string[]; include?: Array<Record<string, string>> } }
  env?: Record<string, string>
  steps: Step[]
}
interface Workflow {
  name: string
  on: Record<string, unknown>
  permissions: Record<string, string>
  jobs: Record<string, Job>
}

const ROOT = resolve(__dirname, '../../..')
const source = readFileSync(resolve(ROOT, '.github/workflows/ci.yml'), 'utf8')
const workflow = load(source) as Workflow
const packageJson = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>
  engines: { node: string }
}

const systems = (job: Job) => job.strategy?.matrix.os ?? job.strategy?.matrix.include?.map((row) => row['os']) ?? []
const runs = (job: Job) => job.steps.flatMap((step) => (step.run ? [step] : []))
const family = (os: string | undefined) => os?.split('-')[0]

describe('the networked CI workflow', () => {
  it('is a valid GitHub Actions workflow (checked against its JSON schema, offline)', () => {
    expect(validateWorkflow(source).errors).toEqual([])
    // The check can fail: a misspelt key is caught.
    expect(validateWorkflow(source.replaceAll('runs-on:', 'runs_on:')).errors.length).toBeGreaterThan(0)
  })

  it('runs on pushes to main and on pull requests, reading the repository only', () => {
    expect(Object.keys(workflow.on)).toEqual(expect.arrayContaining(['push', 'pull_request']))
    expect(workflow.permissions).toEqual({ contents: 'read' })
  })

  it('tests and packages on Linux, macOS and Windows runners', () => {
    for (const job of [workflow.jobs['test']!, workflow.jobs['package']!]) {
      expect(job['runs-on']).toBe('${{ matrix.os }}')
      expect(systems(job).map(family).sort()).toEqual(['macos', 'ubuntu', 'windows'])
    }
    expect(workflow.jobs['package']!.needs).toBe('test')
  })

  it('installs with Electron’s binary on Node 22, as package.json’s engines ask', () => {
    for (const job of Object.values(workflow.jobs)) {
      const setup = job.steps.find((step) => step.uses?.startsWith('actions/setup-node@'))
      expect(setup?.with?.['node-version']).toBe(22)
      expect(runs(job).some((step) => step.run === 'npm ci')).toBe(true)
    }
    expect(packageJson.engines.node).toMatch(/^>=22/)
    // Our machines need the opposite; the networked CI must download Electron.
    const settings = Object.values(workflow.jobs).flatMap((job) => [
      job.env ?? {},
      ...job.steps.map((step) => ({ ...step.env, run: step.run ?? '' })),
    ])
    for (const env of settings) {
      expect(JSON.stringify(env)).not.toContain('ELECTRON_SKIP_BINARY_DOWNLOAD')
    }
  })

  it('runs the README’s test command, and the Playwright specs against the real app under Xvfb on Linux', () => {
    const readme = readFileSync(resolve(ROOT, 'README.md'), 'utf8')
    expect(readme).toContain('npm test')
    const steps = runs(workflow.jobs['test']!)
    expect(steps.filter((step) => /(^|\s)npm test$/.test(step.run!)).map((step) => step.if)).toEqual([
      "runner.os != 'Linux'",
      "runner.os == 'Linux'",
    ])
    const electron = steps.filter((step) => step.env?.['MEND_E2E_TARGET'] === 'electron')
    expect(electron.map((step) => [step.if, step.run])).toEqual([
      ["runner.os == 'Linux'", 'xvfb-run -a npx playwright test'],
      ["runner.os != 'Linux'", 'npx playwright test'],
    ])
  })

  it('builds unsigned installers per system with electron-builder and keeps them as artifacts', () => {
    const job = workflow.jobs['package']!
    expect(job.env?.['CSC_IDENTITY_AUTO_DISCOVERY']).toBe('false')
    const targets = Object.fromEntries(job.strategy!.matrix.include!.map((row) => [family(row['os']), row['targets']]))
    expect(targets).toEqual({ ubuntu: '--linux AppImage deb', macos: '--mac dmg', windows: '--win nsis' })
    const build = runs(job).find((step) => step.run!.includes('electron-builder'))
    expect(build?.run).toContain('--config electron-builder.config.ts')
    expect(build?.run).toContain('--publish never')
    const upload = job.steps.find((step) => step.uses?.startsWith('actions/upload-artifact@'))
    expect(upload?.with?.['if-no-files-found']).toBe('error')
  })

  it('names only npm scripts that exist, and pins every action to a major version', () => {
    for (const job of Object.values(workflow.jobs)) {
      for (const step of runs(job)) {
        for (const [, script] of step.run!.matchAll(/npm run ([\w:-]+)/g)) {
          expect(packageJson.scripts, `npm run ${script}`).toHaveProperty(script!)
        }
      }
      for (const step of job.steps.filter((candidate) => candidate.uses)) {
        expect(step.uses).toMatch(/^actions\/[\w-]+@v\d+$/)
      }
    }
  })
})
