import { execFileSync } from 'node:child_process'
import { resolve } from 'node:path'

/**
 * The Electron target runs the app's test build (`electron-vite build --mode e2e`, into out-e2e/):
 * the app's own main process plus the test-only hook its fixture reaches (tests/e2e/fixtures.ts).
 * The browser target needs only out/renderer, which `npm run test:e2e` builds before Playwright.
 */
export default function globalSetup(): void {
  if (process.env['MEND_E2E_TARGET'] !== 'electron') return
  execFileSync(
    process.execPath,
    [resolve('node_modules/electron-vite/bin/electron-vite.js'), 'build', '--mode', 'e2e'],
    {
      stdio: 'inherit',
    },
  )
}
