import { spawn } from 'node:child_process'
import { join, resolve } from 'node:path'

export interface MendRun {
  code: number | null
  stdout: string
  stderr: string
}

const ROOT = resolve(__dirname, '../..')
/** The shipped entry with a cheap scrypt for new passphrases (see mend-cli.ts). */
export const TEST_ENTRY = 'tests/helpers/mend-cli.ts'

/**
 * Runs `mend` as a child process under tsx. HOME and XDG_CONFIG_HOME point into `home`, so no
 * run can ever reach a real journal in the user's data folder.
 */
export function runMend(
  args: string[],
  options: { home: string; env?: Record<string, string>; input?: string; entry?: string },
): Promise<MendRun> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', options.entry ?? TEST_ENTRY, ...args], {
      cwd: ROOT,
      env: {
        PATH: process.env['PATH'] ?? '',
        HOME: options.home,
        XDG_CONFIG_HOME: join(options.home, 'xdg'),
        ...options.env,
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) => resolveRun({ code, stdout, stderr }))
    child.stdin.end(options.input ?? '')
  })
}
