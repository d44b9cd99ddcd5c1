import { homedir } from 'node:os'
import type { CliOptions } from './command'
import { describeError } from './exit-codes'
import { runCli } from './run'

/** Runs `mend` in this process: its arguments, environment and standard streams; sets the exit code. */
export function runMendProcess(options: CliOptions = {}): void {
  // Nothing may reach the terminal as a stack trace: it could quote data from deep inside SQLite.
  process.on('uncaughtException', (error) => {
    process.stderr.write(`mend: ${describeError(error)}\n`)
    process.exit(1)
  })

  void runCli(
    process.argv.slice(2),
    {
      env: process.env,
      stdin: process.stdin,
      stdout: process.stdout,
      stderr: process.stderr,
      cwd: process.cwd(),
      platform: process.platform,
      homedir: homedir(),
    },
    options,
  ).then((code) => {
    process.exitCode = code
  })
}
