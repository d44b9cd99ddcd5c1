import { renameSync, rmSync } from 'node:fs'
import { resolve } from 'node:path'
import { buildSync } from 'esbuild'

const ENTRIES = {
  /** The app's worker, as electron-vite builds it into out/main (same source, same loop). */
  app: 'electron/core-host/core-worker.ts',
  /** The same worker with the test control channel (electron/core-host/testing). */
  test: 'electron/core-host/testing/control-worker.ts',
} as const

const built = new Map<keyof typeof ENTRIES, string>()

/**
 * A core worker as one CommonJS file that a worker thread starts in a fraction of a second
 * (through a TypeScript loader it takes about one). Written under node_modules/.cache so that
 * its packages (the native SQLite module, pdfkit, the fonts) resolve from the project; built once
 * per test process from the current sources, to a name of its own and renamed into place, so
 * processes running side by side never load a half-written file.
 */
export function coreWorkerBundle(entry: keyof typeof ENTRIES): string {
  const ready = built.get(entry)
  if (ready) return ready
  const outfile = resolve(`node_modules/.cache/mend-core-worker/${entry}-worker-${process.pid}.cjs`)
  buildSync({
    entryPoints: [resolve(ENTRIES[entry])],
    outfile: `${outfile}.tmp`,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    packages: 'external',
    logLevel: 'error',
  })
  renameSync(`${outfile}.tmp`, outfile)
  process.once('exit', () => rmSync(outfile, { force: true }))
  built.set(entry, outfile)
  return outfile
}
