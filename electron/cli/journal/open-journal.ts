import { MendError, journalOf, type Journal, type Vault } from '../../core'
import type { Person } from '../../contract'
import { flag } from '../args'
import type { CommandContext } from '../command'
import { currentPassphrase } from '../secrets'
import { unlockVault, vaultAccess } from '../vault-access'

/**
 * Opens the journal as every command does (one process at a time, the wait after wrong
 * passphrases, the passphrase from stdin, MEND_PASSPHRASE or a prompt), runs `work` on it and
 * locks it again, whatever happens.
 */
export async function withJournal<T>(
  context: CommandContext,
  work: (journal: Journal, vault: Vault) => Promise<T> | T,
): Promise<T> {
  const { vault } = vaultAccess(context)
  try {
    await unlockVault(context, vault, currentPassphrase(passphraseLine(context)))
    return await work(journalOf(vault.database(), vault.clock), vault)
  } finally {
    vault.lockNow()
  }
}

/** Line 0 of stdin holds the passphrase with --passphrase-stdin; otherwise stdin holds no secret. */
export function passphraseLine(context: CommandContext): number | undefined {
  return flag(context.options, 'passphrase-stdin') ? 0 : undefined
}

/** The person named `name`, regardless of case; exit 1 with one sentence when there is none. */
export function personNamed(journal: Journal, name: string): Person {
  const person = journal.people.findByName(name)
  if (!person) throw new MendError('NOT_FOUND', `No person named ${name.trim()}.`)
  return person
}
