/**
 * The test-only hook the end-to-end tests' Electron target reaches in the main process of a test
 * build (`electron-vite build --mode e2e`, see e2e-main.ts), through Playwright's
 * `electronApp.evaluate`: what the browser target does to its core host in the test's own process.
 * `npm run build` never contains it (checked on out/ by tests/integration/main-boot.test.ts).
 */
import type { Result } from '../../contract'

export const E2E_HOOK = '__mendE2eHook'

export interface E2eHook {
  /** A procedure, as the window calls it (through the core host and the worker). */
  call(procedure: string, input: unknown): Promise<Result<unknown>>
  /** Moves the core's clock forward, as if that much time had passed. */
  advanceClock(ms: number): Promise<void>
  /** Every row of every table of the open journal, as text. */
  dumpTables(): Promise<string>
  /** Ends the worker thread abruptly, as a crash would: the host starts a new one, locked. */
  killWorker(): Promise<void>
  /** As if the person double-clicked a .mendbackup file. */
  openBackupFile(path: string): void
}

/** What the hook's environment variables are called (set by tests/e2e/fixtures.ts). */
export const E2E_ENV = {
  /** A JSON file with what the file dialogs answer next (see e2e-dialogs.ts). */
  dialogs: 'MEND_E2E_DIALOGS',
  /** Speeds up the auto-lock countdown: 60 makes a minute last one second. */
  idleSpeedup: 'MEND_E2E_IDLE_SPEEDUP',
  /** userData for this run, so that runs side by side do not share a single-instance lock. */
  userData: 'MEND_E2E_USER_DATA',
} as const
