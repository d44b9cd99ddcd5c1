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
  /** May be given more than once (`--tag a --tag b`); its value is then a list, in order. */
  repeatable?: boolean
}

/** An argument that is not an option, e.g. the QUERY of `mend search QUERY`. */
export interface OperandSpec {
  /** Its placeholder in help and errors, e.g. `QUERY`. */
  name: string
  /** Takes every argument left (`mend search two words`). */
  rest?: boolean
}

export interface CommandShape {
  name: string
  options: readonly OptionSpec[]
  /** Arguments besides the options, in order; none when absent. Never echoed in errors. */
  operands?: readonly OperandSpec[]
}

export type ParsedOptions = Readonly<Record<string, string | true | readonly string[]>>

export type CommandLine =
  | { kind: 'help'; command: string | null }
  | { kind: 'run'; command: string; options: ParsedOptions; operands: readonly string[] }

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

/** Takes one argument that is not an option into the command's operands, or says there is no room. */
function takeOperand(command: CommandShape, operands: string[], token: string): void {
  const specs = command.operands ?? []
  if (specs.length === 0) {
    throw new UsageError(`mend ${command.name} takes no arguments besides its options (${seeHelp(command.name)}).`)
  }
  if (operands.length >= specs.length && !specs.at(-1)?.rest) {
    const names = specs.map((spec) => spec.name).join(' ')
    throw new UsageError(`mend ${command.name} takes only ${names} besides its options (${seeHelp(command.name)}).`)
  }
  operands.push(token)
}

/**
 * Reads `mend <command> [operands] [options]`. Options may come before or after the command and
 * take their value as `--out FILE` or `--out=FILE`. After `--`, everything is an operand (a
 * search for `-word`). Operands are never echoed: one could be a passphrase in the wrong place.
 */
export function parseCommandLine(argv: readonly string[], commands: readonly CommandShape[]): CommandLine {
  let command: CommandShape | null = null
  const options: Record<string, string | true | string[]> = {}
  const operands: string[] = []
  const end = argv.indexOf('--')
  const optionTokens = end < 0 ? argv : argv.slice(0, end)
  const wantsHelp = optionTokens.some((token) => token === '--help' || token === '-h')
  let helpWord = false

  for (let index = 0; index < argv.length; index++) {
    const token = argv[index] as string
    if (index === end && command?.operands?.length) {
      for (const rest of argv.slice(index + 1)) takeOperand(command, operands, rest)
      break
    }
    if (token === '--help' || token === '-h') continue
    if (!token.startsWith('-') || token === '-') {
      // `mend help [command]` reads like `mend [command] --help`.
      if (!command && !helpWord && token === 'help') {
        helpWord = true
        continue
      }
      if (command) {
        takeOperand(command, operands, token)
        continue
      }
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
    if (name in options && !spec.repeatable) throw new UsageError(`--${name} is given twice.`)
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
    if (spec.repeatable) {
      const previous = options[name]
      options[name] = [...(Array.isArray(previous) ? previous : []), value]
    } else options[name] = value
  }

  if (wantsHelp || helpWord) return { kind: 'help', command: command?.name ?? null }
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
  return { kind: 'run', command: command.name, options, operands }
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

/** Every value of a repeatable option, in the order given; empty when it is absent. */
export function listOption(options: ParsedOptions, name: string): readonly string[] {
  const value = options[name]
  if (Array.isArray(value)) return value as readonly string[]
  return typeof value === 'string' ? [value] : []
}

export function flag(options: ParsedOptions, name: string): boolean {
  return options[name] === true
}
