import { BackupService, MendError, Vault, silentLogger, type VaultOptions } from '../core'
import type { ScryptParams } from '../core/vault/key-derivation'
import type { CommandContext } from './command'
import type { SecretSource } from './secrets'

/**
 * TEST ONLY. When set to 1, new passphrases are wrapped with a cheap scrypt cost so the CLI's
 * integration tests do not spend half a second per key derivation. A vault made this way is
 * much easier to attack; mend warns on stderr whenever it is used. Never set it for a real journal.
 */
export const TEST_FAST_KDF_ENV = 'MEND_TEST_FAST_KDF'
const TEST_ONLY_SCRYPT: ScryptParams = { N: 2 ** 12, r: 8, p: 1 }

export interface VaultAccess {
  vault: Vault
  /** Also hooks pre-migration backups into the vault, as in the app. */
  backups: BackupService
}

/** The journal in the context's folder, wired as the app wires it (core only, no IPC, no timers). */
export function vaultAccess(context: CommandContext, use: { writesKeys: boolean }): VaultAccess {
  const options: VaultOptions = { directory: context.vaultDirectory, logger: silentLogger }
  if (context.io.env[TEST_FAST_KDF_ENV] === '1') {
    options.scrypt = TEST_ONLY_SCRYPT
    if (use.writesKeys) {
      context.warn(`Warning: ${TEST_FAST_KDF_ENV} is set, so the passphrase gets a weak, test-only key derivation.`)
    }
  }
  const vault = new Vault(options)
  return { vault, backups: new BackupService(vault, silentLogger) }
}

export function noVaultError(directory: string): MendError {
  return new MendError(
    'NO_VAULT',
    `There is no journal in ${directory}; create one with mend init or choose it with --vault.`,
  )
}

/**
 * Unlocks an existing journal with the passphrase from `source`, asking only when it can be tried
 * now. Returns the passphrase, for commands that must present it again (change-passphrase).
 */
export async function unlockVault(context: CommandContext, vault: Vault, source: SecretSource): Promise<string> {
  const status = vault.status()
  if (status.state === 'none') throw noVaultError(context.vaultDirectory)
  if (status.retryAfterMs > 0) {
    throw new MendError(
      'TOO_MANY_ATTEMPTS',
      `Please wait ${Math.ceil(status.retryAfterMs / 1000)} s before trying again: too many wrong passphrases.`,
      { retryAfterMs: status.retryAfterMs },
    )
  }
  const passphrase = await context.secrets.read(source)
  await vault.unlock(passphrase)
  return passphrase
}
