import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { test as base, _electron, type Page } from '@playwright/test'
import type { Result } from '../../electron/contract'
import type { TestControl } from '../../electron/core-host/testing/control'
import type { HostDialogs } from '../../electron/ipc'
import { pdfSuggestionsFile, type DialogAnswers } from '../../electron/main/testing/e2e-dialogs'
import { E2E_ENV } from '../../electron/main/testing/e2e-hook'
import { electronHook } from '../helpers/electron-hook'
import { startHttpBridge, type HttpBridge } from '../../electron/ipc/transports/http-bridge'
import { startTestCore } from '../helpers/test-core'

/**
 * One running Mend per test, on a fresh vault in a temp dir.
 * Default target: the built renderer in Chromium, talking over the loopback bridge to the real core
 * in its worker thread, hosted as Electron's main hosts it (electron/core-host). MEND_E2E_TARGET=
 * electron runs the same specs against the real app's test build (out-e2e/, built by the global
 * setup: the app's main process with a test-only hook, see electron/main/testing); it needs
 * Electron's binary, which CI machines here cannot download.
 */
export interface MendHarness {
  /** Which app the specs drive: the renderer over the loopback bridge, or the Electron app. */
  target: 'browser' | 'electron'
  page: Page
  /** A temp folder for the test's own files (exports, foreign backups). */
  workDir: string
  vaultDir: string
  /** Every URL the page requested, to prove nothing left the app's origin. */
  requests: string[]
  /** The app's own origin (bridge or app://mend). */
  origin: string
  /**
   * The core, reached the way the window reaches it, plus the test-only control channel into its
   * worker: in this process (browser target), or through the test build's hook in Electron's main
   * process (electron/main/testing/e2e-hook.ts). Null until the app has started.
   */
  core: HarnessCore | null
  /**
   * What the "system" file dialogs answer next: a path, or null for Cancel. `pdfTarget` is where
   * the "save as PDF" dialog answers; `pdfSuggestions` records the names it was offered.
   */
  dialogs: DialogAnswers
  readonly pdfSuggestions: string[]
  /** Quits and starts Mend again on the same vault, like a later start of the app. */
  restart(): Promise<void>
  screenshot(name: string): Promise<void>
  /** Moves the core's clock forward, e.g. past the history's version interval; kept across restarts. */
  advanceClock(ms: number): Promise<void>
  /**
   * As if the person double-clicked a .mendbackup file: main keeps the path and tells the window,
   * which asks for it. A page loaded later asks for it when it starts.
   */
  openBackupFile(path: string): void
}

export interface HarnessCore {
  /** A procedure, as the window would call it (through the worker, validated, LOCKED while locked). */
  call(procedure: string, input?: unknown): Promise<Result<unknown>>
  /** The test control channel into the worker now running. */
  control(): TestControl
  /** Ends the worker thread abruptly, as a crash would: the host restarts it, locked. */
  killWorker(): Promise<void>
}

export interface MendOptions {
  /** Speeds up the auto-lock countdown: 60 makes a minute last one second. */
  idleSpeedup: number
}

const SCREENS_DIR = resolve('test-results/screens')
const target = process.env['MEND_E2E_TARGET'] === 'electron' ? 'electron' : 'browser'
/** The test build the Electron target runs (`electron-vite build --mode e2e`, see global-setup.ts). */
export const E2E_BUILD = 'out-e2e'

