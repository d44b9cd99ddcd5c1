import { writeBackupTo } from '../../core/backup/backup-to-file'
import { flag, requiredOption } from '../args'
import { PASSPHRASE_STDIN, type Command } from '../command'
import { UsageError } from '../exit-codes'
import { absolutePath, isFolder, refuseVaultFiles } from '../output-paths'
import { currentPassphrase } from '../secrets'
import { unlockVault, vaultAccess } from '../vault-access'

export const backupCommand: Command = {
  name: 'backup',
  summary: 'Write an encrypted backup of the journal to a file.',
  usage: 'mend backup --out FILE [--passphrase-stdin]',
  options: [
    {
      name: 'out',
      value: 'FILE',
      required: true,
      description: 'Where to write the backup (replaced atomically if it exists).',
    },
    PASSPHRASE_STDIN,
  ],
  notes: [
    'The backup is encrypted like the journal and opens with the passphrase or recovery key it had when it was made.',
    'It is checked before it is written: temp file, integrity check, fsync, rename.',
  ],
  async run(context) {
    const target = absolutePath(context, requiredOption(context.options, 'out'))
    refuseVaultFiles(context, target, 'out')
    if (isFolder(target)) throw new UsageError('--out names a folder; give the path of the backup file to write.')
    const { vault } = vaultAccess(context)
    try {
      await unlockVault(context, vault, currentPassphrase(flag(context.options, 'passphrase-stdin') ? 0 : undefined))
      await writeBackupTo(vault, target)
      context.print(`Wrote an encrypted backup to ${target}.`)
    } finally {
      vault.lockNow()
    }
  },
}
