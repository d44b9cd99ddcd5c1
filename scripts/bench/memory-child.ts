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

/**
 * The high-water mark of this process's own memory, in KiB. Linux keeps getrusage's maxRSS
 * across fork and exec, so a child started by the benchmark (which holds the whole corpus)
 * would report the parent's peak; VmHWM belongs to this process's address space alone.
 */
function peakRssKib(): number {
  try {
    const line = readFileSync('/proc/self/status', 'utf8')
      .split('\n')
      .find((row) => row.startsWith('VmHWM:'))
    if (line) return Number(line.replace(/\D+/g, ''))
  } catch {
    // Not Linux: fall through.
  }
  return process.resourceUsage().maxRSS
}

async function main(): Promise<void> {
  const [directory, queriesPath] = process.argv.slice(2)
  if (!directory || !queriesPath) throw new Error('usage: memory-child.ts <vaultDir> <queries.json>')
  const queries = JSON.parse(readFileSync(queriesPath, 'utf8')) as BenchQuery[]
  const peak = () => Math.round(peakRssKib() / 1024)
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
  const peakRssMb = peakRssKib() / 1024
  process.stdout.write(`${JSON.stringify({ peakRssMb, rssAfterMb, phases, searches: 100 })}\n`)
}

void main()
