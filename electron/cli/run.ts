import { parseCommandLine, stringOption } from './args'
import type { CliIo, CliOptions, Command, CommandContext } from './command'
import { addCommand } from './commands/add'
import { backupCommand } from './commands/backup'
import { changePassphraseCommand } from './commands/change-passphrase'
import { exportCommand } from './commands/export'
import { exportPdfCommand } from './commands/export-pdf'
import { importCommand } from './commands/import'
import { initCommand } from './commands/init'
import { listCommand } from './commands/list'
import { restoreCommand } from './commands/restore'
import { searchCommand } from './commands/search'
import { verifyCommand } from './commands/verify'
import { EXIT, describeError, exitCodeFor, type ExitCode } from './exit-codes'
import { commandHelp, generalHelp } from './help'
import { Secrets } from './secrets'
import { resolveVaultDirectory } from './vault-directory'

export const COMMANDS: readonly Command[] = [
  initCommand,
  addCommand,
  listCommand,
  searchCommand,
  importCommand,
  verifyCommand,
  changePassphraseCommand,
  backupCommand,
  restoreCommand,
  exportCommand,
  exportPdfCommand,
]

/**
 * Runs one `mend` invocation and returns its exit code. Every failure becomes one sentence on
 * stderr (never a stack trace, never journal text) and an exit code a script can branch on.
 * `options` come from the calling program only: the shipped entry passes none.
 */
export async function runCli(argv: readonly string[], io: CliIo, options: CliOptions = {}): Promise<ExitCode> {
  if (argv.length === 0) {
    io.stderr.write(generalHelp(COMMANDS))
    return EXIT.usage
  }
  const secrets = new Secrets(io)
  try {
    const line = parseCommandLine(argv, COMMANDS)
    const command = COMMANDS.find((candidate) => candidate.name === line.command)
    if (line.kind === 'help') {
      io.stdout.write(command ? commandHelp(command) : generalHelp(COMMANDS))
      return EXIT.ok
    }
    if (!command) throw new Error('parseCommandLine returned an unknown command')
    const context: CommandContext = {
      io,
      scrypt: options.scrypt,
      options: line.options,
      operands: line.operands,
      vaultDirectory: resolveVaultDirectory(stringOption(line.options, 'vault'), io),
      secrets,
      print: (text = '') => io.stdout.write(`${text}\n`),
      warn: (text) => io.stderr.write(`${text}\n`),
    }
    await command.run(context)
    return EXIT.ok
  } catch (error) {
    io.stderr.write(`mend: ${describeError(error)}\n`)
    return exitCodeFor(error)
  } finally {
    secrets.close()
  }
}
