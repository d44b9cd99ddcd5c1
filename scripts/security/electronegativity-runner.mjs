// Runs Electronegativity in a process of its own, through its programmatic entry, and prints its
// findings as one JSON line. Not its command line with a CSV report: that report is written as
// two racing writes (header, then rows) and loses rows when the header lands second, and the
// command line hides files it failed to parse, which are files it did not check.
// Arguments: the folder to scan, the Electron version to judge defaults for.
import { createRequire } from 'node:module'

// Offline and quick: Electronegativity fetches translations for $LANG over HTTP (with retries)
// before it scans. Hand its HTTP client a stand-in that refuses at once, so the scan sends
// nothing anywhere and uses its built-in English texts.
const requireFromScanner = createRequire(createRequire(import.meta.url).resolve('@doyensec/electronegativity'))
const gotPath = requireFromScanner.resolve('got')
const refuse = () => Promise.reject(new Error('Mend scans offline'))
requireFromScanner.cache[gotPath] = {
  id: gotPath,
  filename: gotPath,
  loaded: true,
  exports: Object.assign(refuse, { head: refuse }),
}

const { default: run } = await import('@doyensec/electronegativity')

// The parent (electronegativity.ts) looks for this prefix.
const SUMMARY_MARK = 'ELECTRONEGATIVITY_SUMMARY '

const [input, electronVersion] = process.argv.slice(2)

try {
  const result = await run(
    {
      input,
      customScan: [],
      // Compares the Electron version with the release list on GitHub: needs the network.
      // Keeping Electron current is the lockfile's business.
      excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
      isRelative: true,
      // The Electron in node_modules, so version-dependent defaults (nodeIntegration off since 5)
      // are judged for the Electron the app ships with, not for "v0.1.0".
      electronVersionOverride: electronVersion,
      parserPlugins: [],
    },
    false,
  )
  const summary = {
    checks: result.globalChecks + result.atomicChecks,
    findings: result.issues.map((issue) => ({
      check: issue.id,
      severity: issue.severity.name,
      confidence: issue.confidence.name,
      file: issue.file,
      location: `${issue.location.line}:${issue.location.column}`,
      sample: issue.sample ?? '',
      description: issue.description,
    })),
    unparsed: result.errors.filter((error) => !error.tolerable).map((error) => `${error.file}: ${error.message}`),
  }
  process.stdout.write(`\n${SUMMARY_MARK}${JSON.stringify(summary)}\n`)
} catch (error) {
  console.error(error instanceof Error ? error.stack : error)
  process.exitCode = 1
}
