import { PassThrough } from 'node:stream'
import { describe, expect, it } from 'vitest'
import type { CliIo } from '../../../electron/cli/command'
import { runCli } from '../../../electron/cli/run'

/** runCli in memory: no vault is touched by these (help and usage errors stop before any). */
function memoryIo(env: Record<string, string> = {}) {
  const out = { stdout: '', stderr: '' }
  const stdin = new PassThrough()
  stdin.end()
  const io: CliIo = {
    env,
    stdin,
    stdout: { write: (text: string) => (out.stdout += text) },
    stderr: { write: (text: string) => (out.stderr += text) },
    cwd: '/nonexistent-cwd',
    platform: 'linux',
    homedir: '/nonexistent-home',
  }
  return { io, out }
}

describe('cli runner', () => {
  it('prints the command list for --help on stdout and exits 0', async () => {
    const { io, out } = memoryIo()
    expect(await runCli(['--help'], io)).toBe(0)
    for (const name of ['init', 'verify', 'change-passphrase', 'backup', 'restore', 'export', 'import']) {
      expect(out.stdout).toContain(`  ${name} `)
    }
    expect(out.stdout).toContain('Exit codes: 0 ok, 1 other error, 2 usage error, 3 wrong passphrase, 4 damaged file.')
    expect(out.stderr).toBe('')
  })

  it("prints one command's usage and options for <command> --help", async () => {
    const { io, out } = memoryIo()
    expect(await runCli(['export', '--help'], io)).toBe(0)
    expect(out.stdout).toContain('Usage: mend export --format json|markdown --out PATH')
    expect(out.stdout).toContain('--vault DIR')
    expect(out.stdout).toContain('NOT encrypted')
  })

  it('restore --help offers --latest-good for a damaged journal', async () => {
    const { io, out } = memoryIo()
    expect(await runCli(['restore', '--help'], io)).toBe(0)
    expect(out.stdout).toContain('Usage: mend restore --from FILE | --latest-good')
    expect(out.stdout).toContain('--latest-good ')
  })

  it('restore needs exactly one of --from and --latest-good: a usage error before any vault is touched', async () => {
    const neither = memoryIo()
    expect(await runCli(['restore', '--vault', '/v'], neither.io)).toBe(2)
    expect(neither.out.stderr).toBe('mend: mend restore needs --from FILE (or --latest-good for a damaged journal).\n')
    const both = memoryIo()
    expect(await runCli(['restore', '--vault', '/v', '--from', 'b.mendbackup', '--latest-good'], both.io)).toBe(2)
    expect(both.out.stderr).toBe('mend: Give either --from FILE or --latest-good, not both.\n')
  })

  it('without arguments shows the help on stderr and exits 2', async () => {
    const { io, out } = memoryIo()
    expect(await runCli([], io)).toBe(2)
    expect(out.stdout).toBe('')
    expect(out.stderr).toContain('Usage: mend <command> [options]')
  })

  it('reports a usage error as one line on stderr with exit code 2', async () => {
    const { io, out } = memoryIo()
    expect(await runCli(['backup', '--vault', '/v'], io)).toBe(2)
    expect(out.stderr).toBe('mend: mend backup needs --out FILE.\n')
    expect(out.stdout).toBe('')
  })
})
