import type { Pinia } from 'pinia'
import type { Router } from 'vue-router'
import type { ApiClient } from './api/client'
import { useImportsStore } from './stores/imports'
import { useNoticesStore } from './stores/notices'
import { flushBeforeLock, resetAllStores } from './stores/store-registry'
import { useVaultStore } from './stores/vault'
import { messages } from './messages'

type EventTarget = Pick<Window, 'addEventListener' | 'removeEventListener'>

/**
 * Main's events: when it locks the vault (the Lock button, idle, suspend, screen lock, hidden
 * window), every store drops its decrypted data and the window goes to the unlock screen; the
 * same when the core had to be started again, which the window then explains.
 */
export function installEventHandling(api: ApiClient, pinia: Pinia, router: Router): () => void {
  return api.onEvent((event) => {
    if (event.type === 'vault.locked') {
      resetAllStores(pinia)
      void router.replace({ name: useVaultStore(pinia).screen })
    } else if (event.type === 'backup.completed') {
      useNoticesStore(pinia).push(messages.notices.backupSaved)
    } else if (event.type === 'backup.failed') {
      useNoticesStore(pinia).push(messages.notices.automaticBackupFailed(event.message), 'error', 0)
    } else if (event.type === 'import.progress') {
      useImportsStore(pinia).reportProgress(event.done, event.total)
    } else if (event.type === 'vault.migrating') {
      useVaultStore(pinia).reportMigration(event.done, event.total)
    } else if (event.type === 'core.restarted') {
      // Whatever the window held belonged to a session that has ended: drop it and leave at once,
      // as for a lock (the new core is locked), then say what happened.
      resetAllStores(pinia)
      const vault = useVaultStore(pinia)
      vault.noteCoreRestarted()
      void router.replace({ name: vault.screen })
    }
  })
}

/** How often at most the renderer tells main that the person is using the app. */
export const ACTIVITY_REPORT_INTERVAL_MS = 20_000

/**
 * Keys, clicks and scrolling count as use of the app and restart main's auto-lock countdown.
 * Reported at most every 20 s: the countdown is minutes long, so nothing finer is needed.
 */
export function installActivityReporter(
  target: EventTarget,
  api: ApiClient,
  pinia: Pinia,
  now = () => Date.now(),
): () => void {
  let lastReport = 0
  const onActivity = () => {
    if (useVaultStore(pinia).state !== 'unlocked') return
    const time = now()
    if (time - lastReport < ACTIVITY_REPORT_INTERVAL_MS) return
    lastReport = time
    void api.call('session.reportActivity', {})
  }
  const kinds = ['keydown', 'pointerdown', 'wheel'] as const
  for (const kind of kinds) target.addEventListener(kind, onActivity, { passive: true })
  return () => kinds.forEach((kind) => target.removeEventListener(kind, onActivity))
}

/**
 * Closing or reloading the window saves what is unsaved. The save request leaves at once; main
 * finishes it even if the window is already gone.
 */
export function installFlushOnExit(target: EventTarget, pinia: Pinia): () => void {
  const onHide = () => void flushBeforeLock(pinia)
  target.addEventListener('pagehide', onHide)
  target.addEventListener('beforeunload', onHide)
  return () => {
    target.removeEventListener('pagehide', onHide)
    target.removeEventListener('beforeunload', onHide)
  }
}
