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
    const names = [
      'init',
      'add',
      'list',
      'search',
      'import',
      'verify',
      'change-passphrase',
      'backup',
      'restore',
      'export',
    ]
    for (const name of names) {
      const lines = out.stdout.split('\n').filter((line) => line.startsWith(`  ${name} `))
      expect(lines, name).toHaveLength(1)
    }
    expect(out.stdout).toContain(
      'Exit codes: 0 ok, 1 other error, 2 usage error, 3 wrong passphrase, 4 damaged or unreadable file.',
    )
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

  it('mend help is the same as mend --help', async () => {
    const viaFlag = memoryIo()
    const viaWord = memoryIo()
    expect(await runCli(['--help'], viaFlag.io)).toBe(0)
    expect(await runCli(['help'], viaWord.io)).toBe(0)
    expect(viaWord.out.stdout).toBe(viaFlag.out.stdout)
  })

  it("checks the journal commands' arguments before any vault is touched (exit 2, one sentence)", async () => {
    const cases: Array<[string[], string]> = [
      [
        ['add', '--date', '2024-02-30'],
        '--date must be a real date written YYYY-MM-DD, YYYY-MM-DDTHH:MM or "YYYY-MM-DD HH:MM".',
      ],
      [
        ['add', '--date', 'yesterday'],
        '--date must be a real date written YYYY-MM-DD, YYYY-MM-DDTHH:MM or "YYYY-MM-DD HH:MM".',
      ],
      [['add', '--tag', 'a,b'], 'Each --tag must be 1 to 60 characters, without commas or line breaks.'],
      [['add', '--title', 'x'.repeat(301)], '--title is at most 300 characters.'],
      [['list', '--limit', '0'], '--limit must be a whole number from 1 to 500.'],
      [['search'], 'mend search needs a QUERY (see mend search --help).'],
      [['search', 'x'.repeat(501)], 'QUERY is at most 500 characters.'],
      [['search', 'word', '--limit', 'many'], '--limit must be a whole number from 1 to 200.'],
      [
        ['import', '--from', 'jrnl'],
        'mend import --from jrnl needs the PATH to read (a Mend export named jrnl: write ./jrnl).',
      ],
      [
        ['import', '--from', 'evernote', 'x.enex'],
        '--from must be jrnl, jrnl-folder, jrnl-json, dayone-json or markdown when a PATH follows.',
      ],
      [
        ['import', '--from', 'jrnl', 'j.txt', '--new-passphrase-stdin'],
        '--new-passphrase-stdin is only for a Mend export; this journal opens with --passphrase-stdin.',
      ],
    ]
    for (const [argv, message] of cases) {
      const { io, out } = memoryIo()
      expect(await runCli([...argv, '--vault', '/nonexistent-vault'], io), argv.join(' ')).toBe(2)
      expect(out.stderr).toBe(`mend: ${message}\n`)
      expect(out.stdout).toBe('')
    }
  })

  it('without arguments shows the help on stderr and exits 2', async () => {
    const { io, out } = memoryIo()
    expect(await runCli([], io)).toBe(2)
    expect(out.stdout).toBe('')
    expect(out.stderr).toContain('Usage: mend <command> [arguments] [options]')
  })

  it('reports a usage error as one line on stderr with exit code 2', async () => {
    const { io, out } = memoryIo()
    expect(await runCli(['backup', '--vault', '/v'], io)).toBe(2)
    expect(out.stderr).toBe('mend: mend backup needs --out FILE.\n')
    expect(out.stdout).toBe('')
  })
})
