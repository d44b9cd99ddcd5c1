import { rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { buildSync } from 'esbuild'
import { DEFAULT_PLAN_PDF_SECTIONS, type ImportPreview, type MendEvent, type Result } from '../../electron/contract'
import { Vault, silentLogger } from '../../electron/core'
import { createImportStore } from '../../electron/core/journal/import-store'
import { migrations } from '../../electron/core/vault/migrations'
import { coreWorkerSpawner, startCoreHost, type CoreHost } from '../../electron/core-host'
import { noDialogs } from '../../electron/ipc'
import type { BenchCorpus } from './corpus'
import { figureOf, type Figure } from './figures'
import type { BenchQuery } from './query-mix'
import { BENCH_PASSPHRASE, benchClock } from './vaults'

/** Electron's main must answer input and paint at 60 frames a second: no stall longer than about three frames. */
export const STALL_TARGET_MS = 50

/**
 * The app's core worker (electron/core-host/core-worker.ts) as one file, as electron-vite builds it
 * into out/main: the same source, bundled here so the benchmark needs no Electron build.
 */
export function bundleCoreWorker(): string {
  const outfile = resolve('node_modules/.cache/mend-bench/core-worker.cjs')
  buildSync({
    entryPoints: [resolve('electron/core-host/core-worker.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    packages: 'external',
    logLevel: 'error',
  })
  return outfile
}

const SAMPLE_MS = 10
const TICK_MS = 5

/** This thread's own CPU time so far, in ms (Node 22.19+: the host thread alone, not the worker). */
function threadCpuMs(): number {
  const used = process.threadCpuUsage()
  return (used.user + used.system) / 1000
}

/**
 * How long the host's event loop was kept from running while `work` ran, in ms: how long a click
 * or a repaint would have waited in Electron's main. Two ways:
 * - `stallMs`: Node's own histogram (monitorEventLoopDelay, a sample every 10 ms): the longest
 *   wait, whatever caused it, including the machine not giving this thread a core in time;
 * - `busyMs`: the longest wait this thread spent working itself (its CPU time over the wait, read
 *   every 5 ms): what Mend's host code costs, without the machine's other load.
 */
async function longestStall<T>(work: () => Promise<T>): Promise<{ value: T; stallMs: number; busyMs: number }> {
  const histogram = monitorEventLoopDelay({ resolution: SAMPLE_MS })
  let busyMs = 0
  let lastAt = performance.now()
  let lastCpu = threadCpuMs()
  const ticks = setInterval(() => {
    const at = performance.now()
    const cpu = threadCpuMs()
    busyMs = Math.max(busyMs, Math.min(at - lastAt - TICK_MS, cpu - lastCpu))
    lastAt = at
    lastCpu = cpu
  }, TICK_MS)
  histogram.enable()
  try {
    const value = await work()
    // The histogram holds each sample's whole interval: an idle loop reads about 10 ms.
    return { value, stallMs: Math.max(0, histogram.max / 1e6 - SAMPLE_MS), busyMs: Math.max(0, busyMs) }
  } finally {
    histogram.disable()
    clearInterval(ticks)
  }
}

function ok<T>(result: Result<unknown>, what: string): T {
  if (!result.ok) throw new Error(`${what} failed in the core worker: ${result.error.code} ${result.error.message}`)
  return result.value as T
}

/** jrnl's JSON export of the corpus: what an import through the app reads. */
export function writeCorpusAsJrnl(corpus: BenchCorpus, path: string): void {
  const entries = corpus.entries.map((entry) => ({
    title: entry.title,
    body: entry.body,
    date: entry.entryDate.slice(0, 10),
    time: entry.entryDate.slice(11, 16),
    tags: entry.tags,
    starred: entry.starred,
  }))
  writeFileSync(path, JSON.stringify({ tags: {}, entries }))
}

/**
 * A journal as the Mend of schema 5 left it (before 0006 dropped the search index's prefix
 * tables), holding the corpus: unlocking it with this Mend runs 0006 over every entry, then the
 * later steps, as the update from that version does. Built with that version's migrations rather
 * than by winding a current journal's version number back: the later steps are not written to run
 * twice.
 */
export async function schema5Vault(corpus: BenchCorpus, target: string): Promise<void> {
  const vault = new Vault({
    directory: target,
    logger: silentLogger,
    clock: benchClock,
    migrations: migrations.slice(0, 5),
  })
  await vault.create(BENCH_PASSPHRASE)
  try {
    await createImportStore(vault.database(), benchClock).run({
      format: 'jrnl-json',
      entries: corpus.entries,
      skipped: [],
    })
  } finally {
    await vault.lock()
  }
}

export interface StallBenchOptions {
  /** The core worker to start (bundleCoreWorker's file). */
  workerScript: string
  /** The benchmark's journal (locked), with its plans: unlock, backup, search, autosave, PDF. */
  vaultDir: string
  /** A folder for a new journal to import into. */
  importVaultDir: string
  /** The corpus as a jrnl JSON export. */
  importSource: string
  /** A locked journal at schema 5: its unlock runs migration 0006 (the search index rebuilt). */
  migrationVaultDir: string
  planId: number
  queries: ReadonlyArray<Pick<BenchQuery, 'request'>>
  autosaves: number
  runs: number
  workDir: string
}

interface HostedCore {
  host: CoreHost
  events: MendEvent[]
  /** Resolves at the next event of `type` from now on. */
  next(type: MendEvent['type']): Promise<MendEvent>
}

function hostCore(script: string, directory: string, paths: { importSource: string; pdf: string }): HostedCore {
  const host = startCoreHost({
    spawn: coreWorkerSpawner(script, { directory, timeZone: 'Europe/Berlin' }),
    services: {
      dialogs: {
        ...noDialogs,
        chooseImportSource: async () => paths.importSource,
        choosePdfTarget: async () => paths.pdf,
      },
      takeBackupFile: () => null,
    },
    logger: silentLogger,
  })
  const events: MendEvent[] = []
  const waiting: Array<{ type: MendEvent['type']; resolve(event: MendEvent): void }> = []
  host.subscribe((event) => {
    events.push(event)
    for (const wait of waiting.filter((w) => w.type === event.type)) {
      waiting.splice(waiting.indexOf(wait), 1)
      wait.resolve(event)
    }
  })
  return { host, events, next: (type) => new Promise((resolve) => waiting.push({ type, resolve })) }
}

/**
 * Issue 20: each kind of work runs in the core's worker thread, requested through the same host
 * Electron's main uses, while this thread (main's stand-in) measures how long its own event loop
 * was held up. Everything the core does happens elsewhere; what is left here is passing messages.
 * Run in a process of its own (stall-child.ts) that holds nothing else, as main holds only the
 * shell: in the benchmark's own process, collecting the corpus's garbage would count as a stall.
 */
export async function measureHostStalls(options: StallBenchOptions): Promise<Figure[]> {
  const script = options.workerScript
  const stalls: Record<string, number[]> = {
    unlock: [],
    backup: [],
    import: [],
    search: [],
    autosave: [],
    pdf: [],
    migration: [],
  }
  const busy: Record<string, number[]> = Object.fromEntries(Object.keys(stalls).map((id) => [id, []]))
  const record = (id: string, measured: { stallMs: number; busyMs: number }) => {
    stalls[id]!.push(measured.stallMs)
    busy[id]!.push(measured.busyMs)
  }
  const paths = { importSource: options.importSource, pdf: join(options.workDir, 'stall-plan.pdf') }

  // The benchmark's journal: unlock (and the daily backup it starts), searches, saves, a PDF.
  const main = hostCore(script, options.vaultDir, paths)
  try {
    for (let run = 0; run < options.runs; run++) {
      // No backup from today: the unlock makes the daily one, as the first unlock of a day does.
      // The unlock answers first; the backup is copied beside the journal's work, and is counted
      // here until it is made.
      rmSync(join(options.vaultDir, 'backups'), { recursive: true, force: true })
      const unlock = await longestStall(async () => {
        const made = Promise.race([
          main.next('backup.completed'),
          main.next('backup.failed').then(() => Promise.reject(new Error('the daily backup failed'))),
        ])
        const answer = await main.host.invoke('vault.unlock', { passphrase: BENCH_PASSPHRASE })
        if (answer.ok) await made
        return answer
      })
      ok(unlock.value, 'unlock')
      record('unlock', unlock)
      // The same backup, asked for by "Back up now".
      const backup = await longestStall(() => main.host.invoke('backup.create', {}))
      ok(backup.value, 'backup')
      record('backup', backup)

      const search = await longestStall(async () => {
        for (const query of options.queries) ok(await main.host.invoke('journal.search', query.request), 'search')
      })
      record('search', search)

      const autosave = await longestStall(async () => {
        let body = 'A draft that grows as a person types.'
        const entry = ok<{ id: number }>(await main.host.invoke('journal.createEntry', { body }), 'create')
        for (let save = 0; save < options.autosaves; save++) {
          body += ` And one more sentence, number ${save + 1}.`
          ok(await main.host.invoke('journal.updateEntry', { id: entry.id, body }), 'autosave')
        }
      })
      record('autosave', autosave)

      const pdf = await longestStall(() =>
        main.host.invoke('export.planPdf', {
          planId: options.planId,
          options: { pageSize: 'A4', fontSize: 'normal', sections: DEFAULT_PLAN_PDF_SECTIONS },
          confirmUnprotected: true,
        }),
      )
      ok(pdf.value, 'PDF export')
      record('pdf', pdf)
      main.host.lock('manual')
      await main.host.invoke('vault.getStatus', {})
    }
  } finally {
    await main.host.stop()
  }

  // An import into a new journal, as the import screen runs it (read, preview, run).
  const importing = hostCore(script, options.importVaultDir, paths)
  try {
    ok(await importing.host.invoke('vault.create', { passphrase: BENCH_PASSPHRASE }), 'create')
    const imported = await longestStall(async () => {
      const preview = ok<ImportPreview>(
        await importing.host.invoke('import.chooseSource', { format: 'jrnl-json' }),
        'import preview',
      )
      return ok<{ added: number }>(await importing.host.invoke('import.run', { token: preview.token }), 'import')
    })
    record('import', imported)
  } finally {
    await importing.host.stop()
  }

  // A journal from before schema 6: its unlock rebuilds the search index over every entry.
  const migrating = hostCore(script, options.migrationVaultDir, paths)
  try {
    const migrated = await longestStall(() => migrating.host.invoke('vault.unlock', { passphrase: BENCH_PASSPHRASE }))
    ok(migrated.value, 'unlock with migration')
    if (!migrating.events.some((event) => event.type === 'vault.migrating')) throw new Error('no migration ran')
    record('migration', migrated)
  } finally {
    await migrating.host.stop()
  }

  // The same measurement with nothing to do, as long as a typical run above: what the machine's
  // own load (other processes, the scheduler) adds to every figure here.
  const idle: number[] = []
  for (let run = 0; run < options.runs; run++) {
    idle.push((await longestStall(() => new Promise((resolveIdle) => setTimeout(resolveIdle, 3_000)))).stallMs)
  }

  const LABELS: Record<string, string> = {
    unlock: 'host stall: unlock (and the daily backup)',
    backup: 'host stall: backup (daily or Back up now)',
    import: 'host stall: import (read, preview, run)',
    search: 'host stall: 50 searches',
    autosave: 'host stall: autosaves',
    pdf: 'host stall: PDF export of a plan',
    migration: 'host stall: migration (index rebuilt)',
  }
  const baseline = figureOf('stall.idle', 'host stall: nothing to do (the machine)', 'ms', idle, {
    note: 'the same measurement for 3 s with no work at all: the share of the figures above that is the machine',
  })
  const ownWork = Object.entries(busy).map(([id, samples]) =>
    figureOf(`stall.${id}.busy`, `  of which the host's own work`, 'ms', samples, {
      target: { kind: 'max', value: STALL_TARGET_MS },
      ...(id === 'unlock'
        ? {
            note:
              'the longest of those waits that the host thread spent working itself (its own CPU time, ' +
              "process.threadCpuUsage every 5 ms): the stall Mend's host code causes, without the machine's other load",
          }
        : {}),
    }),
  )
  const judged = Object.entries(stalls).map(([id, samples]) =>
    figureOf(`stall.${id}`, LABELS[id]!, 'ms', samples, {
      target: { kind: 'max', value: STALL_TARGET_MS },
      ...(id === 'unlock'
        ? {
            note:
              "the longest the host thread's event loop was held up (Node's monitorEventLoopDelay, 10 ms " +
              "resolution) while the core did the work in its worker thread: Electron's main in the app",
          }
        : {}),
    }),
  )
  // Each stall with its own-work share right below it.
  return [...judged.flatMap((figure, index) => [figure, ownWork[index]!]), baseline]
}
