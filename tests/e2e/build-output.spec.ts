import { existsSync, readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'

// `npm run test:e2e` builds first; these check what `npm run build` produced for Electron.
test('the build has main, preload and renderer bundles', () => {
  for (const file of ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html']) {
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

test('the renderer loads no remote resource', () => {
  const html = readFileSync('out/renderer/index.html', 'utf8')
  expect(html).not.toMatch(/(src|href)=["']?(https?:)?\/\//)
})
