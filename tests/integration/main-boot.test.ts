import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EVENT_CHANNEL, INVOKE_CHANNEL, type Result } from '../../electron/contract'
import { E2E_ENV, E2E_HOOK } from '../../electron/main/testing/e2e-hook'
import { bootMain, builtApp, type BootedMain } from '../helpers/boot-main'
import { missingFromElectron } from '../helpers/electron-api-surface'
import { apiUseKey, type ApiUse } from '../helpers/electron-stand-in/api-use'
import { GOOD_PASSPHRASE, makeTempDir } from '../helpers/temp-vault'

/**
 * The built main process (out/main/index.js, as `npm run build` makes it) booted under plain Node,
 * with a recording stand-in for the `electron` module preloaded (tests/helpers/electron-stand-in):
 * the wiring between Electron and Mend's parts, which the factories' own tests cannot see. The core
 * is the real one, in its real worker thread (out/main/core-worker.js), on a real encrypted vault.
 */
const APP = 'app://mend'
let out: string
let temp: ReturnType<typeof makeTempDir>
let main: BootedMain

const invokeFrom = (senderUrl: string, procedure: string, input: unknown = {}, subFrame = false) =>
  main.ask<Result<unknown>>({
    command: 'invoke',
    channel: INVOKE_CHANNEL,
    senderUrl,
    subFrame,
    request: { procedure, input },
  })
const call = (procedure: string, input: unknown = {}) => invokeFrom(`${APP}/index.html`, procedure, input)
const vaultState = async () => ((await call('vault.getStatus')) as { value: { state: string } }).value.state
const eventsSent = async (window = 0) =>
  (await main.seen()).windows[window]!.sent.filter((sent) => sent.channel === EVENT_CHANNEL).map((sent) => sent.payload)

beforeAll(async () => {
  out = builtApp()
  temp = makeTempDir('mend-boot-')
  mkdirSync(join(temp.path, 'documents'))
  main = bootMain(join(out, 'main/index.js'), { userData: temp.path, documents: join(temp.path, 'documents') })
  await main.ready
}, 120_000)

afterAll(() => {
  main?.kill()
  temp?.remove()
})

