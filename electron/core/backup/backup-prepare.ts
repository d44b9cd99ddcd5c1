import { mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { randomBytes } from 'node:crypto'
import type { BackupContents } from '../../contract'
import { MendError } from '../errors'
import { openReadOnlyChecked, rekeyDatabaseFile } from '../vault/encrypted-database'
import { openSlots } from '../vault/key-slots'
import type { Vault } from '../vault/vault'
import { describeBackup } from './backup-contents'
import { extractDatabase, type BackupLayout } from './backup-file'

/** A backup's database, extracted beside the vault and checked, ready to inspect or put in place. */
export interface PreparedBackup {
  databasePath: string
  contents: BackupContents
  discard(): void
}

/**
 * The data key a backup's own header gives for `passphrase`. A test of a passphrase like any
 * other: under the vault's persisted throttle (refused while it says wait, a wrong one counted).
 * Runs outside the vault's queue, so the derivation never holds up the open journal.
 */
export function backupKey(vault: Vault, layout: BackupLayout, passphrase: string | undefined): Promise<Buffer> {
  if (passphrase === undefined) {
    return Promise.reject(
      new MendError(
        'PASSPHRASE_REQUIRED',
        'This backup belongs to another journal or key. Enter the passphrase it was made with.',
      ),
    )
  }
  return vault.attemptPassphrase(
    () => openSlots(layout.header.keySlots, { kind: 'passphrase', passphrase }),
    (retryAfterMs) =>
      new MendError('WRONG_PASSPHRASE', 'That passphrase does not open this backup.', {
        field: 'passphrase',
        retryAfterMs,
      }),
  )
}

/**
 * Extracts a backup's database next to the vault, finds its key (`currentKey`, the open journal's,
 * else the backup's header and `passphrase`), checks it, and re-encrypts it to `targetKey` if
 * needed. Touches only its own temp file, so it runs outside the vault's queue; the keys passed
 * in are the caller's copies (a lock meanwhile wipes the vault's, not these).
 */
export async function prepareBackup(
  vault: Vault,
  path: string,
  layout: BackupLayout,
  keys: { passphrase?: string | undefined; currentKey: Buffer | null; targetKey: Buffer | null },
): Promise<PreparedBackup> {
  // Beside the vault (same volume, so the final rename is atomic); on a new computer it may not exist yet.
  mkdirSync(vault.paths.directory, { recursive: true, mode: 0o700 })
  const databasePath = join(vault.paths.directory, `.restore-${randomBytes(6).toString('hex')}.tmp`)
  extractDatabase(path, layout, databasePath)
  const discard = () => rmSync(databasePath, { force: true })
  try {
    const ownKey = keys.targetKey ?? keys.currentKey
    let db = ownKey ? openReadOnlyChecked(databasePath, ownKey) : null
    const sameJournal = db !== null
    if (!db) {
      const foreignKey = await backupKey(vault, layout, keys.passphrase)
      try {
        db = openReadOnlyChecked(databasePath, foreignKey)
        if (!db) throw new MendError('CORRUPT', 'The backup does not match its own key file.')
        if (keys.targetKey) {
          db.close()
          rekeyDatabaseFile(databasePath, foreignKey, keys.targetKey)
          db = openReadOnlyChecked(databasePath, keys.targetKey)
          if (!db) throw new MendError('CORRUPT', 'The backup could not be prepared for this journal.')
        }
      } finally {
        foreignKey.fill(0)
      }
    }
    let contents: BackupContents
    try {
      contents = describeBackup(db, path, sameJournal)
    } catch (error) {
      // A schema that does not read as Mend's (a view where a table belongs, an unsafe call).
      throw new MendError('CORRUPT', 'The backup is damaged and cannot be read.', { cause: error })
    } finally {
      db.close()
    }
    return { databasePath, contents, discard }
  } catch (error) {
    discard()
    throw error
  }
}
