// Reads the test runners' JSON reports and prints the one line CI looks for: "N passed, N failed".
// A failing step that is not a test (typecheck, lint, build) counts as one failure.
import { existsSync, readFileSync } from 'node:fs'

const [vitestPath = 'reports/vitest.json', playwrightPath = 'reports/playwright.json', exitCode = '0'] =
  process.argv.slice(2)

function read(path) {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null
}

let passed = 0
let failed = 0
const vitest = read(vitestPath)
if (vitest) {
  passed += vitest.numPassedTests ?? 0
  failed += vitest.numFailedTests ?? 0
  console.log(
    `vitest: ${vitest.numPassedTests} passed, ${vitest.numFailedTests} failed, ${vitest.numPendingTests ?? 0} skipped`,
  )
}
const playwright = read(playwrightPath)
if (playwright) {
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = playwright.stats ?? {}
  passed += expected
  failed += unexpected + flaky
  console.log(`playwright: ${expected} passed, ${unexpected + flaky} failed, ${skipped} skipped`)
}
if (Number(exitCode) !== 0 && failed === 0) {
  console.log('a step other than the tests failed (typecheck, lint or build): see the log above')
  failed += 1
}
console.log(`${passed} passed, ${failed} failed`)
