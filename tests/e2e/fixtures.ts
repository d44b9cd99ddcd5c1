import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { test as base, _electron, type Page } from '@playwright/test'
import type { Result } from '../../electron/contract'
import type { TestControl } from '../../electron/core-host/testing/control'
import type { HostDialogs } from '../../electron/ipc'
import { startHttpBridge, type HttpBridge } from '../../electron/ipc/transports/http-bridge'
import { startTestCore, type TestCore } from '../helpers/test-core'

/**
 * One running Mend per test, on a fresh vault in a temp dir.
 * Default target: the built renderer in Chromium, talking over the loopback bridge to the real core
 * in its worker thread, hosted as Electron's main hosts it (electron/core-host). MEND_E2E_TARGET=
 * electron runs the same specs against the real app (needs Electron's binary, which CI machines
 * here cannot download).
 */
export interface MendHarness {
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
   * worker (browser target); null under Electron. A later Electron target can offer the same by
   * starting the test worker (electron/core-host/testing) from a test build of main.
   */
  core: HarnessCore | null
  /** What the "system" file dialogs answer next (browser target): a path, or null for Cancel. */
  dialogs: {
    backupFile: string | null
    exportTarget: string | null
    importSource: string | null
    /** Where the "save as PDF" dialog answers next; `pdfSuggestions` records the names it was offered. */
    pdfTarget: string | null
  }
  pdfSuggestions: string[]
  /** Quits and starts Mend again on the same vault, like a later start of the app. */
  restart(): Promise<void>
  screenshot(name: string): Promise<void>
  /** Moves the core's clock forward (browser target), e.g. past the history's version interval. */
  advanceClock(ms: number): Promise<void>
  /**
   * As if the person double-clicked a .mendbackup file (browser target): main keeps the path
   * and tells the window, which asks for it. A page loaded later asks for it when it starts.
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

export const test = base.extend<{ mend: MendHarness } & MendOptions>({
  idleSpeedup: [1, { option: true }],
  mend: async ({ page: browserPage, idleSpeedup }, use) => {
    const root = mkdtempSync(join(tmpdir(), 'mend-e2e-'))
    const vaultDir = join(root, 'vault')
    const workDir = join(root, 'work')
    mkdirSync(workDir)
    mkdirSync(SCREENS_DIR, { recursive: true })
    const requests: string[] = []
    let stop: () => Promise<void> = async () => {}
    let running: TestCore | null = null
    let openedBackup: string | null = null
    // The clock moves on in the worker; a restart starts a new worker that must keep what it was moved by.
    let clockOffset = 0

    const harness: MendHarness = {
      page: browserPage,
      workDir,
      vaultDir,
      requests,
      origin: '',
      core: null,
      dialogs: { backupFile: null, exportTarget: null, importSource: null, pdfTarget: null },
      pdfSuggestions: [],
      restart: async () => {
        await stop()
        await start()
      },
      screenshot: async (name) => {
        await harness.page.screenshot({ path: join(SCREENS_DIR, `${name}.png`), fullPage: true })
      },
      advanceClock: async (ms) => {
        if (!running) throw new Error('advanceClock needs the browser target')
        clockOffset += ms
        await running.control().advanceClock(ms)
      },
      openBackupFile: (path) => {
        if (!running) throw new Error('openBackupFile needs the browser target')
        openedBackup = path
        running.host.emit({ type: 'backup.fileOpened' })
      },
    }
    const dialogs: HostDialogs = {
      chooseBackupFile: async () => harness.dialogs.backupFile,
      chooseExportTarget: async () => harness.dialogs.exportTarget,
      chooseImportSource: async () => harness.dialogs.importSource,
      choosePdfTarget: async (suggestedName) => {
        harness.pdfSuggestions.push(suggestedName)
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
      running = core
      harness.core = {
        call: (procedure, input = {}) => core.host.invoke(procedure, input),
        control: () => core.control(),
        killWorker: async () => void (await core.worker().terminate()),
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
        args: [resolve('out/main/index.js')],
        env: { ...process.env, MEND_VAULT_DIR: vaultDir },
      })
      harness.page = await app.firstWindow()
      harness.page.on('request', (request) => requests.push(request.url()))
      harness.origin = 'app://mend'
      harness.core = null
      stop = () => app.close()
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
