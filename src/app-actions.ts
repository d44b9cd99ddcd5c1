import type { Pinia } from 'pinia'
import { ref } from 'vue'
import type { RouteLocationRaw, Router } from 'vue-router'
import { useVaultStore } from './stores/vault'

/**
 * What a shortcut (or a menu command) can ask of the app from anywhere. Kept apart from the
 * key handling so that the menu and the keys run the same code.
 */

/** Whether the keyboard-shortcuts list is open; the overlay in App.vue shows it. */
export const shortcutsHelpOpen = ref(false)

/** The event the application menu's Help > Keyboard shortcuts sends to the window. */
export const SHOW_SHORTCUTS_EVENT = 'mend:show-shortcuts'

/** Screens behind the lock are reachable only with the vault open and no recovery key waiting. */
export function canUseJournal(pinia: Pinia): boolean {
  const vault = useVaultStore(pinia)
  return vault.state === 'unlocked' && !vault.pendingRecoveryKey
}

/** Locks now, like the Lock button: unsaved words are saved first, then the unlock screen. */
export function lockVault(pinia: Pinia, router: Router): boolean {
  const vault = useVaultStore(pinia)
  if (vault.state !== 'unlocked') return false
  void vault.lock().then(() => router.replace({ name: vault.screen }))
  return true
}

export function goTo(router: Router, to: RouteLocationRaw): void {
  void router.push(to)
}

export function startNewEntry(router: Router): void {
  goTo(router, { name: 'entry', params: { id: 'new' } })
}

/** The search screen focuses its box when it opens; when it is already open, focus it again. */
export function focusSearch(router: Router, document: Document): void {
  if (router.currentRoute.value.name === 'search') {
    document.querySelector<HTMLInputElement>('#search-query')?.focus()
    return
  }
  goTo(router, { name: 'search' })
}

/** The topmost open dialog. Every dialog in Mend is a native <dialog> opened with showModal(). */
export function openModal(document: Document): HTMLDialogElement | null {
  return [...document.querySelectorAll<HTMLDialogElement>('dialog[open]')].at(-1) ?? null
}

/**
 * Escape: closes the topmost dialog the way the browser would (a cancelable 'cancel' first, so
 * a dialog can refuse while it is busy). Returns whether a dialog was there to close.
 */
export function closeTopDialog(document: Document): boolean {
  const dialog = openModal(document)
  if (!dialog) return false
  if (dialog.dispatchEvent(new Event('cancel', { cancelable: true }))) dialog.close()
  return true
}
