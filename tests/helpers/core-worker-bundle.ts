import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
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
 * (through a TypeScript loader it takes about one). Written under node_modules/.cache so that its
 * packages (the native SQLite module, pdfkit, the fonts) resolve from the project, and named by its
 * content: test processes running side by side share one file, and a changed source gets a new
 * one (written whole, then renamed into place, so no process ever loads half of it).
 */
export function coreWorkerBundle(entry: keyof typeof ENTRIES): string {
  const ready = built.get(entry)
  if (ready) return ready
  const { outputFiles } = buildSync({
    entryPoints: [resolve(ENTRIES[entry])],
    outfile: `${entry}-worker.cjs`,
    write: false,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    packages: 'external',
    logLevel: 'error',
  })
  const code = outputFiles[0]!.contents
  const hash = createHash('sha256').update(code).digest('hex').slice(0, 16)
  const outfile = resolve(`node_modules/.cache/mend-core-worker/${entry}-worker-${hash}.cjs`)
  if (!existsSync(outfile)) {
    mkdirSync(dirname(outfile), { recursive: true })
    const temp = `${outfile}.${process.pid}.tmp`
    writeFileSync(temp, code)
    renameSync(temp, outfile)
  }
  built.set(entry, outfile)
  return outfile
}
