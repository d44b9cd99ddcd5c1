import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { test as base, _electron, type Page } from '@playwright/test'
import { silentLogger, type Timers } from '../../electron/core'
import { createAppApi, type AppApi, type HostDialogs } from '../../electron/ipc'
import { startHttpBridge, type HttpBridge } from '../../electron/ipc/transports/http-bridge'

/**
 * One running Mend per test, on a fresh vault in a temp dir.
 * Default target: the built renderer in Chromium, talking to the real core over the loopback
 * bridge. MEND_E2E_TARGET=electron runs the same specs against the real app (needs Electron's
 * binary, which CI machines here cannot download).
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
  /** In-process API on the same vault (browser target only); null under Electron. */
  api: AppApi | null
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
  advanceClock(ms: number): void
  /**
   * As if the person double-clicked a .mendbackup file (browser target): main keeps the path
   * and tells the window, which asks for it. A page loaded later asks for it when it starts.
   */
  openBackupFile(path: string): void
}

export interface MendOptions {
  /** Speeds up the auto-lock countdown: 60 makes a minute last one second. */
  idleSpeedup: number
}

const SCREENS_DIR = resolve('test-results/screens')
const target = process.env['MEND_E2E_TARGET'] === 'electron' ? 'electron' : 'browser'

function spedUpTimers(factor: number): Timers {
  return {
    setTimeout: (callback, ms) => setTimeout(callback, ms / factor),
    clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  }
}

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
    let clockOffset = 0
    let openedBackup: string | null = null
    const clock = { now: () => Date.now() + clockOffset }

    const harness: MendHarness = {
      page: browserPage,
      workDir,
      vaultDir,
      requests,
      origin: '',
      api: null,
      dialogs: { backupFile: null, exportTarget: null, importSource: null, pdfTarget: null },
      pdfSuggestions: [],
      restart: async () => {
        await stop()
        await start()
      },
      screenshot: async (name) => {
        await harness.page.screenshot({ path: join(SCREENS_DIR, `${name}.png`), fullPage: true })
      },
      advanceClock: (ms) => {
        clockOffset += ms
      },
      openBackupFile: (path) => {
        if (!harness.api) throw new Error('openBackupFile needs the browser target')
        openedBackup = path
        harness.api.events.emit({ type: 'backup.fileOpened' })
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
      const api = createAppApi({
        directory: vaultDir,
        logger: silentLogger,
        dialogs,
        openedFiles: {
          takeBackupFile: () => {
            const taken = openedBackup
            openedBackup = null
            return taken
          },
        },
        clock,
        timers: spedUpTimers(idleSpeedup),
      })
      const bridge: HttpBridge = await startHttpBridge({ api, staticDir: resolve('out/renderer') })
      harness.api = api
      harness.origin = bridge.origin
      harness.page = browserPage
      await browserPage.goto(bridge.url)
      stop = async () => {
        await browserPage.goto('about:blank')
        api.vault.lockNow()
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
      harness.api = null
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