export const test = base.extend<{ mend: MendHarness } & MendOptions>({
  idleSpeedup: [1, { option: true }],
  mend: async ({ page: browserPage, idleSpeedup, locale, timezoneId, colorScheme }, use) => {
    const root = mkdtempSync(join(tmpdir(), 'mend-e2e-'))
    const vaultDir = join(root, 'vault')
    const workDir = join(root, 'work')
    mkdirSync(workDir)
    mkdirSync(SCREENS_DIR, { recursive: true })
    const requests: string[] = []
    let stop: () => Promise<void> = async () => {}
    let openedBackup: string | null = null
    // The clock moves on in the worker; a restart starts a new worker that must keep what it was moved by.
    let clockOffset = 0

    const browserSuggestions: string[] = []
    // Electron's main reads the answers from this file when a dialog would open (e2e-dialogs.ts):
    // written here before the spec clicks, so no answer can arrive late.
    const dialogsFile = join(root, 'dialogs.json')
    const answers: DialogAnswers = { backupFile: null, exportTarget: null, importSource: null, pdfTarget: null }
    const harness: MendHarness = {
      target,
      page: browserPage,
      workDir,
      vaultDir,
      requests,
      origin: '',
      core: null,
      dialogs:
        target === 'electron'
          ? new Proxy(answers, {
              set(object, key, value) {
                const done = Reflect.set(object, key, value)
                writeFileSync(dialogsFile, JSON.stringify(object))
                return done
              },
            })
          : answers,
      get pdfSuggestions() {
        if (target === 'browser') return browserSuggestions
        try {
          return readFileSync(pdfSuggestionsFile(dialogsFile), 'utf8')
            .split('\n')
            .filter(Boolean)
            .map((line) => JSON.parse(line) as string)
        } catch {
          return []
        }
      },
      restart: async () => {
        await stop()
        await start()
      },
      screenshot: async (name) => {
        await harness.page.screenshot({ path: join(SCREENS_DIR, `${name}.png`), fullPage: true })
      },
      advanceClock: async (ms) => {
        if (!harness.core) throw new Error('advanceClock needs a running app')
        clockOffset += ms
        await harness.core.control().advanceClock(ms)
      },
      openBackupFile: (path) => offerBackup(path),
    }
    let offerBackup: (path: string) => void = () => {
      throw new Error('openBackupFile needs a running app')
    }
    const dialogs: HostDialogs = {
      chooseBackupFile: async () => harness.dialogs.backupFile,
      chooseExportTarget: async () => harness.dialogs.exportTarget,
      chooseImportSource: async () => harness.dialogs.importSource,
      choosePdfTarget: async (suggestedName) => {
        browserSuggestions.push(suggestedName)
        return harness.dialogs.pdfTarget
      },
    }

    async function startBrowser(): Promise<void> {
      const core = startTestCore(vaultDir, {
        idleSpeedup,
        services: {
          dialogs,
          takeBackupFile: () => {
            const taken = openedBackup
            openedBackup = null
            return taken
          },
        },
      })
      if (clockOffset) await core.control().advanceClock(clockOffset)
      const bridge: HttpBridge = await startHttpBridge({ core: core.host, staticDir: resolve('out/renderer') })
      harness.core = {
        call: (procedure, input = {}) => core.host.invoke(procedure, input),
        control: () => core.control(),
        killWorker: async () => void (await core.worker().terminate()),
      }
      offerBackup = (path) => {
        openedBackup = path
        core.host.emit({ type: 'backup.fileOpened' })
      }
      harness.origin = bridge.origin
      harness.page = browserPage
      await browserPage.goto(bridge.url)
      stop = async () => {
        await browserPage.goto('about:blank')
        await core.stop()
        await bridge.close()
      }
    }

    async function startElectron(): Promise<void> {
      const app = await _electron.launch({
        args: [resolve(E2E_BUILD, 'main/index.js')],
        // A spec's test.use({ locale }) reaches the app's window as it reaches the browser's page.
        ...(locale ? { locale } : {}),
        ...(timezoneId ? { timezoneId } : {}),
        ...(colorScheme !== undefined ? { colorScheme } : {}),
        env: {
          ...process.env,
          MEND_VAULT_DIR: vaultDir,
          [E2E_ENV.userData]: join(root, 'user-data'),
          [E2E_ENV.dialogs]: dialogsFile,
          [E2E_ENV.idleSpeedup]: String(idleSpeedup),
        },
      })
      harness.page = await app.firstWindow()
      harness.page.on('request', (request) => requests.push(request.url()))
      harness.origin = 'app://mend'
      const hook = electronHook(app)
      harness.core = {
        call: (procedure, input = {}) => hook.call(procedure, input),
        control: () => ({ advanceClock: (ms) => hook.advanceClock(ms), dumpTables: () => hook.dumpTables() }),
        killWorker: () => hook.killWorker(),
      }
      // The window asks for the file once told; a spec waits on what the window shows.
      const offered: Array<Promise<void>> = []
      offerBackup = (path) => void offered.push(hook.openBackupFile(path))
      if (clockOffset) await hook.advanceClock(clockOffset)
      stop = async () => {
        await Promise.all(offered)
        await app.close()
      }
    }

    const start = target === 'electron' ? startElectron : startBrowser
    if (target === 'browser') browserPage.on('request', (request) => requests.push(request.url()))
    await start()
    await use(harness)
    await stop()
    rmSync(root, { recursive: true, force: true })
  },
})

export { expect } from '@playwright/test'
