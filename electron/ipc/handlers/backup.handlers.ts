import { randomBytes } from 'node:crypto'
import { statSync } from 'node:fs'
import { basename, dirname } from 'node:path'
import type { BackupFile } from '../../contract'
import { MendError, fileSystemError, type BackupService, type Vault } from '../../core'
import type { HostDialogs, HostOpenedFiles } from '../host'
import type { Handlers } from '../router'

type BackupHandlers = Pick<
  Handlers,
  | 'backup.list'
  | 'backup.create'
  | 'backup.chooseFile'
  | 'backup.takeOpenedFile'
  | 'backup.inspect'
  | 'backup.restore'
  | 'backup.restoreLatestGood'
>

/**
 * The renderer names backups by id, never by path: a file in the backup folder by its name, a
 * file picked in the system dialog or opened with Mend by a one-time token. So it can only read
 * what the person chose.
 */
export function backupHandlers(
  vault: Vault,
  backups: BackupService,
  host: { dialogs: HostDialogs; openedFiles: HostOpenedFiles },
  opened: () => void,
): BackupHandlers {
  const chosen = new Map<string, string>()

  function resolve(id: string): string {
    const picked = chosen.get(id)
    if (picked) return picked
    const listed = backups.list().find((file) => file.name === id)
    if (listed) return listed.path
    throw new MendError('NOT_FOUND', 'That backup is no longer there.', { field: 'id' })
  }

  const toContract = (file: { name: string; createdAt: string; sizeBytes: number }, id = file.name): BackupFile => ({
    id,
    name: file.name,
    createdAt: file.createdAt,
    sizeBytes: file.sizeBytes,
  })

  /** A file the person pointed at, under a fresh token; unreadable files fail before they get one. */
  function registerChosen(path: string, action: string): BackupFile {
    let stat
    try {
      stat = statSync(path)
    } catch (error) {
      throw fileSystemError(error, action, dirname(path))
    }
    const id = `chosen:${randomBytes(12).toString('hex')}`
    chosen.set(id, path)
    return toContract(
      { name: basename(path), createdAt: new Date(stat.mtimeMs).toISOString(), sizeBytes: stat.size },
      id,
    )
  }

  return {
    'backup.list': () => backups.list().map((file) => toContract(file)),
    'backup.create': async () => toContract(await backups.create('manual')),
    'backup.chooseFile': async () => {
      const path = await host.dialogs.chooseBackupFile()
      return path ? registerChosen(path, 'read the chosen backup') : null
    },
    // Taken, not peeked: a reload of the window does not offer the same file twice.
    'backup.takeOpenedFile': async () => {
      const path = await host.openedFiles.takeBackupFile()
      return path ? registerChosen(path, 'read the backup Mend was opened with') : null
    },
    'backup.inspect': ({ id, passphrase }) => backups.inspect(resolve(id), passphrase),
    'backup.restore': async ({ id, passphrase }) => {
      const path = resolve(id)
      const state = vault.status().state
      let info
      if (state === 'unlocked') info = await backups.restore(path, passphrase)
      else if (state === 'none') {
        if (!passphrase) throw new MendError('PASSPHRASE_REQUIRED', 'Enter the passphrase this backup was made with.')
        info = await backups.restoreAsNewVault(path, passphrase)
      } else throw new MendError('LOCKED', 'Unlock the journal before restoring a backup over it.')
      opened()
      return info
    },
    'backup.restoreLatestGood': async ({ passphrase }) => {
      const info = await backups.restoreLatestGood(passphrase)
      opened()
      return info
    },
  }
}