describe('the built main process, booted with a stand-in for Electron', () => {
  it('registers the app scheme as privileged and serves the built renderer on it', async () => {
    const seen = await main.seen()
    expect(seen.sandboxEnabled).toBe(true)
    expect(seen.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) as unknown },
    ])
    expect(seen.protocols).toEqual(['app'])
    const index = await main.ask<{ status: number; body: string }>({
      command: 'protocol',
      scheme: 'app',
      url: `${APP}/index.html`,
    })
    expect(index.status).toBe(200)
    expect(Buffer.from(index.body, 'base64').equals(readFileSync(join(out, 'renderer/index.html')))).toBe(true)
  })

  it('refuses paths outside the built renderer', async () => {
    for (const url of [
      `${APP}/..%2fpreload%2findex.cjs`,
      `${APP}/%2e%2e%2fmain%2findex.js`,
      `${APP}/nothing-here.js`,
    ]) {
      const answer = await main.ask<{ status: number; body: string }>({ command: 'protocol', scheme: 'app', url })
      expect(answer.status, url).toBe(404)
      expect(Buffer.from(answer.body, 'base64').toString(), url).toBe('Not found')
    }
  })

  it('opens one sandboxed window with the built preload, on app://mend/index.html', async () => {
    const { windows } = await main.seen()
    expect(windows).toHaveLength(1)
    const preferences = windows[0]!.options.webPreferences!
    expect(preferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false })
    expect(preferences.preload, 'the preload the window is given exists').toSatisfy(
      (path: string) => existsSync(path) && path.startsWith(join(out, 'preload')),
    )
    expect(windows[0]!.loadedUrls).toEqual([`${APP}/index.html`])
    // Shown once ready to show, not before (no white flash).
    expect(windows[0]!.shown).toBe(1)
  })

  it('builds the application menu', async () => {
    const { menu } = await main.seen()
    expect(menu?.labels).toEqual(expect.arrayContaining(['&File', '&Edit', '&View', '&Help']))
  })

  it('answers the invoke channel for its own window with the real core, and refuses other senders', async () => {
    expect((await main.seen()).ipcHandlers).toEqual([INVOKE_CHANNEL])
    expect(await call('vault.getStatus')).toMatchObject({
      ok: true,
      value: { state: 'none', location: join(temp.path, 'vault') },
    })
    const forbidden = { ok: false, error: { code: 'FORBIDDEN' } }
    expect(await invokeFrom('https://example.com/', 'vault.getStatus')).toMatchObject(forbidden)
    expect(await invokeFrom('app://other/index.html', 'vault.getStatus')).toMatchObject(forbidden)
    expect(await invokeFrom('file:///index.html', 'vault.getStatus')).toMatchObject(forbidden)
    expect(await invokeFrom(`${APP}/index.html`, 'vault.getStatus', {}, true), 'a subframe').toMatchObject(forbidden)
  })

  it('creates and unlocks a vault through the channel, and locks it on suspend', async () => {
    expect(await call('vault.create', { passphrase: GOOD_PASSPHRASE })).toMatchObject({ ok: true })
    expect(await vaultState()).toBe('unlocked')
    await main.ask({ command: 'emit', on: 'powerMonitor', event: 'suspend', args: [] })
    expect(await vaultState()).toBe('locked')
    expect(await eventsSent()).toContainEqual({ type: 'vault.locked', reason: 'suspend' })
  })

  it('locks when the screen locks', async () => {
    expect(await call('vault.unlock', { passphrase: GOOD_PASSPHRASE })).toMatchObject({ ok: true })
    await main.ask({ command: 'emit', on: 'powerMonitor', event: 'lock-screen', args: [] })
    expect(await vaultState()).toBe('locked')
    expect(await eventsSent()).toContainEqual({ type: 'vault.locked', reason: 'screen-lock' })
  })

  it('hands a backup file from a second launch to the window and brings it forward', async () => {
    const backup = join(temp.path, 'documents', 'from-a-second-launch.mendbackup')
    writeFileSync(backup, 'not really a backup')
    const before = (await main.seen()).windows[0]!
    await main.ask({ command: 'emit', on: 'app', event: 'second-instance', args: [['mend', backup], temp.path] })
    const after = (await main.seen()).windows[0]!
    expect(after.focused).toBe(before.focused + 1)
    expect(await eventsSent()).toContainEqual({ type: 'backup.fileOpened' })
    expect(await call('backup.takeOpenedFile')).toMatchObject({
      ok: true,
      value: { name: 'from-a-second-launch.mendbackup' },
    })
  })

  it("takes macOS's open-file for backups only", async () => {
    const backup = join(temp.path, 'documents', 'double-clicked.mendbackup')
    writeFileSync(backup, 'not really a backup either')
    const other = await main.ask({
      command: 'emit',
      on: 'app',
      event: 'open-file',
      args: [join(temp.path, 'notes.txt')],
    })
    expect(other).toEqual({ defaultPrevented: false })
    const taken = await main.ask({ command: 'emit', on: 'app', event: 'open-file', args: [backup] })
    expect(taken).toEqual({ defaultPrevented: true })
    expect(await call('backup.takeOpenedFile')).toMatchObject({
      ok: true,
      value: { name: 'double-clicked.mendbackup' },
    })
  })

  it('locks when its window is closed', async () => {
    expect(await call('vault.unlock', { passphrase: GOOD_PASSPHRASE })).toMatchObject({ ok: true })
    await main.ask({ command: 'closeWindow', index: 0 })
    expect(await vaultState()).toBe('locked')
  })

  it('uses only Electron APIs that exist in its type definitions, as does the stand-in', async () => {
    const { used, offered } = await main.apiUse()
    expect(used.length).toBeGreaterThan(30)
    // Made up, to show the check can fail: a misspelt method and an event Electron never sends.
    const invented: ApiUse[] = [
      { type: 'App', member: 'whenReadyy' },
      { type: 'PowerMonitor', member: 'on', event: 'sleep' },
    ]
    const missing = new Set(missingFromElectron([...used, ...offered, ...invented]))
    expect([...missing].filter((key) => invented.map(apiUseKey).includes(key))).toEqual([
      'App.whenReadyy',
      "PowerMonitor.on('sleep')",
    ])
    if (process.env['MEND_SHOW_API_USE']) console.log(used.map(apiUseKey).join('\n'))
    const named = (uses: ApiUse[]) => uses.map(apiUseKey).filter((key) => missing.has(key))
    expect(named(used), 'used by out/main/index.js but not in electron.d.ts').toEqual([])
    expect(named(offered), 'offered by the stand-in but not in electron.d.ts').toEqual([])
  })

  it('quits cleanly: the core says it stopped, then the process ends', async () => {
    await main.ask({ command: 'quit' })
    const { code, workers, seen } = await main.exited
    expect(code).toBe(0)
    // Held back once by lock-before-quit while the core stopped, then asked again.
    expect(seen?.quitCalls).toBe(2)
    expect(workers).toEqual([{ script: join(out, 'main/core-worker.js'), stopped: true, exitCode: expect.any(Number) }])
  })
})

describe("the app's build (out/, what is packaged)", () => {
  it('holds none of the test build: no test hook, no control worker, no test control channel', async () => {
    expect((await main.exited).code, 'the booted app has quit').toBe(0)
    const files = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.js'))
    expect(files).toContain(join('main', 'index.js'))
    expect(files.filter((name) => name.includes('control-worker') || name.includes('e2e'))).toEqual([])
    for (const name of files) {
      const code = readFileSync(join(out, name), 'utf8')
      for (const trace of [E2E_HOOK, 'serveTestControl', 'dumpTables', ...Object.values(E2E_ENV)]) {
        expect(code.includes(trace), `${trace} in out/${name}`).toBe(false)
      }
    }
  })
})

describe('a second launch of the built main process', () => {
  it('quits at once when another Mend holds the single-instance lock, opening no window', async () => {
    const second = bootMain(join(out, 'main/index.js'), {
      userData: temp.path,
      documents: join(temp.path, 'documents'),
      secondInstance: true,
    })
    const { code, seen, workers } = await second.exited
    expect(code).toBe(0)
    expect(seen?.windows).toEqual([])
    expect(workers).toEqual([])
  })
})
