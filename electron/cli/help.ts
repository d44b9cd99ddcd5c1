import { COMMON_OPTIONS, type OptionSpec } from './args'
import type { Command } from './command'

const EXIT_CODES = 'Exit codes: 0 ok, 1 other error, 2 usage error, 3 wrong passphrase, 4 damaged or unreadable file.'

function table(rows: ReadonlyArray<readonly [string, string]>): string[] {
  const width = Math.max(...rows.map(([left]) => left.length)) + 2
  return rows.map(([left, right]) => `  ${left.padEnd(width)}${right}`)
}

function optionRows(options: readonly OptionSpec[]): Array<readonly [string, string]> {
  return options.map((option) => [`--${option.name}${option.value ? ` ${option.value}` : ''}`, option.description])
}

export function generalHelp(commands: readonly Command[]): string {
  return [
    'mend: the command line of Mend, for your encrypted journal in scripts and terminals.',
    '',
    'Usage: mend <command> [arguments] [options]',
    '',
    'Commands:',
    ...table(commands.map((command) => [command.name, command.summary])),
    '',
    'Options for every command:',
    ...table(optionRows(COMMON_OPTIONS)),
    '',
    'The passphrase comes from the first line of stdin with --passphrase-stdin, else from',
    'MEND_PASSPHRASE, else from a prompt that does not echo (only on a terminal).',
    "mend add reads the entry's text from stdin: after that first line with --passphrase-stdin.",
    EXIT_CODES,
    'Run mend <command> --help (or mend help <command>) for the options of one command.',
    '',
  ].join('\n')
}

export function commandHelp(command: Command): string {
  return [
    `Usage: ${command.usage}`,
    '',
    command.summary,
    '',
    'Options:',
    ...table(optionRows([...command.options, ...COMMON_OPTIONS])),
    ...(command.notes?.length ? ['', ...command.notes] : []),
    '',
    EXIT_CODES,
    '',
  ].join('\n')
}
