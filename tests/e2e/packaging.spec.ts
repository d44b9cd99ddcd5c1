import { execFile } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { extractAll, listPackage, statFile } from '@electron/asar'
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses'
import { expect, test } from '@playwright/test'

/**
 * Issue 10, "a packaging smoke test that runs here": the real electron-builder packs the built app
 * (`npm run test:e2e` builds out/ first) for Linux into a folder, offline. Electron cannot be
 * downloaded here, so electronDist is a stand-in: a file carrying Electron's fuse wire where the
 * binary goes, which is all electron-builder copies and the afterPack hook flips.
 */

const run = promisify(execFile)
const ROOT = resolve(__dirname, '../..')
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'
/** Electron's own fuse defaults, as an unflipped binary carries them (ASCII '1' on, '0' off). */
const ELECTRON_DEFAULTS = '101100011'
const SQLITE = 'node_modules/better-sqlite3-multiple-ciphers'

test.describe.configure({ mode: 'serial', timeout: 180_000 })

let temp = ''
let appOutDir = ''
let asarPath = ''
let log = ''

test.beforeAll(async () => {
  test.setTimeout(180_000)
  temp = mkdtempSync(join(tmpdir(), 'mend-packaging-'))
  const electronDist = join(temp, 'electron-dist')
  const padding = Buffer.alloc(64 * 1024, 0x5a)
  const wire = Buffer.concat([
    Buffer.from(SENTINEL),
    Buffer.from([1, ELECTRON_DEFAULTS.length]),
    Buffer.from(ELECTRON_DEFAULTS),
  ])
  // The minimum electron-builder accepts for Linux: the `electron` executable it renames to `mend`.
  mkdirSync(electronDist)
  writeFileSync(join(electronDist, 'electron'), Buffer.concat([padding, wire, padding]), { mode: 0o755 })
  const output = join(temp, 'dist')
  const result = await run(
    process.execPath,
    [
      join(ROOT, 'node_modules/electron-builder/cli.js'),
      '--linux',
      'dir',
      '--config',
      'electron-builder.config.ts',
      `-c.electronDist=${electronDist}`,
      '-c.npmRebuild=false',
      `-c.directories.output=${output}`,
    ],
    {
      cwd: ROOT,
      // Empty caches: a tool or an Electron that had to be fetched could not come from an earlier run.
      env: {
        ...process.env,
        ELECTRON_BUILDER_CACHE: join(temp, 'builder-cache'),
        ELECTRON_CACHE: join(temp, 'electron-cache'),
      },
      maxBuffer: 16 * 1024 * 1024,
    },
  )
  log = `${result.stdout}\n${result.stderr}`
  appOutDir = join(output, 'linux-unpacked')
  asarPath = join(appOutDir, 'resources', 'app.asar')
})

test.afterAll(() => {
  if (temp) rmSync(temp, { recursive: true, force: true })
})

test('electron-builder packs the app offline, downloading nothing', () => {
  expect(log).toContain('using custom unpacked Electron distribution')
  expect(log).not.toMatch(/downloading/i)
  expect(existsSync(asarPath), asarPath).toBe(true)
})

test('app.asar holds the built main, preload and renderer, and nothing of the sources or tests', () => {
  const entries = listPackage(asarPath, { isPack: false }).map((entry) => entry.replaceAll('\\', '/'))
  const size = statSync(asarPath).size
  console.info(`app.asar: ${entries.length} entries, ${(size / 1024 / 1024).toFixed(1)} MiB`)
  for (const file of ['/out/main/index.js', '/out/main/core-worker.js', '/out/renderer/index.html', '/package.json']) {
    expect(entries, file).toContain(file)
  }
  expect(entries.filter((entry) => /^\/out\/preload\/[^/]+$/.test(entry)).length).toBeGreaterThan(0)
  const topLevel = [...new Set(entries.map((entry) => entry.split('/')[1]))].sort()
  expect(topLevel).toEqual(['node_modules', 'out', 'package.json'])
  expect([...new Set(entries.filter((entry) => entry.startsWith('/out/')).map((e) => e.split('/')[2]))].sort()).toEqual(
    ['main', 'preload', 'renderer'],
  )
  for (const forbidden of ['/out/cli', '/tests', '/src', '/.scratch', '/electron', '/resources', '/docs']) {
    expect(
      entries.filter((entry) => entry === forbidden || entry.startsWith(`${forbidden}/`)),
      forbidden,
    ).toEqual([])
  }
})

test('the native SQLite module is unpacked beside the archive, for this system only', () => {
  const unpacked = join(appOutDir, 'resources', 'app.asar.unpacked', SQLITE, 'prebuilds')
  const natives = readdirSync(unpacked).filter((name) => name.endsWith('.node'))
  expect(natives).toContain(`linux-${process.arch}.node`)
  expect(natives.filter((name) => !name.startsWith('linux'))).toEqual([])
  // The archive's own entry points outside, where Electron's loader finds the real file.
  expect(statFile(asarPath, `${SQLITE}/prebuilds/linux-${process.arch}.node`)).toMatchObject({ unpacked: true })
})

