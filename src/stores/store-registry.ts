import { getActivePinia, type Pinia } from 'pinia'

/**
 * Every store that holds decrypted data registers its reset() here while it is set up, so that
 * locking empties all of them, including stores added by later features. (An explicit call
 * rather than a Pinia plugin: plugins only apply once Pinia is installed in an app.)
 */
const resetsByPinia = new WeakMap<Pinia, Set<() => void>>()

export function registerStoreReset(reset: () => void): void {
  const pinia = getActivePinia()
  if (!pinia) throw new Error('registerStoreReset must be called inside a store setup')
  let resets = resetsByPinia.get(pinia)
  if (!resets) {
    resets = new Set()
    resetsByPinia.set(pinia, resets)
  }
  resets.add(reset)
}

export function resetAllStores(pinia: Pinia): void {
  for (const reset of resetsByPinia.get(pinia) ?? []) reset()
}
