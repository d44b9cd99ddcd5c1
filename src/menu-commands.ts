import type { Pinia } from 'pinia'
import { nextTick } from 'vue'
import type { RouteLocationRaw, Router } from 'vue-router'
import { MenuCommand } from '../electron/contract'
import { apiClient, type ApiClient } from './api/client'
import { SHOW_SHORTCUTS_EVENT, canUseJournal, focusSearch, goTo, lockVault, startNewEntry } from './app-actions'
import { useBackupsStore } from './stores/backups'
import { useNoticesStore } from './stores/notices'
import { messages } from './messages'

const text = messages.notices

/** What the menu's actions need besides the router: the stores and the page. */
export interface MenuCommandContext {
  pinia: Pinia
  document: Document
  /** Where the shortcuts overlay listens for SHOW_SHORTCUTS_EVENT. */
  window: Pick<Window, 'dispatchEvent'>
}

/** Menu items that only open a screen. */
const SCREENS = {
  journal: { name: 'journal' },
  plans: { name: 'plans' },
  trust: { name: 'assessments' },
  settings: { name: 'settings' },
  import: { name: 'import' },
  'about-method': { name: 'about-method' },
} satisfies Partial<Record<MenuCommand, RouteLocationRaw>>

/**
 * Carries out the application menu's commands (main's `menu.command` event) the way the
 * matching button or shortcut would. Screens behind the lock stay behind it: the router's
 * guard sends a locked window to the unlock screen, and the actions below do nothing there.
 */
export function installMenuCommands(
  router: Router,
  context: MenuCommandContext,
  api: ApiClient = apiClient(),
): () => void {
  const run = (command: MenuCommand): unknown => {
    switch (command) {
      case 'new-entry':
        return startNewEntry(router)
      case 'search':
        return focusSearch(router, context.document)
      case 'lock':
        return lockVault(context.pinia, router)
      case 'backup-now':
        return backUpNow(context.pinia)
      case 'export':
        return showExport(router, context.document)
      case 'shortcuts':
        return context.window.dispatchEvent(new CustomEvent(SHOW_SHORTCUTS_EVENT))
      default:
        return goTo(router, SCREENS[command])
    }
  }
  return api.onEvent((event) => {
    if (event.type !== 'menu.command') return
    // Main is trusted, but an unknown name (an older window after an update) must not throw.
    const command = MenuCommand.safeParse(event.command)
    if (command.success) void run(command.data)
  })
}

/** Like Settings > Back up now, with the outcome as a toast: the menu works from any screen. */
async function backUpNow(pinia: Pinia): Promise<void> {
  const backups = useBackupsStore(pinia)
  if (!canUseJournal(pinia) || backups.busy !== null) return
  const file = await backups.backUpNow()
  const notices = useNoticesStore(pinia)
  if (file) notices.push(text.backupSaved)
  else notices.push(text.backupFailed(backups.error?.message ?? ''), 'error', 0)
}

/**
 * Plaintext export lives in Settings (it needs its warning read first): open Settings and put
 * the keyboard in the export section, on the "I understand" box that comes first.
 */
async function showExport(router: Router, document: Document): Promise<void> {
  await router.push({ name: 'settings' })
  if (router.currentRoute.value.name !== 'settings') return
  await nextTick()
  const section = document.getElementById('export-title')?.closest('section')
  if (!section) return
  section.scrollIntoView?.({ block: 'start' })
  section.querySelector<HTMLElement>('input, button:not([disabled])')?.focus()
}
