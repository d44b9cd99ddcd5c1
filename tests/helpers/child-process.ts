import { spawn, type ChildProcess } from 'node:child_process'
import { resolve } from 'node:path'

/**
 * A TypeScript helper script run as its own Node process (`node --import tsx`), so that a test
 * can kill it with SIGKILL at any moment, like a power cut or a crash, without taking vitest down.
 */
export interface TestChild {
  process: ChildProcess
  /** Resolves with the first stdout line that starts with `prefix`; rejects if the child exits first. */
  waitForLine(prefix: string): Promise<string>
  /** SIGKILL, then waits until the process is gone. */
  killHard(): Promise<void>
  /** Waits for a normal exit and returns its code. */
  exited(): Promise<number | null>
  /** Every complete stdout line so far. */
  lines(): string[]
  stderr(): string
}

export interface ChildOptions {
  /**
   * Root ignores file modes, so a read-only folder would not be read-only to a child run by a test
   * as root. With this, such a child runs without the capabilities that let it (setpriv drops
   * CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH and CAP_FOWNER); as any other user it changes nothing.
   */
  honourFileModes?: boolean
  /**
   * RLIMIT_FSIZE in KiB (`ulimit -f`): a write past it fails with EFBIG, as on a full or size-limited
   * disk, and SQLite reports a short write as SQLITE_FULL. SIGXFSZ is ignored so the write fails
   * instead of killing the process (Node ignores it too; the trap makes that explicit).
   */
  fileSizeLimitKb?: number
}

/** The command line that runs `nodeArgs` under `options`, innermost last. */
function commandLine(nodeArgs: string[], options: ChildOptions): string[] {
  let command = [process.execPath, ...nodeArgs]
  if (options.fileSizeLimitKb !== undefined) {
    // bash: its `ulimit -f` counts KiB (dash counts 512-byte blocks).
    const limit = Math.trunc(options.fileSizeLimitKb)
    command = ['bash', '-c', `trap '' XFSZ; ulimit -f ${limit}; exec "$0" "$@"`, ...command]
  }
  if (options.honourFileModes && process.getuid?.() === 0) {
    command = ['setpriv', '--bounding-set=-dac_override,-dac_read_search,-fowner', '--', ...command]
  }
  return command
}

export function startChild(
  helper: string,
  args: string[],
  env: Record<string, string> = {},
  options: ChildOptions = {},
): TestChild {
  const script = resolve(__dirname, helper)
  const [command, ...commandArgs] = commandLine(['--import', 'tsx', script, ...args], options)
  const child = spawn(command!, commandArgs, {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  })
  let out = ''
  let err = ''
  const waiters: Array<{ prefix: string; resolve(line: string): void }> = []
  const exit = new Promise<number | null>((resolveExit) => child.on('exit', (code) => resolveExit(code)))

  function deliver(): void {
    for (const line of out.split('\n').slice(0, -1)) {
      for (const waiter of [...waiters]) {
        if (!line.startsWith(waiter.prefix)) continue
        waiters.splice(waiters.indexOf(waiter), 1)
        waiter.resolve(line)
      }
    }
  }
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString('utf8')
    deliver()
  })
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')))

  return {
    process: child,
    waitForLine: (prefix) =>
      new Promise<string>((resolveLine, reject) => {
        waiters.push({ prefix, resolve: resolveLine })
        deliver()
        void exit.then((code) => reject(new Error(`${helper} exited (${code}) before "${prefix}": ${err.slice(-500)}`)))
      }),
    killHard: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
      await exit
    },
    exited: () => exit,
    lines: () => out.split('\n').slice(0, -1),
    stderr: () => err,
  }
}

export function randomBetween(min: number, max: number): number {
  return min + Math.random() * (max - min)
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolveSleep) => setTimeout(resolveSleep, ms))
}
