import { buildExport, exportedPhotoBytes, writeJsonExport, writeMarkdownExport } from '../../core'
import { flag, requiredOption } from '../args'
import { PASSPHRASE_STDIN, type Command } from '../command'
import { absolutePath, refuseVaultFiles } from '../output-paths'
import { currentPassphrase } from '../secrets'
import { unlockVault, vaultAccess } from '../vault-access'

export const exportCommand: Command = {
  name: 'export',
  summary: 'Write the whole journal unencrypted, as JSON or as a folder of Markdown files.',
  usage: 'mend export --format json|markdown --out PATH [--passphrase-stdin]',
  options: [
    {
      name: 'format',
      value: 'json|markdown',
      required: true,
      choices: ['json', 'markdown'],
      description: 'The format.',
    },
    {
      name: 'out',
      value: 'PATH',
      required: true,
      description: 'A .json file (replaced atomically if it exists), or a new or empty folder for Markdown.',
    },
    PASSPHRASE_STDIN,
  ],
  notes: [
    'The result is NOT encrypted: anyone who can open it can read your journal. Keep it somewhere safe.',
    'mend import reads a JSON export back into a new journal (the format: docs/export-format.md).',
  ],
  async run(context) {
    const format = requiredOption(context.options, 'format')
    const target = absolutePath(context, requiredOption(context.options, 'out'))
    refuseVaultFiles(context, target, 'out')
    const { vault } = vaultAccess(context)
    try {
      await unlockVault(context, vault, currentPassphrase(flag(context.options, 'passphrase-stdin') ? 0 : undefined))
      context.warn(`Warning: the export in ${target} is not encrypted; anyone who can open it can read your journal.`)
      const data = buildExport(vault.database(), vault.clock.now())
      const readPhoto = (key: string) => exportedPhotoBytes(vault.database(), key)
      if (format === 'json') writeJsonExport(target, data, readPhoto)
      else writeMarkdownExport(target, data, readPhoto)
      context.print(`Exported the journal to ${target}.`)
    } finally {
      vault.lockNow()
    }
  },
}
