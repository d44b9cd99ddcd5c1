import { BackupService, MendError, Vault, silentLogger } from '../core'
import type { CommandContext } from './command'
import type { SecretSource } from './secrets'

export interface VaultAccess {
  vault: Vault
  /** Also hooks pre-migration backups into the vault, as in the app. */
  backups: BackupService
}

/** The journal in the context's folder, wired as the app wires it (core only, no IPC, no timers). */
export function vaultAccess(context: CommandContext): VaultAccess {
  const vault = new Vault({ directory: context.vaultDirectory, logger: silentLogger, scrypt: context.scrypt })
  return { vault, backups: new BackupService(vault, silentLogger) }
}

export function noVaultError(directory: string): MendError {
  return new MendError(
    'NO_VAULT',
    `There is no journal in ${directory}; create one with mend init or choose it with --vault.`,
  )
}

/** The passphrase from `source` for an existing journal, asked for only when it can be tried now. */
export async function passphraseToUnlock(context: CommandContext, vault: Vault, source: SecretSource): Promise<string> {
  const status = vault.status()
  if (status.state === 'none') throw noVaultError(context.vaultDirectory)
  if (status.retryAfterMs > 0) {
    throw new MendError(
      'TOO_MANY_ATTEMPTS',
      `Please wait ${Math.ceil(status.retryAfterMs / 1000)} s before trying again: too many wrong passphrases.`,
      { retryAfterMs: status.retryAfterMs },
    )
  }
  return context.secrets.read(source)
}

/**
 * Unlocks an existing journal with the passphrase from `source`, asking only when it can be tried
 * now. Returns the passphrase, for commands that must present it again (change-passphrase).
 */
export async function unlockVault(context: CommandContext, vault: Vault, source: SecretSource): Promise<string> {
  const passphrase = await passphraseToUnlock(context, vault, source)
  await vault.unlock(passphrase)
  return passphrase
}
