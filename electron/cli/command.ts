import type { ScryptParams } from '../core/vault/key-derivation'
import type { CommandShape, OptionSpec, ParsedOptions } from './args'
import type { TextOutput } from './hidden-prompt'
import type { SecretIo, Secrets } from './secrets'

/** Everything the CLI touches in its process, passed in so tests can run it in memory. */
export interface CliIo extends SecretIo {
  stdout: TextOutput
  stderr: TextOutput
  cwd: string
  platform: NodeJS.Platform
  homedir: string
}

/** Set by the program that runs the CLI, never from outside it (no flag, no environment). */
export interface CliOptions {
  /** The cost of new passphrases' key derivation; the default (the app's) unless a test lowers it. */
  scrypt?: ScryptParams
}

export interface CommandContext {
  io: CliIo
  /** Key derivation cost for new passphrases; undefined means the app's default. */
  scrypt: ScryptParams | undefined
  options: ParsedOptions
  /** The arguments besides the options (the QUERY of `mend search`), as typed. */
  operands: readonly string[]
  /** Absolute path of the journal's folder. */
  vaultDirectory: string
  secrets: Secrets
  /** A line on stdout: results only, never prompts or warnings. */
  print(line?: string): void
  /** A line on stderr: warnings. Never journal text. */
  warn(line: string): void
}

export interface Command extends CommandShape {
  summary: string
  usage: string
  /** More lines for `mend <command> --help`. */
  notes?: readonly string[]
  run(context: CommandContext): Promise<void>
}

export const PASSPHRASE_STDIN: OptionSpec = {
  name: 'passphrase-stdin',
  description: 'Read the passphrase from the first line of stdin (else MEND_PASSPHRASE, else a prompt).',
}

export const NEW_PASSPHRASE_STDIN: OptionSpec = {
  name: 'new-passphrase-stdin',
  description: 'Read the new passphrase from stdin (else MEND_NEW_PASSPHRASE, else a prompt, typed twice).',
}
