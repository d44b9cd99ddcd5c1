/**
 * The host-stall section in its own process, holding only the core host (as Electron's main holds
 * only the shell), so that nothing but the host's own work shows as a stall. Prints one JSON line:
 * the figures. Usage: node stall-child.cjs <options.json> (see StallBenchOptions in host-stall.ts)
 */
import { readFileSync } from 'node:fs'
import { measureHostStalls, type StallBenchOptions } from './host-stall'

async function main(): Promise<void> {
  const options = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as StallBenchOptions
  const figures = await measureHostStalls(options)
  process.stdout.write(`${JSON.stringify(figures)}\n`)
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
  process.exitCode = 1
})