test('the afterPack hook flipped the fuses in the packaged binary', async () => {
  const wire = (await getCurrentFuseWire(join(appOutDir, 'mend'))) as unknown as Record<number, FuseState>
  // Written out here rather than read from build/fuses.ts: what the shipped binary must refuse.
  expect({
    runAsNode: wire[FuseV1Options.RunAsNode],
    nodeOptions: wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable],
    inspect: wire[FuseV1Options.EnableNodeCliInspectArguments],
    fileProtocolPrivileges: wire[FuseV1Options.GrantFileProtocolExtraPrivileges],
    cookieEncryption: wire[FuseV1Options.EnableCookieEncryption],
    asarIntegrity: wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation],
    onlyAsar: wire[FuseV1Options.OnlyLoadAppFromAsar],
  }).toEqual({
    runAsNode: FuseState.DISABLE,
    nodeOptions: FuseState.DISABLE,
    inspect: FuseState.DISABLE,
    fileProtocolPrivileges: FuseState.DISABLE,
    cookieEncryption: FuseState.ENABLE,
    asarIntegrity: FuseState.ENABLE,
    onlyAsar: FuseState.ENABLE,
  })
})

test('the icon for the About panel and the window is beside the archive', () => {
  const icon = readFileSync(join(appOutDir, 'resources', 'icon.png'))
  expect(icon.subarray(1, 4).toString('latin1')).toBe('PNG')
  expect([icon.readUInt32BE(16), icon.readUInt32BE(20)]).toEqual([256, 256])
})

/**
 * Run in a child Node: everything the built main process and the core's worker require or import
 * resolves from the packaged tree (after the config's file exclusions), the native module opens an
 * encrypted database, every font PDF export names is there, and the packaged worker itself starts
 * as a worker thread and creates a journal (the messages of electron/core-host/protocol.ts).
 */
const RUNTIME_CHECK = `
const { createRequire } = require('node:module')
const { mkdtempSync, readFileSync, readdirSync } = require('node:fs')
const { join, relative } = require('node:path')
const { tmpdir } = require('node:os')
const { Worker } = require('node:worker_threads')
const root = process.argv[1]
const bundles = readdirSync(join(root, 'out/main'), { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.js'))
const source = bundles.map((name) => readFileSync(join(root, 'out/main', name), 'utf8')).join('\\n')
const load = createRequire(join(root, 'out/main/index.js'))
const modules = [...new Set([...source.matchAll(/(?:require|import)\\("([^".][^"]*)"\\)/g)].map((m) => m[1]))]
  .filter((name) => !name.startsWith('node:') && name !== 'electron')
for (const name of modules) load(name)
const Database = load('better-sqlite3-multiple-ciphers')
const db = new Database(join(root, 'check.db'))
db.pragma("cipher='sqlcipher'")
db.pragma("key='packaging smoke test'")
db.exec('CREATE TABLE t (x); INSERT INTO t VALUES (42)')
const answer = db.prepare('SELECT x FROM t').get().x
db.close()
const fonts = [...source.matchAll(/"([@\\w][\\w@/.-]*\\.ttf)"/g)].map((m) => relative(root, load.resolve(m[1])))
const worker = new Worker(join(root, 'out/main/core-worker.js'), {
  workerData: { directory: join(mkdtempSync(join(tmpdir(), 'mend-packaged-')), 'vault'), flags: new SharedArrayBuffer(8) },
})
worker.on('message', (message) => {
  if (message.kind === 'ready') {
    worker.postMessage({ kind: 'invoke', id: 1, procedure: 'vault.create', input: { passphrase: 'orchard lantern quietly 47 river' } })
  }
  if (message.kind === 'result' && message.id === 1) {
    const created = message.result.ok ? 'created' : message.result.error.code
    worker.terminate().then(() => console.log(JSON.stringify({ modules, answer, fonts, created })))
  }
})
`

test('what main and the core worker load at run time is all in the package, and the worker runs', async () => {
  const extracted = join(temp, 'extracted')
  extractAll(asarPath, extracted)
  const { stdout } = await run(process.execPath, ['-e', RUNTIME_CHECK, extracted])
  const report = JSON.parse(stdout) as { modules: string[]; answer: number; fonts: string[]; created: string }
  console.info(`packaged run time: ${report.modules.join(', ')}; ${report.fonts.length} fonts`)
  expect(report.modules).toEqual(expect.arrayContaining(['better-sqlite3-multiple-ciphers', 'zod', 'pdfkit']))
  expect(report.answer).toBe(42)
  expect(report.created).toBe('created')
  expect(report.fonts.length).toBeGreaterThanOrEqual(6)
  for (const font of report.fonts) expect(font.startsWith('node_modules/'), font).toBe(true)
  // The config drops the font packages' other weights and variants: exactly these are shipped.
  const shipped = listPackage(asarPath, { isPack: false })
    .filter((entry) => entry.endsWith('.ttf'))
    .map((entry) => entry.replaceAll('\\', '/').slice(1))
  expect(shipped.sort()).toEqual([...report.fonts].sort())
})
