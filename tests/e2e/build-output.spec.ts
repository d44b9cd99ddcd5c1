import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { E2E_ENV, E2E_HOOK } from '../../electron/main/testing/e2e-hook'

// `npm run test:e2e` builds first; these check what `npm run build` produced for Electron.
test('the build has main, the core worker, preload and renderer bundles', () => {
  for (const file of [
    'out/main/index.js',
    'out/main/core-worker.js',
    'out/preload/index.cjs',
    'out/renderer/index.html',
  ]) {
    expect(existsSync(file), file).toBe(true)
  }
})

test('the sandboxed preload requires nothing but electron', () => {
  const preload = readFileSync('out/preload/index.cjs', 'utf8')
  const required = [...preload.matchAll(/require\(["']([^"']+)["']\)/g)].map((match) => match[1])
  expect(required).toEqual(['electron'])
  expect(preload).not.toContain('exposeInMainWorld("ipcRenderer"')
})

test('the packaged main process never contains the test bridge', () => {
  const main = readFileSync('out/main/index.js', 'utf8')
  expect(main).not.toContain('startHttpBridge')
  expect(main).not.toContain('mend_bridge')
})

/** Every file main and the core worker are built into (the entry files and their shared chunks). */
function mainBundles(): Map<string, string> {
  const files = new Map<string, string>()
  for (const name of readdirSync('out/main', { recursive: true, encoding: 'utf8' })) {
    if (name.endsWith('.js')) files.set(name, readFileSync(join('out/main', name), 'utf8'))
  }
  return files
}

/** What a bundle requires, following its own chunks, as Node would load them. */
function requiredFrom(entry: string, files: Map<string, string>, seen = new Set<string>()): Set<string> {
  const found = new Set<string>()
  if (seen.has(entry)) return found
  seen.add(entry)
  for (const [, name] of (files.get(entry) ?? '').matchAll(/require\("([^"]+)"\)/g)) {
    if (!name!.startsWith('./')) found.add(name!)
    else for (const inner of requiredFrom(join(entry, '..', name!), files, seen)) found.add(inner)
  }
  return found
}

test("main never loads the journal's SQLite module: the core runs in its worker thread", () => {
  const files = mainBundles()
  const main = requiredFrom('index.js', files)
  const worker = requiredFrom('core-worker.js', files)
  expect(main).toContain('electron')
  expect(main).not.toContain('better-sqlite3-multiple-ciphers')
  expect(main).not.toContain('pdfkit')
  expect(worker).toContain('better-sqlite3-multiple-ciphers')
  expect(worker).not.toContain('electron')
})

test('the app is never built with the test control channel of the core worker', () => {
  for (const [name, source] of mainBundles()) {
    expect(source, name).not.toContain('dumpTables')
    expect(source, name).not.toContain('advanceClock')
  }
})

test('the app is never built with the e2e test hook or its entry (electron/main/testing)', () => {
  for (const [name, source] of mainBundles()) {
    expect(name).not.toContain('control-worker')
    expect(source, name).not.toContain(E2E_HOOK)
    expect(source, name).not.toContain('serveTestControl')
    expect(source, name).not.toContain(E2E_ENV.dialogs)
  }
})

test('the renderer loads no remote resource', () => {
  const html = readFileSync('out/renderer/index.html', 'utf8')
  expect(html).not.toMatch(/(src|href)=["']?(https?:)?\/\//)
})
