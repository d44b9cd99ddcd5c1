import { defineConfig } from '@playwright/test'
import { TEST_TIME_ZONE } from './tests/helpers/test-time-zone'

// The specs' own date helpers (new Date(), local days) must see the day the test core sees: the
// core runs in TEST_TIME_ZONE, and from 23:00 to midnight UTC Berlin is already on the next day,
// which made six specs fail for that hour. Workers inherit this; Node applies TZ when it is set.
process.env['TZ'] = TEST_TIME_ZONE

/**
 * Browser tests drive the built renderer in Debian's Chromium (Playwright cannot download its
 * own browser here), against a real vault through the loopback bridge. Each test starts its own
 * bridge and vault (see tests/e2e/fixtures.ts).
 */
export default defineConfig({
  testDir: 'tests/e2e',
  // Builds the Electron target's test build (MEND_E2E_TARGET=electron only).
  globalSetup: './tests/e2e/global-setup.ts',
  tsconfig: './tests/e2e/tsconfig.json',
  outputDir: 'test-results/e2e',
  // Files run two at a time (one per core); the tests inside a file stay in order. Every test
  // has its own vault, bridge port and temp folder, so files share nothing but the CPU.
  fullyParallel: false,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  // How long an assertion waits for the app's signal. Some signals follow a key derivation
  // (create, unlock, a passphrase change: about half a second idle) that a busy machine can
  // stretch past Playwright's default of 5 s; what each assertion waits for is unchanged.
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: {
    browserName: 'chromium',
    // The renderer's "today" (date fields, the calendar) in the core's zone too, as in the app,
    // where both follow the computer's zone.
    timezoneId: TEST_TIME_ZONE,
    viewport: { width: 1100, height: 760 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      // Debian's Chromium here; CHROMIUM_PATH=bundled (the networked CI) uses Playwright's own.
      executablePath:
        process.env['CHROMIUM_PATH'] === 'bundled' ? undefined : (process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium'),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
})
