import { UsageError } from './exit-codes'

/** One `--name` or `--name VALUE` option of a command. */
export interface OptionSpec {
  /** The long name without dashes, e.g. `out`. */
  name: string
  /** The value's placeholder in help (`FILE`); absent for a flag. */
  value?: string
  description: string
  required?: boolean
  choices?: readonly string[]
}

export interface CommandShape {
  name: string
  options: readonly OptionSpec[]
}

export type ParsedOptions = Readonly<Record<string, string | true>>

export type CommandLine =
  { kind: 'help'; command: string | null } | { kind: 'run'; command: string; options: ParsedOptions }

/** Options every command takes. */
export const COMMON_OPTIONS: readonly OptionSpec[] = [
  {
    name: 'vault',
    value: 'DIR',
    description: "The journal's folder (default: MEND_VAULT_DIR, else the app's data folder).",
  },
  { name: 'help', description: 'Show help for this command.' },
]

/**
 * Names typed on the command line are echoed in errors only when they look like option or
 * command names: a passphrase typed in the wrong place must not end up in a terminal log.
 */
function printable(name: string): string | null {
  return /^[A-Za-z][A-Za-z0-9-]{0,39}$/.test(name) ? name : null
}

function seeHelp(command: string | null): string {
  return command ? `see mend ${command} --help` : 'see mend --help'
}

function optionName(token: string): string {
  const name = token.replace(/^--?/, '').split('=', 1)[0] ?? ''
  return printable(name) ? `--${name}` : 'an option'
}

/**
 * Reads `mend <command> [options]`. Options may come before or after the command and take
 * their value as `--out FILE` or `--out=FILE`. Nothing is positional.
 */
export function parseCommandLine(argv: readonly string[], commands: readonly CommandShape[]): CommandLine {
  let command: CommandShape | null = null
  const options: Record<string, string | true> = {}
  const wantsHelp = argv.some((token) => token === '--help' || token === '-h')

  for (let index = 0; index < argv.length; index++) {
    const token = argv[index] as string
    if (token === '--help' || token === '-h') continue
    if (!token.startsWith('-') || token === '-') {
      if (command)
        throw new UsageError(`mend ${command.name} takes no arguments besides its options (${seeHelp(command.name)}).`)
      const found = commands.find((candidate) => candidate.name === token)
      if (!found) {
        const name = printable(token)
        throw new UsageError(
          `${name ? `"${name}" is not a mend command` : 'That is not a mend command'} (${seeHelp(null)}).`,
        )
      }
      command = found
      continue
    }
    if (!token.startsWith('--') || token === '--') {
      throw new UsageError(`Unknown option ${optionName(token)} (${seeHelp(command?.name ?? null)}).`)
    }
    const equals = token.indexOf('=')
    const name = token.slice(2, equals < 0 ? undefined : equals)
    const known = [...COMMON_OPTIONS, ...(command?.options ?? [])]
    const spec = known.find((option) => option.name === name)
    if (!spec) {
      const where = command ? `for mend ${command.name}` : 'before the command'
      throw new UsageError(`Unknown option ${optionName(token)} ${where} (${seeHelp(command?.name ?? null)}).`)
    }
    if (name in options) throw new UsageError(`--${name} is given twice.`)
    if (!spec.value) {
      if (equals >= 0) throw new UsageError(`--${name} takes no value.`)
      options[name] = true
      continue
    }
    let value: string | undefined
    if (equals >= 0) value = token.slice(equals + 1)
    else {
      value = argv[index + 1]
      if (value !== undefined && !value.startsWith('--')) index++
      else value = undefined
    }
    if (!value) throw new UsageError(`--${name} needs a value (${spec.value}).`)
    options[name] = value
  }

  if (wantsHelp) return { kind: 'help', command: command?.name ?? null }
  if (!command) throw new UsageError(`No command given (${seeHelp(null)}).`)
  for (const spec of command.options) {
    const value = options[spec.name]
    if (spec.required && value === undefined) {
      throw new UsageError(`mend ${command.name} needs --${spec.name} ${spec.value ?? ''}`.trimEnd() + '.')
    }
    if (spec.choices && typeof value === 'string' && !spec.choices.includes(value)) {
      throw new UsageError(`--${spec.name} must be ${spec.choices.join(' or ')}.`)
    }
  }
  return { kind: 'run', command: command.name, options }
}

/** The value of a `--name VALUE` option, or undefined. */
export function stringOption(options: ParsedOptions, name: string): string | undefined {
  const value = options[name]
  return typeof value === 'string' ? value : undefined
}

/** The value of a required option (parseCommandLine has checked it is there). */
export function requiredOption(options: ParsedOptions, name: string): string {
  const value = stringOption(options, name)
  if (value === undefined) throw new UsageError(`--${name} is required.`)
  return value
}

export function flag(options: ParsedOptions, name: string): boolean {
  return options[name] === true
}
