import type { Pinia } from 'pinia'
import type { Router } from 'vue-router'
import type { ApiClient } from './api/client'
import { resetAllStores } from './stores/store-registry'
import { useVaultStore } from './stores/vault'

/**
 * When main locks the vault (the Lock button, idle, suspend, screen lock), every store drops
 * its decrypted data and the window goes to the unlock screen.
 */
export function installLockHandling(api: ApiClient, pinia: Pinia, router: Router): () => void {
  return api.onEvent((event) => {
    if (event.type !== 'vault.locked') return
    resetAllStores(pinia)
    void router.replace({ name: useVaultStore(pinia).screen })
  })
}

/** Mod+L locks from anywhere, like the Lock button. */
export function installLockShortcut(
  target: Pick<Window, 'addEventListener' | 'removeEventListener'>,
  pinia: Pinia,
  router: Router,
): () => void {
  const onKeyDown = (event: Event) => {
    const key = event as KeyboardEvent
    if (!(key.ctrlKey || key.metaKey) || key.altKey || key.shiftKey || key.key.toLowerCase() !== 'l') return
    const vault = useVaultStore(pinia)
    if (vault.status?.state !== 'unlocked') return
    key.preventDefault()
    void vault.lock().then(() => router.replace({ name: vault.screen }))
  }
  target.addEventListener('keydown', onKeyDown)
  return () => target.removeEventListener('keydown', onKeyDown)
}
