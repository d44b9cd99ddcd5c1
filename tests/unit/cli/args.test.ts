import { describe, expect, it } from 'vitest'
import { parseCommandLine, type CommandShape } from '../../../electron/cli/args'
import { UsageError } from '../../../electron/cli/exit-codes'
import { COMMANDS } from '../../../electron/cli/run'

const commands: CommandShape[] = [
  {
    name: 'export',
    options: [
      { name: 'format', value: 'json|markdown', required: true, choices: ['json', 'markdown'], description: '' },
      { name: 'out', value: 'PATH', required: true, description: '' },
      { name: 'passphrase-stdin', description: '' },
    ],
  },
  { name: 'verify', options: [{ name: 'json', description: '' }] },
  {
    name: 'search',
    options: [
      { name: 'tag', value: 'TAG', repeatable: true, description: '' },
      { name: 'json', description: '' },
    ],
    operands: [{ name: 'QUERY', rest: true }],
  },
  { name: 'import', options: [{ name: 'from', value: 'FORMAT', description: '' }], operands: [{ name: 'PATH' }] },
]

function usageError(argv: string[]): string {
  try {
    parseCommandLine(argv, commands)
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError)
    return (error as UsageError).message
  }
  throw new Error(`expected a usage error for ${argv.join(' ')}`)
}

describe('cli arguments', () => {
  it('reads a command with value options in both spellings and a flag', () => {
    expect(parseCommandLine(['export', '--format', 'json', '--out=x.json', '--passphrase-stdin'], commands)).toEqual({
      kind: 'run',
      command: 'export',
      options: { format: 'json', out: 'x.json', 'passphrase-stdin': true },
      operands: [],
    })
  })

  it('takes --vault before or after the command', () => {
    expect(parseCommandLine(['--vault', '/v', 'verify'], commands)).toMatchObject({ options: { vault: '/v' } })
    expect(parseCommandLine(['verify', '--vault=/v', '--json'], commands)).toMatchObject({
      options: { vault: '/v', json: true },
    })
  })

  it('answers --help and -h, for the program or one command, even with other mistakes around', () => {
    expect(parseCommandLine(['--help'], commands)).toEqual({ kind: 'help', command: null })
    expect(parseCommandLine(['export', '-h'], commands)).toEqual({ kind: 'help', command: 'export' })
    expect(parseCommandLine(['export', '--help'], commands)).toEqual({ kind: 'help', command: 'export' })
    expect(parseCommandLine(['help'], commands)).toEqual({ kind: 'help', command: null })
    expect(parseCommandLine(['help', 'export'], commands)).toEqual({ kind: 'help', command: 'export' })
    expect(usageError(['help', 'frobnicate'])).toBe('"frobnicate" is not a mend command (see mend --help).')
  })

  it('refuses a missing command, an unknown command and stray arguments', () => {
    expect(usageError([])).toBe('No command given (see mend --help).')
    expect(usageError(['--vault', 'x'])).toBe('No command given (see mend --help).')
    expect(usageError(['frobnicate'])).toBe('"frobnicate" is not a mend command (see mend --help).')
    expect(usageError(['verify', 'extra'])).toContain('takes no arguments besides its options')
  })

  it('refuses unknown, repeated and malformed options', () => {
    expect(usageError(['verify', '--nope'])).toBe('Unknown option --nope for mend verify (see mend verify --help).')
    expect(usageError(['--json', 'verify'])).toContain('Unknown option --json before the command')
    expect(usageError(['verify', '-j'])).toContain('Unknown option --j')
    expect(usageError(['verify', '--json', '--json'])).toBe('--json is given twice.')
    expect(usageError(['verify', '--json=yes'])).toBe('--json takes no value.')
    expect(usageError(['export', '--format', 'json', '--out'])).toBe('--out needs a value (PATH).')
    expect(usageError(['export', '--format', '--out', 'x'])).toBe('--format needs a value (json|markdown).')
    expect(usageError(['export', '--format=', '--out', 'x'])).toBe('--format needs a value (json|markdown).')
  })

  it('checks required options and allowed values', () => {
    expect(usageError(['export', '--format', 'json'])).toBe('mend export needs --out PATH.')
    expect(usageError(['export', '--format', 'pdf', '--out', 'x'])).toBe('--format must be json or markdown.')
  })

  it('takes operands where a command has them, anywhere among its options', () => {
    expect(parseCommandLine(['search', '--json', 'two', '--tag', 'a', 'words'], commands)).toEqual({
      kind: 'run',
      command: 'search',
      options: { json: true, tag: ['a'] },
      operands: ['two', 'words'],
    })
    expect(parseCommandLine(['import', '--from', 'jrnl', 'journal.txt'], commands)).toMatchObject({
      options: { from: 'jrnl' },
      operands: ['journal.txt'],
    })
    expect(usageError(['import', 'a', 'b'])).toBe(
      'mend import takes only PATH besides its options (see mend import --help).',
    )
  })

  it('takes everything after -- as operands, even what looks like an option or --help', () => {
    expect(parseCommandLine(['search', '--json', '--', '-word', '--help', '"*NEAR('], commands)).toEqual({
      kind: 'run',
      command: 'search',
      options: { json: true },
      operands: ['-word', '--help', '"*NEAR('],
    })
    expect(usageError(['verify', '--', 'x'])).toContain('Unknown option')
  })

  it('collects a repeatable option in order, and still refuses others given twice', () => {
    expect(parseCommandLine(['search', 'q', '--tag', 'b', '--tag=a', '--tag', 'b'], commands)).toMatchObject({
      options: { tag: ['b', 'a', 'b'] },
    })
    expect(usageError(['search', 'q', '--json', '--json'])).toBe('--json is given twice.')
    expect(usageError(['search', 'q', '--tag'])).toBe('--tag needs a value (TAG).')
  })

  it('never echoes something that could be a passphrase typed in the wrong place', () => {
    const secret = 'orchard lantern quietly 47 river'
    expect(usageError([secret])).not.toContain('orchard')
    expect(usageError(['verify', secret])).not.toContain('orchard')
    expect(usageError(['verify', `--passphrase=${secret}`])).not.toContain('orchard')
    expect(usageError(['verify', `--${secret}`])).not.toContain('orchard')
    expect(usageError(['export', '--format', secret, '--out', 'x'])).not.toContain('orchard')
    expect(usageError(['import', '--from', 'jrnl', 'x', secret])).not.toContain('orchard')
  })

  it('knows every command of the real CLI, each with its required options', () => {
    expect(COMMANDS.map((command) => command.name)).toEqual([
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
      'export-pdf',
    ])
    expect(() => parseCommandLine(['backup'], COMMANDS)).toThrow('mend backup needs --out FILE.')
    // restore needs --from FILE or --latest-good: the command itself checks that (run.test.ts).
    expect(parseCommandLine(['restore'], COMMANDS)).toEqual({
      kind: 'run',
      command: 'restore',
      options: {},
      operands: [],
    })
    expect(() => parseCommandLine(['import'], COMMANDS)).toThrow('mend import needs --from FORMAT|FILE.')
    expect(parseCommandLine(['add', '--tag', 'a', '--tag', 'b'], COMMANDS)).toMatchObject({
      options: { tag: ['a', 'b'] },
    })
  })
})
