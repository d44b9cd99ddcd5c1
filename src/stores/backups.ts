import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { BackupContents, BackupFile, MendErrorPayload, PlaintextFormat } from '../../electron/contract'
import { apiClient } from '../api/client'
import { useNoticesStore } from './notices'
import { registerStoreReset } from './store-registry'
import { useVaultStore } from './vault'
import { messages } from '../messages'

/** Backups, restore and plaintext export: everything that copies the journal somewhere. */
export const useBackupsStore = defineStore('backups', () => {
  const files = ref<BackupFile[]>([])
  /** The backup chosen for restore and what it holds, shown before anything is replaced. */
  const candidate = ref<{ file: BackupFile; contents: BackupContents } | null>(null)
  const busy = ref<'backup' | 'inspect' | 'restore' | 'export' | null>(null)
  const error = ref<MendErrorPayload | null>(null)
  const lastExportPath = ref<string | null>(null)
  /** The backup file Mend was opened with (double-click on a .mendbackup), while it is offered. */
  const opened = ref<BackupFile | null>(null)
  /**
   * Epoch ms before which main refuses another backup passphrase: wrong ones wait longer each
   * time, in the same count as unlocking.
   */
  const retryAt = ref(0)

  async function run<T>(kind: NonNullable<typeof busy.value>, work: () => Promise<T>): Promise<T> {
    busy.value = kind
    error.value = null
    try {
      return await work()
    } finally {
      busy.value = null
    }
  }

  async function load(): Promise<void> {
    const result = await apiClient().call('backup.list', {})
    if (result.ok) files.value = result.value
    else error.value = result.error
  }

  function backUpNow(): Promise<BackupFile | null> {
    return run('backup', async () => {
      const result = await apiClient().call('backup.create', {})
      if (!result.ok) return ((error.value = result.error), null)
      await load()
      return result.value
    })
  }

  /** Inspects a listed backup or one picked in the system dialog (file === 'choose'). */
  function inspect(file: BackupFile | 'choose', passphrase?: string): Promise<boolean> {
    return run('inspect', async () => {
      let target = file
      if (target === 'choose') {
        const chosen = await apiClient().call('backup.chooseFile', {})
        if (!chosen.ok) return ((error.value = chosen.error), false)
        if (!chosen.value) return false
        target = chosen.value
      }
      const result = await apiClient().call(
        'backup.inspect',
        passphrase ? { id: target.id, passphrase } : { id: target.id },
      )
      if (!result.ok) {
        error.value = result.error
        retryAt.value = result.error.retryAfterMs ? Date.now() + result.error.retryAfterMs : 0
        candidate.value = null
        pendingFile.value = target
        return false
      }
      retryAt.value = 0
      candidate.value = { file: target, contents: result.value }
      pendingFile.value = null
      return true
    })
  }

  /** A backup that needs its own passphrase before it can be inspected. */
  const pendingFile = ref<BackupFile | null>(null)

  function restoreCandidate(passphrase?: string): Promise<boolean> {
    return run('restore', async () => {
      const chosen = candidate.value
      if (!chosen) return false
      const result = await apiClient().call(
        'backup.restore',
        passphrase ? { id: chosen.file.id, passphrase } : { id: chosen.file.id },
      )
      if (!result.ok) return ((error.value = result.error), false)
      candidate.value = null
      const vault = useVaultStore()
      vault.info = result.value
      // Restoring on a new computer also opens the vault: learn the new state from main.
      await vault.refreshStatus()
      await load()
      return true
    })
  }

  function exportPlaintext(format: PlaintextFormat): Promise<boolean> {
    return run('export', async () => {
      const result = await apiClient().call('export.plaintext', { format, confirmUnencrypted: true })
      if (!result.ok) return ((error.value = result.error), false)
      lastExportPath.value = result.value?.path ?? null
      // A large journal takes a while: the toast reaches the person on whatever screen they went to.
      if (result.value) useNoticesStore().push(messages.notices.exportFinished(result.value.path))
      return result.value !== null
    })
  }

  /**
   * Asks main for a backup file Mend was opened with; each is handed over once. A file that is
   * gone or unreadable is said in a toast: the person opened it from outside, on any screen.
   */
  async function takeOpenedFile(): Promise<BackupFile | null> {
    const result = await apiClient().call('backup.takeOpenedFile', {})
    if (!result.ok) {
      useNoticesStore().push(result.error.message, 'error', 0)
      return null
    }
    if (result.value) opened.value = result.value
    return result.value
  }

  /** Whether the restore in progress (inspected or waiting for its passphrase) is the opened file. */
  function isOfferingOpened(): boolean {
    const current = pendingFile.value ?? candidate.value?.file
    return opened.value !== null && current?.id === opened.value.id
  }

  function cancelRestore(): void {
    candidate.value = null
    pendingFile.value = null
    error.value = null
  }

  function reset(): void {
    files.value = []
    candidate.value = null
    pendingFile.value = null
    busy.value = null
    error.value = null
    lastExportPath.value = null
    opened.value = null
  }
  registerStoreReset(reset)

  return {
    files,
    candidate,
    pendingFile,
    busy,
    error,
    lastExportPath,
    opened,
    retryAt,
    load,
    backUpNow,
    inspect,
    restoreCandidate,
    exportPlaintext,
    cancelRestore,
    takeOpenedFile,
    isOfferingOpened,
    reset,
  }
})
