import { flag } from '../args'
import { NEW_PASSPHRASE_STDIN, PASSPHRASE_STDIN, type Command } from '../command'
import { currentPassphrase, newPassphrase, stdinLinePlan } from '../secrets'
import { unlockVault, vaultAccess } from '../vault-access'

export const changePassphraseCommand: Command = {
  name: 'change-passphrase',
  summary: 'Replace the passphrase (the recovery key keeps working).',
  usage: 'mend change-passphrase [--passphrase-stdin] [--new-passphrase-stdin]',
  options: [PASSPHRASE_STDIN, NEW_PASSPHRASE_STDIN],
  notes: [
    'With --new-passphrase-stdin, stdin gives the current passphrase on line 1 and the new one on line 2.',
    'Only the small key file is rewritten (write, fsync, rename): a crash leaves the old or the new passphrase working.',
  ],
  async run(context) {
    const newFromStdin = flag(context.options, 'new-passphrase-stdin')
    // Both secrets on stdin, in a fixed order, so a script never mixes up which line is which.
    const lines = stdinLinePlan({
      current: newFromStdin || flag(context.options, 'passphrase-stdin'),
      new: newFromStdin,
      backup: false,
    })
    const { vault } = vaultAccess(context)
    try {
      const current = await unlockVault(context, vault, currentPassphrase(lines.current))
      const fresh = await context.secrets.read(newPassphrase(lines.new, [], vault.ownWords()))
      await vault.changePassphrase(current, fresh)
      context.print('Passphrase changed. The recovery key still opens the journal.')
    } finally {
      vault.lockNow()
    }
  },
}
