/**
 * Shows that the boot test (tests/integration/main-boot.test.ts) notices wiring faults: each
 * mutation below breaks the source the way a slip would, the boot test runs (it rebuilds out/ from
 * the changed source), and the tests that failed are listed; the source is put back afterwards
 * whatever happens. Not part of `npm test` (each round builds the app): run it by hand with
 * `npx tsx scripts/boot-mutations.ts` (Node 22 first on PATH).
 */
import { spawnSync } from 'node:child_process'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'

interface Mutation {
  name: string
  file: string
  from: string
  to: string
}

const MUTATIONS: Mutation[] = [
  {
    name: 'a wrong preload path',
    file: 'electron/main/main-process.ts',
    from: "'../preload/index.cjs'",
    to: "'../preload/index.js'",
  },
  {
    name: 'a wrong renderer folder',
    file: 'electron/main/main-process.ts',
    from: "join(__dirname, '../renderer')",
    to: "join(__dirname, '../src')",
  },
  {
    name: 'a wrong start URL',
    file: 'electron/main/main-process.ts',
    from: '`${APP_ORIGIN}/index.html`',
    to: '`${APP_ORIGIN}/main.html`',
  },
  {
    name: 'the invoke channel no longer checks the sender',
    file: 'electron/main/ipc-transport.ts',
    from: 'if (!isTrustedSender(event as unknown as SenderInfo, options.appOrigin)) return FORBIDDEN',
    to: 'void isTrustedSender',
  },
]

interface VitestReport {
  testResults: Array<{ assertionResults: Array<{ fullName: string; status: string; failureMessages: string[] }> }>
}

function failuresWith(mutation: Mutation): string[] {
  const original = readFileSync(mutation.file, 'utf8')
  if (!original.includes(mutation.from)) throw new Error(`${mutation.file} no longer contains ${mutation.from}`)
  // Where vitest.config.mts has the JSON reporter write.
  const report = 'reports/vitest.json'
  rmSync(report, { force: true })
  try {
    writeFileSync(mutation.file, original.replace(mutation.from, mutation.to))
    spawnSync('npx', ['vitest', 'run', 'tests/integration/main-boot.test.ts'], { stdio: 'ignore' })
    const results = (JSON.parse(readFileSync(report, 'utf8')) as VitestReport).testResults.flatMap(
      (file) => file.assertionResults,
    )
    return results
      .filter((result) => result.status === 'failed')
      .map((result) => `${result.fullName}\n      ${(result.failureMessages[0] ?? '').split('\n')[0]}`)
  } finally {
    writeFileSync(mutation.file, original)
  }
}

let survived = 0
for (const mutation of MUTATIONS) {
  const failures = failuresWith(mutation)
  if (failures.length === 0) survived += 1
  console.log(`${mutation.name}: ${failures.length === 0 ? 'NOT CAUGHT' : `caught by ${failures.length}`}`)
  for (const failure of failures) console.log(`  - ${failure}`)
}
process.exit(survived === 0 ? 0 : 1)
