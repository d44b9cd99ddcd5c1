import { MendError, type BackupService, type Vault } from '../../core'
import { flag, stringOption } from '../args'
import { PASSPHRASE_STDIN, type Command, type CommandContext } from '../command'
import { UsageError } from '../exit-codes'
import { absolutePath } from '../output-paths'
import { backupPassphrase, currentPassphrase, stdinLinePlan, type SecretSource } from '../secrets'
import { passphraseToUnlock, unlockVault, vaultAccess } from '../vault-access'

/** A backup of another key needs its passphrase: given up front, or asked for once it is needed. */
async function restoreOver(context: CommandContext, backups: BackupService, from: string, line: number | undefined) {
  const source = backupPassphrase(line)
  const givenUpFront = line !== undefined || source.env.some((name) => context.io.env[name])
  try {
    return await backups.restore(from, givenUpFront ? await context.secrets.read(source) : undefined)
  } catch (error) {
    if (givenUpFront || !(error instanceof MendError && error.code === 'PASSPHRASE_REQUIRED')) throw error
    return backups.restore(from, await context.secrets.read(source))
  }
}

/**
 * The damaged-file way out, as on the app's damaged screen: only after an unlock attempt finds
 * the journal damaged does the newest backup that opens and passes its check replace it.
 */
async function restoreLatestGood(
  context: CommandContext,
  vault: Vault,
  backups: BackupService,
  source: SecretSource,
): Promise<void> {
  const passphrase = await passphraseToUnlock(context, vault, source)
  try {
    await vault.unlock(passphrase)
  } catch (error) {
    if (vault.status().state !== 'damaged') throw error
    await backups.restoreLatestGood(passphrase)
    context.print(`Restored the newest good backup into the journal in ${context.vaultDirectory}.`)
    context.print('The damaged file is kept beside it, renamed with ".damaged-" and the date; nothing was deleted.')
    return
  }
  throw new MendError(
    'INVALID_INPUT',
    `The journal in ${context.vaultDirectory} opens and is not damaged, so nothing was restored. To go back to a backup, use mend restore --from FILE.`,
  )
}

export const restoreCommand: Command = {
  name: 'restore',
  summary: 'Replace the journal with a backup (the current state is backed up first).',
  usage: 'mend restore --from FILE | --latest-good [--passphrase-stdin] [--backup-passphrase-stdin]',
  options: [
    { name: 'from', value: 'FILE', description: 'The backup file to restore.' },
    {
      name: 'latest-good',
      description: 'Only for a damaged journal: restore the newest backup in its backups folder that passes its check.',
    },
    PASSPHRASE_STDIN,
    {
      name: 'backup-passphrase-stdin',
      description: "Read the backup's passphrase from the next line of stdin (else MEND_BACKUP_PASSPHRASE).",
    },
  ],
  notes: [
    'The backup is opened and checked before anything is replaced; the journal as it was goes to its backup folder.',
    'A backup made under another passphrase needs that passphrase; the restored journal keeps the current one.',
    "Where there is no journal yet, the backup becomes it and opens with the backup's own passphrase",
    '(from --backup-passphrase-stdin, MEND_BACKUP_PASSPHRASE, --passphrase-stdin or MEND_PASSPHRASE).',
    '--latest-good first tries to open the journal; only if it is damaged (exit code 4 elsewhere) is it replaced.',
    "The damaged file is kept beside it under a new name. A damaged key file is replaced by the backup's own.",
  ],
  async run(context) {
    const fromOption = stringOption(context.options, 'from')
    const latestGood = flag(context.options, 'latest-good')
    if (latestGood && fromOption) throw new UsageError('Give either --from FILE or --latest-good, not both.')
    if (!latestGood && !fromOption) {
      throw new UsageError('mend restore needs --from FILE (or --latest-good for a damaged journal).')
    }
    if (latestGood && flag(context.options, 'backup-passphrase-stdin')) {
      throw new UsageError(
        "--latest-good opens the backups with the journal's passphrase; drop --backup-passphrase-stdin.",
      )
    }
    const lines = stdinLinePlan({
      current: flag(context.options, 'passphrase-stdin'),
      new: false,
      backup: flag(context.options, 'backup-passphrase-stdin'),
    })
    const { vault, backups } = vaultAccess(context)
    try {
      if (latestGood || !fromOption) {
        await restoreLatestGood(context, vault, backups, currentPassphrase(lines.current))
        return
      }
      const from = absolutePath(context, fromOption)
      if (vault.status().state === 'none') {
        const source =
          lines.backup !== undefined
            ? backupPassphrase(lines.backup)
            : backupPassphrase(lines.current, ['MEND_PASSPHRASE'])
        await backups.restoreAsNewVault(from, await context.secrets.read(source))
        context.print(`Restored the backup as a new journal in ${context.vaultDirectory}.`)
        context.print("It opens with the backup's passphrase and recovery key.")
        return
      }
      await unlockVault(context, vault, currentPassphrase(lines.current))
      await restoreOver(context, backups, from, lines.backup)
      context.print(`Restored the backup into the journal in ${context.vaultDirectory}.`)
      const kept = backups.list()[0]
      if (kept) context.print(`The journal as it was before is kept as the backup ${kept.path}.`)
    } finally {
      vault.lockNow()
    }
  },
}
