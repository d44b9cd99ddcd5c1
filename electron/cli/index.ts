import { homedir } from 'node:os'
import { describeError } from './exit-codes'
import { runCli } from './run'

// The `mend` command: `npm run mend -- <command>` (tsx) or bin/mend.js (the built out/cli/index.js).

// Nothing may reach the terminal as a stack trace: it could quote data from deep inside SQLite.
process.on('uncaughtException', (error) => {
  process.stderr.write(`mend: ${describeError(error)}\n`)
  process.exit(1)
})

void runCli(process.argv.slice(2), {
  env: process.env,
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  platform: process.platform,
  homedir: homedir(),
}).then((code) => {
  process.exitCode = code
})
