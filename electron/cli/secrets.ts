import { MendError } from '../core'
import { describeWeakness, ownWords, ratePassphrase } from '../core/passphrase'
import { UsageError } from './exit-codes'
import { canPrompt, promptHidden, type PromptInput, type TextOutput } from './hidden-prompt'
import { StdinLines } from './stdin-lines'

export interface SecretIo {
  env: Readonly<Record<string, string | undefined>>
  stdin: PromptInput
  /** Prompts go to stderr, so that stdout stays clean for `--json` and pipes. */
  stderr: TextOutput
}

/** Where one secret may come from, tried in this order: stdin line, environment, prompt. */
export interface SecretSource {
  /** Names it in messages: "the passphrase", "the new passphrase". */
  what: string
  /** The line of stdin that holds it, when the command was told to read it from stdin. */
  stdinLine?: number
  env: readonly string[]
  prompt: string
  /** For a new secret: asked a second time on a terminal, and checked for strength. */
  confirm?: string
  /** For a new secret: names it must not be built on (the journal's name, its people). */
  ownWords?: readonly string[]
  /** The usage error when there is no way to get it. */
  missing: string
}

export type StdinSecret = 'current' | 'new' | 'backup'

/**
 * Which stdin line holds which secret: lines are taken in a fixed order (current passphrase,
 * new passphrase, backup passphrase), by the secrets the command was told to read from stdin.
 */
export function stdinLinePlan(fromStdin: Readonly<Record<StdinSecret, boolean>>): Partial<Record<StdinSecret, number>> {
  const plan: Partial<Record<StdinSecret, number>> = {}
  let next = 0
  for (const secret of ['current', 'new', 'backup'] as const) {
    if (fromStdin[secret]) plan[secret] = next++
  }
  return plan
}

const MAX_PROMPT_TRIES = 3

export class Secrets {
  private readonly lines: StdinLines
  private usedStdin = false

  constructor(private readonly io: SecretIo) {
    this.lines = new StdinLines(io.stdin)
  }

  async read(source: SecretSource): Promise<string> {
    if (source.stdinLine !== undefined) {
      this.usedStdin = true
      return await this.checked(source, await this.lines.line(source.stdinLine, source.what))
    }
    const fromEnv = this.fromEnv(source)
    if (fromEnv !== undefined) return await this.checked(source, fromEnv)
    if (!canPrompt(this.io.stdin)) throw new UsageError(source.missing)
    this.usedStdin = true
    return source.confirm ? this.promptNew(source, source.confirm) : this.prompt(source.prompt, source.what)
  }

  /**
   * The rest of stdin from line `fromLine` to its end: the text of `mend add`, after the
   * passphrase line when that is read from stdin too.
   */
  restOfStdin(fromLine: number, maxChars: number, tooLong: () => Error): Promise<string> {
    this.usedStdin = true
    return this.lines.rest(fromLine, maxChars, tooLong)
  }

  /** Lets the process end: a paused stdin (a pipe a script keeps open, a terminal) would hold it. */
  close(): void {
    if (this.usedStdin) this.io.stdin.destroy?.()
  }

  private fromEnv(source: SecretSource): string | undefined {
    for (const name of source.env) {
      const value = this.io.env[name]
      if (value) return value
    }
    return undefined
  }

  private async prompt(question: string, what: string): Promise<string> {
    const value = await promptHidden(this.io.stdin, this.io.stderr, question)
    if (value === '')
      throw new UsageError(`${what.charAt(0).toUpperCase()}${what.slice(1)} was left empty; nothing was changed.`)
    return value
  }

  /** A new secret on a terminal: weak ones are explained and asked again, then typed twice. */
  private async promptNew(source: SecretSource, confirm: string): Promise<string> {
    for (let tries = 1; ; tries++) {
      const value = await this.prompt(source.prompt, source.what)
      const problem = await problemWith(source, value)
      if (problem && tries < MAX_PROMPT_TRIES) {
        this.io.stderr.write(`${problem}\n`)
        continue
      }
      await this.checked(source, value)
      if ((await this.prompt(confirm, source.what)) !== value) {
        throw new UsageError('The two passphrases you typed differ; nothing was changed.')
      }
      return value
    }
  }

  private async checked(source: SecretSource, value: string): Promise<string> {
    const problem = await problemWith(source, value)
    if (problem) throw new MendError('INVALID_INPUT', problem, { field: 'newPassphrase' })
    return value
  }
}

/** The same rule as the app's (core/passphrase): one sentence of why, or null. */
async function problemWith(source: SecretSource, value: string): Promise<string | null> {
  if (!source.confirm) return null
  return describeWeakness(await ratePassphrase(value, ownWords(source.ownWords)))
}

/** The passphrase of an existing journal. */
export function currentPassphrase(stdinLine: number | undefined): SecretSource {
  return {
    what: 'the passphrase',
    stdinLine,
    env: ['MEND_PASSPHRASE'],
    prompt: 'Passphrase: ',
    missing: 'No passphrase given: use --passphrase-stdin or MEND_PASSPHRASE, or run mend in a terminal to be asked.',
  }
}

/**
 * A passphrase being set; `alsoEnv` lets init and import take MEND_PASSPHRASE as well; `names`
 * (the journal's name, its people) are counted against it, as the app counts them.
 */
export function newPassphrase(
  stdinLine: number | undefined,
  alsoEnv: readonly string[] = [],
  names: readonly string[] = [],
): SecretSource {
  return {
    what: 'the new passphrase',
    ownWords: names,
    stdinLine,
    env: ['MEND_NEW_PASSPHRASE', ...alsoEnv],
    prompt: 'New passphrase: ',
    confirm: 'Type the new passphrase again: ',
    missing:
      'No new passphrase given: use --new-passphrase-stdin or MEND_NEW_PASSPHRASE, or run mend in a terminal to be asked.',
  }
}

/** The passphrase a backup was made with, when it is not the journal's current one. */
export function backupPassphrase(stdinLine: number | undefined, alsoEnv: readonly string[] = []): SecretSource {
  return {
    what: "the backup's passphrase",
    stdinLine,
    env: ['MEND_BACKUP_PASSPHRASE', ...alsoEnv],
    prompt: 'Passphrase of the backup: ',
    missing:
      'This backup was made with another passphrase: give it with --backup-passphrase-stdin or MEND_BACKUP_PASSPHRASE, or run mend in a terminal to be asked.',
  }
}
