import type { Vault } from '../../core'
import type { EventHub } from '../event-hub'
import type { Handlers } from '../router'

type VaultHandlers = Pick<
  Handlers,
  'vault.getStatus' | 'vault.create' | 'vault.unlock' | 'vault.lock' | 'vault.getInfo'
>

export function vaultHandlers(vault: Vault, events: EventHub): VaultHandlers {
  return {
    'vault.getStatus': () => vault.status(),
    'vault.create': ({ passphrase, displayName }) => vault.create(passphrase, displayName || undefined),
    'vault.unlock': ({ passphrase }) => vault.unlock(passphrase),
    'vault.lock': async () => {
      const wasUnlocked = vault.isUnlocked
      await vault.lock()
      if (wasUnlocked) events.emit({ type: 'vault.locked', reason: 'manual' })
      return vault.status()
    },
    'vault.getInfo': () => vault.info(),
  }
}
