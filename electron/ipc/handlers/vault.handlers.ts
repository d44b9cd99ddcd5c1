import { ratePassphrase, suggestPassphrase } from '../../core/passphrase'
import type { Vault } from '../../core'
import type { Handlers } from '../router'

type VaultHandlers = Pick<
  Handlers,
  | 'vault.getStatus'
  | 'vault.create'
  | 'vault.unlock'
  | 'vault.recover'
  | 'vault.changePassphrase'
  | 'vault.rotateRecoveryKey'
  | 'vault.getRecoveryKeyToConfirm'
  | 'vault.confirmRecoveryKey'
  | 'vault.lock'
  | 'vault.getInfo'
  | 'vault.ratePassphrase'
  | 'vault.suggestPassphrase'
>

/** Suggestions are drawn until one passes the rule (with 64 bits of words, the first always does). */
const MAX_SUGGESTION_TRIES = 20

/** `opened` runs after the vault opens (auto-lock starts, the daily backup is considered). */
export function vaultHandlers(
  vault: Vault,
  opened: (kind?: 'created' | 'opened') => void,
  lock: () => Promise<void>,
): VaultHandlers {
  return {
    'vault.getStatus': () => vault.status(),
    'vault.create': async ({ passphrase, displayName }) => {
      const created = await vault.create(passphrase, displayName || undefined)
      opened('created')
      return created
    },
    'vault.unlock': async ({ passphrase }) => {
      const info = await vault.unlock(passphrase)
      opened()
      return info
    },
    'vault.recover': async ({ recoveryKey, newPassphrase }) => {
      const info = await vault.recover(recoveryKey, newPassphrase)
      opened()
      return info
    },
    'vault.changePassphrase': async ({ currentPassphrase, newPassphrase }) => {
      await vault.changePassphrase(currentPassphrase, newPassphrase)
      return {}
    },
    'vault.rotateRecoveryKey': async ({ passphrase }) => ({ recoveryKey: await vault.rotateRecoveryKey(passphrase) }),
    'vault.getRecoveryKeyToConfirm': () => ({ recoveryKey: vault.recoveryKeyToConfirm() }),
    'vault.confirmRecoveryKey': () => vault.confirmRecoveryKeyStored(),
    'vault.lock': async () => {
      await lock()
      return vault.status()
    },
    'vault.getInfo': () => vault.info(),
    'vault.ratePassphrase': ({ passphrase, displayName }) =>
      ratePassphrase(passphrase, vault.ownWords(displayName ? [displayName] : [])),
    'vault.suggestPassphrase': async ({ displayName }) => {
      const words = vault.ownWords(displayName ? [displayName] : [])
      for (let tries = 1; ; tries += 1) {
        const passphrase = await suggestPassphrase()
        if ((await ratePassphrase(passphrase, words)).acceptable || tries >= MAX_SUGGESTION_TRIES) return { passphrase }
      }
    },
  }
}
