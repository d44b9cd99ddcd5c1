import { MendError } from '../../core'
import { flag, stringOption } from '../args'
import { NEW_PASSPHRASE_STDIN, type Command } from '../command'
import { UsageError } from '../exit-codes'
import { newPassphrase } from '../secrets'
import { vaultAccess } from '../vault-access'

const MAX_NAME_LENGTH = 80

export const initCommand: Command = {
  name: 'init',
  summary: 'Create a new, empty journal and show its recovery key once.',
  usage: 'mend init [--name NAME] [--new-passphrase-stdin]',
  options: [
    { name: 'name', value: 'NAME', description: 'A name for the journal (kept encrypted inside it).' },
    NEW_PASSPHRASE_STDIN,
    { name: 'passphrase-stdin', description: 'The same as --new-passphrase-stdin (MEND_PASSPHRASE works too).' },
  ],
  notes: ['The passphrase comes from stdin, MEND_NEW_PASSPHRASE or MEND_PASSPHRASE, or a prompt (typed twice).'],
  async run(context) {
    const name = stringOption(context.options, 'name')?.trim()
    if (name !== undefined && name.length > MAX_NAME_LENGTH) {
      throw new UsageError(`--name is at most ${MAX_NAME_LENGTH} characters.`)
    }
    const fromStdin = flag(context.options, 'new-passphrase-stdin') || flag(context.options, 'passphrase-stdin')
    const { vault } = vaultAccess(context)
    try {
      if (vault.status().state !== 'none') {
        throw new MendError('VAULT_EXISTS', `A journal already exists in ${context.vaultDirectory}.`)
      }
      const passphrase = await context.secrets.read(
        newPassphrase(fromStdin ? 0 : undefined, ['MEND_PASSPHRASE'], name ? [name] : []),
      )
      const { recoveryKey } = await vault.create(passphrase, name || undefined)
      printRecoveryKey(context.print, `Created a new journal in ${context.vaultDirectory}.`, recoveryKey)
    } finally {
      vault.lockNow()
    }
  },
}

/** The recovery key goes to stdout once, with what to do with it. Shared with `mend import`. */
export function printRecoveryKey(print: (line?: string) => void, headline: string, recoveryKey: string): void {
  print(headline)
  print()
  print(`Recovery key: ${recoveryKey}`)
  print()
  print(
    'Store this recovery key now, on paper or in a password manager: it is shown only this once, and it opens the journal if you forget the passphrase.',
  )
}
