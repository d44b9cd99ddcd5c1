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

/**
 * Work that must finish before the vault locks (an editor's unsaved text). Registered by stores
 * like resets are; the vault store awaits them all before it asks main to lock.
 */
const flushesByPinia = new WeakMap<Pinia, Set<() => Promise<void>>>()

export function registerBeforeLock(flush: () => Promise<void>): void {
  const pinia = getActivePinia()
  if (!pinia) throw new Error('registerBeforeLock must be called inside a store setup')
  let flushes = flushesByPinia.get(pinia)
  if (!flushes) {
    flushes = new Set()
    flushesByPinia.set(pinia, flushes)
  }
  flushes.add(flush)
}

/** Never rejects: a failed save is reported by its own store, and the lock still happens. */
export async function flushBeforeLock(pinia: Pinia): Promise<void> {
  await Promise.allSettled([...(flushesByPinia.get(pinia) ?? [])].map((flush) => flush()))
}
