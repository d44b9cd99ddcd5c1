import { Vault, type Clock, type Logger, type VaultOptions } from '../core'
import { EventHub } from './event-hub'
import { vaultHandlers } from './handlers/vault.handlers'
import { createRouter, type Router } from './router'

export interface AppApi {
  vault: Vault
  router: Router
  events: EventHub
  /** Locks the vault for a reason other than the user's click (idle, suspend, quit). */
  lock(reason: 'manual' | 'idle' | 'suspend' | 'screen-lock' | 'shutdown'): Promise<void>
}

/** Wires core to the router. Every host (Electron, the test bridge, the CLI) starts here. */
export function createAppApi(options: VaultOptions & { logger: Logger; clock?: Clock }): AppApi {
  const vault = new Vault(options)
  const events = new EventHub(options.logger)
  const router = createRouter(
    { ...vaultHandlers(vault, events) },
    { isUnlocked: () => vault.isUnlocked, logger: options.logger },
  )
  return {
    vault,
    router,
    events,
    async lock(reason) {
      if (!vault.isUnlocked) return
      await vault.lock()
      events.emit({ type: 'vault.locked', reason })
    },
  }
}
