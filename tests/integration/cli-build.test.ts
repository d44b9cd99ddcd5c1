import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { build } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cliBuild } from '../../electron.vite.config'
import { GOOD_PASSPHRASE, makeTempDir } from '../helpers/temp-vault'

/**
 * The CLI as `npm run build` makes it (the same build settings), into a scratch folder inside the
 * project so that its external dependencies resolve from node_modules as they do from out/cli.
 */
const ROOT = resolve(__dirname, '../..')
const OUT = join(ROOT, 'node_modules', '.cache', 'mend-cli-build-test')
let temp: ReturnType<typeof makeTempDir>

function runBuilt(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [join(OUT, 'index.js'), ...args], {
    cwd: temp.path,
    env: { PATH: process.env['PATH'] ?? '', HOME: temp.path, ...env },
    input: '',
    encoding: 'utf8',
  })
}

beforeAll(async () => {
  temp = makeTempDir('mend-cli-build-')
  await build({ ...cliBuild, build: { ...cliBuild.build, outDir: OUT } })
}, 60_000)

afterAll(() => {
  temp.remove()
  rmSync(OUT, { recursive: true, force: true })
})

describe('the built command line (out/cli/index.js)', () => {
  it('is one CommonJS file that requires only Node built-ins and declared dependencies', () => {
    const code = readFileSync(join(OUT, 'index.js'), 'utf8')
    const required = new Set([...code.matchAll(/require\("([^"]+)"\)/g)].map((match) => match[1]))
    const dependencies = Object.keys(
      (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> })
        .dependencies,
    )
    for (const name of required) {
      expect(name?.startsWith('node:') || dependencies.includes(name ?? ''), name).toBe(true)
    }
    expect(required).not.toContain('electron')
    // No way to weaken the key derivation from outside ships (the tests' cheap scrypt is set in code).
    expect(code).not.toContain('MEND_TEST_FAST_KDF')
  })

  it('runs: help, then init and verify on a real journal', () => {
    expect(runBuilt(['--help'])).toMatchObject({ status: 0, stderr: '' })
    const vault = join(temp.path, 'vault')
    const init = runBuilt(['init', '--vault', vault], { MEND_PASSPHRASE: GOOD_PASSPHRASE })
    expect(init.status).toBe(0)
    expect(existsSync(join(vault, 'vault-header.json'))).toBe(true)
    const verify = runBuilt(['verify', '--json', '--vault', vault], { MEND_PASSPHRASE: GOOD_PASSPHRASE })
    expect(verify.status).toBe(0)
    expect(JSON.parse(verify.stdout)).toMatchObject({ integrity: 'ok' })
  })

  it('bin/mend.js refuses Node older than 22 with one sentence', () => {
    const oldNode = ['/usr/bin/node', '/usr/local/bin/node'].find((path) => {
      if (!existsSync(path)) return false
      const version = spawnSync(path, ['--version'], { encoding: 'utf8' }).stdout.trim()
      return Number(version.replace(/^v/, '').split('.')[0]) < 22
    })
    if (!oldNode) return // no older Node on this machine: nothing to check
    const run = spawnSync(oldNode, [join(ROOT, 'bin', 'mend.js'), '--help'], { encoding: 'utf8' })
    expect(run.status).toBe(1)
    expect(run.stdout).toBe('')
    expect(run.stderr.trim().split('\n')).toHaveLength(1)
    expect(run.stderr).toContain('needs Node 22 or newer')
  })
})
