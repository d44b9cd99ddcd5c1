/**
 * Peak memory of the core alone, in its own process so nothing else counts: unlock the vault
 * (scrypt included, it is part of the core's peak), open the journal screen's first page, run
 * every search of the mix until 100 searches are done, lock. Prints one JSON line:
 * {"peakRssMb": n, "rssAfterMb": n, "phases": {phase: peak MB so far}, "searches": 100}.
 * Usage: tsx scripts/bench/memory-child.ts <vaultDir> <queries.json>
 */
import { readFileSync } from 'node:fs'
import { Vault, journalOf, silentLogger } from '../../electron/core'
import type { BenchQuery } from './query-mix'
import { BENCH_PASSPHRASE, benchClock } from './vaults'

async function main(): Promise<void> {
  const [directory, queriesPath] = process.argv.slice(2)
  if (!directory || !queriesPath) throw new Error('usage: memory-child.ts <vaultDir> <queries.json>')
  const queries = JSON.parse(readFileSync(queriesPath, 'utf8')) as BenchQuery[]
  // maxRSS is in kilobytes: the high-water mark of the process so far.
  const peak = () => Math.round(process.resourceUsage().maxRSS / 1024)
  const phases: Record<string, number> = { loaded: peak() }
  const vault = new Vault({ directory, logger: silentLogger, clock: benchClock })
  await vault.unlock(BENCH_PASSPHRASE)
  phases['unlocked'] = peak()
  const journal = journalOf(vault.database(), benchClock)
  journal.timeline.outline()
  journal.timeline.list(0, 100)
  phases['firstPage'] = peak()
  for (let done = 0; done < 100; done++) journal.search(queries[done % queries.length]!.request)
  phases['searched'] = peak()
  const rssAfterMb = process.memoryUsage().rss / 1_048_576
  await vault.lock()
  const peakRssMb = process.resourceUsage().maxRSS / 1024
  process.stdout.write(`${JSON.stringify({ peakRssMb, rssAfterMb, phases, searches: 100 })}\n`)
}

void main()
