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

export function startChild(helper: string, args: string[], env: Record<string, string> = {}): TestChild {
  const script = resolve(__dirname, helper)
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
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
