import type { Pinia } from 'pinia'
import { nextTick, watch } from 'vue'
import type { Router } from 'vue-router'
import type { BackupFile } from '../electron/contract'
import { apiClient, type ApiClient } from './api/client'
import { useBackupsStore } from './stores/backups'
import { useNoticesStore } from './stores/notices'
import { useVaultStore } from './stores/vault'
import { messages } from './messages'

const text = messages.vault.openedBackup

/**
 * A .mendbackup file Mend was opened with (double-click, a second launch, macOS open-file)
 * leads to the restore flow that already exists, never straight to a restore: with no journal
 * yet, the restore screen asks for the backup's passphrase; with the journal open, Settings
 * shows what the backup holds and the confirmation before anything is replaced. A locked
 * journal is unlocked first: restoring over it needs its key.
 *
 * Asked once when the app starts (main keeps a file it was launched with) and again on each
 * `backup.fileOpened` event.
 */
export function installOpenedBackupOffer(router: Router, pinia: Pinia, api: ApiClient = apiClient()): () => void {
  const backups = useBackupsStore(pinia)
  const vault = useVaultStore(pinia)
  const notices = useNoticesStore(pinia)
  /** Taken while locked: offered once an unlocked screen shows. */
  let waiting: BackupFile | null = null
  /** The toast that goes with the offer, removed when the offer ends. */
  let toast: string | null = null

  function showToast(next: string): void {
    hideToast()
    toast = next
    notices.push(next, 'info', 0)
  }
  function hideToast(): void {
    for (const notice of notices.notices.filter((each) => each.text === toast)) notices.dismiss(notice.id)
    toast = null
  }

  async function offer(file: BackupFile): Promise<void> {
    if (vault.state === 'none') {
      // The restore screen says where the file came from; it needs the backup's passphrase.
      waiting = null
      hideToast()
      await router.push({ name: 'restore' })
      backups.cancelRestore()
      backups.opened = file
      await backups.inspect(file)
    } else if (vault.state === 'unlocked') {
      waiting = null
      await router.push({ name: 'settings' })
      backups.cancelRestore()
      backups.opened = file
      showToast(text.restoreFromIt(file.name))
      // The confirmation sits below other settings: bring it into view, without focusing its
      // Replace button (an Enter meant for something else must not restore).
      if (await backups.inspect(file)) {
        await nextTick()
        globalThis.document?.querySelector('[aria-labelledby="restore-title"]')?.scrollIntoView({ block: 'start' })
      }
    } else {
      waiting = file
      showToast(text.unlockToRestore(file.name))
    }
  }

  async function takeAndOffer(): Promise<void> {
    const file = await backups.takeOpenedFile()
    if (file) await offer(file)
  }

  // After an unlock, the unlock screen goes home first; the offer follows that navigation.
  const stopAfterEach = router.afterEach((to) => {
    if (waiting && to.meta.access === 'unlocked' && vault.state === 'unlocked') void offer(waiting)
  })
  // Restored, cancelled, another file chosen, or the journal locked: the offer is over.
  const stopWatch = watch(
    () => backups.isOfferingOpened(),
    (offering) => {
      if (offering || waiting) return
      backups.opened = null
      hideToast()
    },
  )
  const stopEvents = api.onEvent((event) => {
    if (event.type === 'backup.fileOpened') void takeAndOffer()
  })
  void router.isReady().then(takeAndOffer)
  return () => {
    stopAfterEach()
    stopWatch()
    stopEvents()
  }
}
