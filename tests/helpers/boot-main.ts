import { spawnSync, fork, type ChildProcess } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs'
import { delimiter, dirname, join, resolve } from 'node:path'
import { buildSync } from 'esbuild'
import type { ApiUseReport, StandInCommand, StandInMessage, TrackedWorker } from './electron-stand-in/commands'
import type { Seen } from './electron-stand-in/fake-electron'

const ROOT = resolve(__dirname, '../..')
/** What `electron-vite build` reads: a change to any of them makes a build older than it stale. */
const SOURCES = ['electron', 'src', 'electron.vite.config.ts', 'package.json']
/** What a build writes, relative to its output folder: the app's (out/), or the e2e test build's (out-e2e/). */
const BUILDS = {
  app: {
    out: 'out',
    args: [],
    files: ['main/index.js', 'main/core-worker.js', 'preload/index.cjs', 'renderer/index.html'],
  },
  e2e: {
    out: 'out-e2e',
    args: ['--mode', 'e2e'],
    files: ['main/index.js', 'main/control-worker.js', 'preload/index.cjs', 'renderer/index.html'],
  },
} as const

function newestChange(path: string): number {
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  let newest = stat.mtimeMs
  for (const name of readdirSync(path)) newest = Math.max(newest, newestChange(join(path, name)))
  return newest
}

/**
 * The app as `npm run build` makes it (out/), or the e2e test build (`--mode e2e`, out-e2e/), built
 * again first when it is missing or older than its sources: `npm test` runs the unit tests before
 * the end-to-end step's build, and a changed source must be what the boot test boots. About ten
 * seconds when it builds, nothing otherwise.
 */
export function builtApp(which: keyof typeof BUILDS = 'app'): string {
  const { files, args } = BUILDS[which]
  const out = join(ROOT, BUILDS[which].out)
  const oldestOutput = Math.min(
    ...files.map((file) => (existsSync(join(out, file)) ? statSync(join(out, file)).mtimeMs : 0)),
  )
  const newestSource = Math.max(...SOURCES.map((source) => newestChange(join(ROOT, source))))
  if (oldestOutput > newestSource) return out
  const bin = join(ROOT, 'node_modules', '.bin')
  const build = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build', ...args],
    {
      cwd: ROOT,
      env: { ...process.env, PATH: `${bin}${delimiter}${process.env['PATH'] ?? ''}` },
      encoding: 'utf8',
    },
  )
  if (build.status !== 0) throw new Error(`electron-vite build failed:\n${build.stdout}\n${build.stderr}`)
  return out
}

/** The stand-in preload (electron-stand-in/stand-in.ts) as one CommonJS file, named by its content. */
function standInBundle(): string {
  const { outputFiles } = buildSync({
    entryPoints: [join(__dirname, 'electron-stand-in/stand-in.ts')],
    outfile: 'stand-in.cjs',
    write: false,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    logLevel: 'error',
  })
  const code = outputFiles[0]!.contents
  const hash = createHash('sha256').update(code).digest('hex').slice(0, 16)
  const file = join(ROOT, `node_modules/.cache/mend-boot/stand-in-${hash}.cjs`)
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(`${file}.${process.pid}.tmp`, code)
    renameSync(`${file}.${process.pid}.tmp`, file)
  }
  return file
}

export interface BootedMain {
  child: ChildProcess
  /** Resolves once Electron (the stand-in) said it is ready and main's whenReady work has run. */
  ready: Promise<void>
  ask<T = unknown>(command: StandInCommand): Promise<T>
  seen(): Promise<Seen>
  apiUse(): Promise<ApiUseReport>
  /** Resolves when the process has ended: its exit code and what the stand-in reported last. */
  exited: Promise<{ code: number | null; workers: TrackedWorker[] | null; seen: Seen | null }>
  stderr(): string
  kill(): void
}

/**
 * Runs `main` (the built out/main/index.js) in a child Node process with the stand-in for the
 * `electron` module preloaded. `userData` is where main keeps its state and the vault.
 */
export function bootMain(
  main: string,
  options: { userData: string; documents: string; secondInstance?: boolean; env?: Record<string, string> },
): BootedMain {
  const child = fork(main, [], {
    // Where the launch came from (a relative backup path on its command line resolves from here).
    cwd: options.documents,
    execArgv: ['--require', standInBundle()],
    env: {
      PATH: process.env['PATH'] ?? '',
      HOME: options.userData,
      MEND_STAND_IN_USER_DATA: options.userData,
      MEND_STAND_IN_DOCUMENTS: options.documents,
      ...(options.secondInstance ? { MEND_STAND_IN_SECOND_INSTANCE: '1' } : {}),
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  })
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  child.stdout?.resume()
  const waiting = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>()
  let lastId = 0
  let last: { workers: TrackedWorker[]; seen: Seen } | null = null
  let markReady: () => void = () => {}
  let failReady: (error: Error) => void = () => {}
  const ready = new Promise<void>((resolve, reject) => ([markReady, failReady] = [resolve, reject]))
  // A launch that quits at once is never ready; that is for `exited` to tell.
  ready.catch(() => undefined)
  child.on('error', (error) => failReady(error))
  child.on('message', (message: StandInMessage) => {
    if (message.type === 'ready') markReady()
    else if (message.type === 'exit') last = { workers: message.workers, seen: message.seen }
    else {
      const reply = waiting.get(message.id)
      waiting.delete(message.id)
      if (message.ok) reply?.resolve(message.value)
      else reply?.reject(new Error(message.error))
    }
  })
  const exited = new Promise<{ code: number | null; workers: TrackedWorker[] | null; seen: Seen | null }>((resolve) =>
    child.on('exit', (code) => {
      const error = new Error(`main exited (${code}): ${stderr}`)
      failReady(error)
      for (const reply of waiting.values()) reply.reject(error)
      resolve({ code, workers: last?.workers ?? null, seen: last?.seen ?? null })
    }),
  )
  const ask = <T>(command: StandInCommand) =>
    new Promise<T>((resolve, reject) => {
      if (!child.connected) return reject(new Error(`main is no longer running: ${stderr}`))
      const id = ++lastId
      waiting.set(id, { resolve: resolve as (value: unknown) => void, reject })
      child.send({ ...command, id })
    })
  return {
    child,
    ready,
    ask,
    seen: () => ask<Seen>({ command: 'seen' }),
    apiUse: () => ask<ApiUseReport>({ command: 'apiUse' }),
    exited,
    stderr: () => stderr,
    kill: () => void child.kill('SIGKILL'),
  }
}
