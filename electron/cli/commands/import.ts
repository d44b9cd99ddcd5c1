import { readFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { MendError, importExport, parseExport, type MendExport } from '../../core'
import { fileSystemError } from '../../core/errors'
import { flag, requiredOption } from '../args'
import { NEW_PASSPHRASE_STDIN, type Command } from '../command'
import { absolutePath } from '../output-paths'
import { newPassphrase } from '../secrets'
import { vaultAccess } from '../vault-access'
import { printRecoveryKey } from './init'

/** Reads and checks an export before any journal is created, so a bad file leaves nothing behind. */
function readExport(path: string): MendExport {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    throw fileSystemError(error, 'read the export', dirname(path))
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    throw new MendError('INVALID_INPUT', 'This file is not a Mend export, or it is damaged.')
  }
  return parseExport(json)
}

export const importCommand: Command = {
  name: 'import',
  summary: 'Create a new journal from a JSON export (mend export --format json).',
  usage: 'mend import --from FILE [--new-passphrase-stdin]',
  options: [
    { name: 'from', value: 'FILE', required: true, description: 'The JSON export to read.' },
    NEW_PASSPHRASE_STDIN,
    { name: 'passphrase-stdin', description: 'The same as --new-passphrase-stdin (MEND_PASSPHRASE works too).' },
  ],
  notes: [
    'Import never merges: the folder (--vault) must not hold a journal yet. The new journal gets a new recovery key.',
  ],
  async run(context) {
    const data = readExport(absolutePath(context, requiredOption(context.options, 'from')))
    const fromStdin = flag(context.options, 'new-passphrase-stdin') || flag(context.options, 'passphrase-stdin')
    const { vault } = vaultAccess(context)
    try {
      if (vault.status().state !== 'none') {
        throw new MendError(
          'VAULT_EXISTS',
          `A journal already exists in ${context.vaultDirectory}; import makes a new journal, so choose an empty folder with --vault.`,
        )
      }
      const passphrase = await context.secrets.read(newPassphrase(fromStdin ? 0 : undefined, ['MEND_PASSPHRASE']))
      const { recoveryKey } = await vault.create(passphrase)
      importExport(vault.database(), data)
      printRecoveryKey(
        context.print,
        `Imported the export into a new journal in ${context.vaultDirectory}.`,
        recoveryKey,
      )
    } finally {
      vault.lockNow()
    }
  },
}
