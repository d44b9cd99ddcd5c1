import { rmSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { randomBytes } from 'node:crypto'
import { MendError, fileSystemError } from '../errors'
import { openReadOnlyChecked } from '../vault/encrypted-database'
import type { Vault } from '../vault/vault'
import { writeBackupFile } from './backup-file'

/**
 * A backup of the open vault written to a file the person names (the command line's
 * `mend backup --out FILE`): the same self-contained format and the same steps as the rotated
 * backups (VACUUM INTO a temp copy, open and integrity-check it, write temp + fsync + rename),
 * but outside the backup folder, so rotation never touches it.
 */
export function writeBackupTo(vault: Vault, target: string): Promise<void> {
  return vault.exclusive(() => {
    const open = vault.session()
    const folder = dirname(target)
    const copy = join(folder, `.${basename(target)}.copy-${randomBytes(6).toString('hex')}.tmp`)
    try {
      open.db.prepare('VACUUM INTO ?').run(copy)
      const check = openReadOnlyChecked(copy, open.dataKey)
      if (!check) throw new MendError('CORRUPT', 'The backup copy could not be read back. No backup was written.')
      check.close()
      writeBackupFile(target, vault.keyHeader(), copy)
    } catch (error) {
      throw fileSystemError(error, 'make a backup', folder)
    } finally {
      rmSync(copy, { force: true })
    }
  })
}
