import { MendError, type BackupService } from '../../core'
import { flag, requiredOption } from '../args'
import { PASSPHRASE_STDIN, type Command, type CommandContext } from '../command'
import { absolutePath } from '../output-paths'
import { backupPassphrase, currentPassphrase, stdinLinePlan } from '../secrets'
import { unlockVault, vaultAccess } from '../vault-access'

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

export const restoreCommand: Command = {
  name: 'restore',
  summary: 'Replace the journal with a backup (the current state is backed up first).',
  usage: 'mend restore --from FILE [--passphrase-stdin] [--backup-passphrase-stdin]',
  options: [
    { name: 'from', value: 'FILE', required: true, description: 'The backup file to restore.' },
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
  ],
  async run(context) {
    const from = absolutePath(context, requiredOption(context.options, 'from'))
    const lines = stdinLinePlan({
      current: flag(context.options, 'passphrase-stdin'),
      new: false,
      backup: flag(context.options, 'backup-passphrase-stdin'),
    })
    const { vault, backups } = vaultAccess(context, { writesKeys: false })
    try {
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
