import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { randomBytes } from 'node:crypto'
import type { BackupContents, VaultInfo } from '../../contract'
import { MendError, fileSystemError } from '../errors'
import type { Logger } from '../ports'
import { openReadOnlyChecked, rekeyDatabaseFile } from '../vault/encrypted-database'
import { openSlots } from '../vault/key-slots'
import type { OpenVault, Vault } from '../vault/vault'
import { describeBackup, keepCount } from './backup-contents'
import { backupAttempt, backupName, backupTime, compareNewestFirst } from './backup-names'
import { extractDatabase, readBackupLayout, writeBackupFile, type BackupLayout } from './backup-file'

const DAY_MS = 24 * 60 * 60 * 1000

/** A backup file in the backup folder. */
export interface BackupFile {
  name: string
  path: string
  createdAt: string
  sizeBytes: number
}

export type BackupReason = 'manual' | 'daily' | 'pre-migration' | 'pre-restore'

/**
 * Encrypted backups of the vault: made with VACUUM INTO, opened and integrity-checked, then
 * written atomically as one self-contained file; rotated; restorable after inspection.
 */
export class BackupService {
  readonly directory: string

  constructor(
    private readonly vault: Vault,
    private readonly logger: Logger,
    directory?: string,
  ) {
    this.directory = directory ?? join(vault.paths.directory, 'backups')
    vault.beforeMigration = (open) => {
      this.createNow(open, 'pre-migration')
    }
  }

  list(): BackupFile[] {
    if (!existsSync(this.directory)) return []
    return readdirSync(this.directory)
      .map((name) => ({ name, time: backupTime(name) }))
      .filter((entry): entry is { name: string; time: number } => entry.time !== null)
      .sort((a, b) => compareNewestFirst(a.name, b.name))
      .map(({ name, time }) => ({
        name,
        path: join(this.directory, name),
        createdAt: new Date(time).toISOString(),
        sizeBytes: statSync(join(this.directory, name)).size,
      }))
  }

  create(reason: BackupReason = 'manual'): Promise<BackupFile> {
    return this.vault.exclusive(() => this.createNow(this.vault.session(), reason))
  }

  /** At most one automatic backup a day, made after unlocking. */
  createDailyIfDue(): Promise<BackupFile | null> {
    return this.vault.exclusive(() => {
      if (!this.vault.isUnlocked) return null
      const newest = this.list()[0]
      if (newest && this.vault.clock.now() - Date.parse(newest.createdAt) < DAY_MS) return null
      return this.createNow(this.vault.session(), 'daily')
    })
  }

  /** Makes, verifies and rotates a backup. The caller holds the vault's queue. */
  createNow(open: OpenVault, reason: BackupReason): BackupFile {
    this.ensureDirectory()
    this.removeStaleTemps()
    const copy = join(this.directory, `.copy-${randomBytes(6).toString('hex')}.tmp`)
    try {
      // VACUUM INTO writes a consistent, compacted copy encrypted with the same key.
      open.db.prepare('VACUUM INTO ?').run(copy)
      const check = openReadOnlyChecked(copy, open.dataKey)
      if (!check) throw new MendError('CORRUPT', 'The backup copy could not be read back. No backup was kept.')
      check.close()
      const target = this.freshTarget()
      writeBackupFile(target, this.vault.keyHeader(), copy)
      this.rotate(keepCount(open.db), target)
      this.logger.info(`backup made (${reason})`)
      return this.list().find((file) => file.path === target) as BackupFile
    } catch (error) {
      throw fileSystemError(error, 'make a backup', this.directory)
    } finally {
      rmSync(copy, { force: true })
    }
  }

  /** What a backup holds, without changing anything. `passphrase` opens backups of another key. */
  inspect(path: string, passphrase?: string): Promise<BackupContents> {
    return this.vault.exclusive(async () => {
      const prepared = await this.prepare(path, passphrase, null)
      try {
        return prepared.contents
      } finally {
        prepared.discard()
      }
    })
  }

  /** Replaces the open journal with a backup, after backing up the current state. */
  restore(path: string, passphrase?: string): Promise<VaultInfo> {
    return this.vault.exclusive(async () => {
      const open = this.vault.session()
      const prepared = await this.prepare(path, passphrase, open.dataKey)
      try {
        this.requireOpenable(prepared)
        this.createNow(open, 'pre-restore')
        const dataKey = Buffer.from(open.dataKey)
        try {
          return this.vault.installDatabase(prepared.databasePath, dataKey, 'replace')
        } finally {
          dataKey.fill(0)
        }
      } finally {
        prepared.discard()
      }
    })
  }

  /** Restores a backup where there is no journal yet; the backup's passphrase opens it. */
  restoreAsNewVault(path: string, passphrase: string): Promise<VaultInfo> {
    return this.vault.exclusive(async () => {
      if (this.vault.status().state !== 'none') {
        throw new MendError(
          'VAULT_EXISTS',
          `A journal already exists in ${this.vault.paths.directory}. Unlock it to restore.`,
        )
      }
      const layout = readBackupLayout(path)
      const dataKey = await this.backupKey(layout, passphrase)
      try {
        mkdirSync(this.vault.paths.directory, { recursive: true, mode: 0o700 })
        const prepared = await this.prepare(path, undefined, dataKey)
        try {
          this.requireOpenable(prepared)
          return this.vault.adopt(prepared.databasePath, layout.header, dataKey)
        } finally {
          prepared.discard()
        }
      } finally {
        dataKey.fill(0)
      }
    })
  }

  /** The damaged-file way out: the newest backup that opens and passes its check replaces it. */
  restoreLatestGood(passphrase: string): Promise<VaultInfo> {
    return this.vault.exclusive(async () => {
      // Only for a journal that will not open: a healthy open one would be set aside as "damaged".
      if (this.vault.isUnlocked) {
        throw new MendError(
          'INVALID_INPUT',
          'The journal is open and readable. To go back to a backup, use Restore in Settings.',
        )
      }
      const dataKey = await this.vault.unwrap({ kind: 'passphrase', passphrase })
      try {
        for (const file of this.list()) {
          let prepared: Prepared
          try {
            prepared = await this.prepare(file.path, undefined, dataKey)
            this.requireOpenable(prepared)
          } catch (error) {
            this.logger.warn(`skipped an unusable backup: ${(error as Error).message}`)
            continue
          }
          try {
            const info = this.vault.installDatabase(prepared.databasePath, dataKey, 'set-aside')
            this.logger.info('restored the latest good backup over a damaged journal')
            return info
          } finally {
            prepared.discard()
          }
        }
        throw new MendError('NOT_FOUND', `No usable backup was found in ${this.directory}.`)
      } finally {
        dataKey.fill(0)
      }
    })
  }

  /**
   * Extracts a backup's database next to the vault, finds its key (the vault's own, else via the
   * backup's header and `passphrase`), checks it, and re-encrypts it to `targetKey` if needed.
   */
  private async prepare(path: string, passphrase: string | undefined, targetKey: Buffer | null): Promise<Prepared> {
    const layout = readBackupLayout(path)
    // Beside the vault (same volume, so the final rename is atomic); on a new computer it may not exist yet.
    mkdirSync(this.vault.paths.directory, { recursive: true, mode: 0o700 })
    const databasePath = join(this.vault.paths.directory, `.restore-${randomBytes(6).toString('hex')}.tmp`)
    extractDatabase(path, layout, databasePath)
    const discard = () => rmSync(databasePath, { force: true })
    try {
      const currentKey = targetKey ?? (this.vault.isUnlocked ? this.vault.session().dataKey : null)
      let db = currentKey ? openReadOnlyChecked(databasePath, currentKey) : null
      const sameJournal = db !== null
      if (!db) {
        const backupKey = await this.backupKey(layout, passphrase)
        try {
          db = openReadOnlyChecked(databasePath, backupKey)
          if (!db) throw new MendError('CORRUPT', 'The backup does not match its own key file.')
          if (targetKey) {
            db.close()
            rekeyDatabaseFile(databasePath, backupKey, targetKey)
            db = openReadOnlyChecked(databasePath, targetKey)
            if (!db) throw new MendError('CORRUPT', 'The backup could not be prepared for this journal.')
          }
        } finally {
          backupKey.fill(0)
        }
      }
      const contents = describeBackup(db, path, sameJournal)
      db.close()
      return { databasePath, contents, discard }
    } catch (error) {
      discard()
      throw error
    }
  }

  /**
   * A backup from a newer Mend (higher schema) would be put in place and then refuse to open,
   * leaving the journal locked on a file this version cannot read: refuse before replacing anything.
   */
  private requireOpenable(prepared: Prepared): void {
    if (prepared.contents.schemaVersion <= this.vault.latestSchemaVersion) return
    prepared.discard()
    throw new MendError(
      'UNSUPPORTED_VERSION',
      'This backup was made by a newer version of Mend. Update Mend to restore it.',
    )
  }

  private async backupKey(layout: BackupLayout, passphrase: string | undefined): Promise<Buffer> {
    if (passphrase === undefined) {
      throw new MendError(
        'PASSPHRASE_REQUIRED',
        'This backup belongs to another journal or key. Enter the passphrase it was made with.',
      )
    }
    const key = await openSlots(layout.header.keySlots, { kind: 'passphrase', passphrase })
    if (!key)
      throw new MendError('WRONG_PASSPHRASE', 'That passphrase does not open this backup.', { field: 'passphrase' })
    return key
  }

  private freshTarget(): string {
    const now = this.vault.clock.now()
    // After the last one made: a name freed by rotation must not be reused, or the new backup
    // would sort as the oldest of its millisecond and be rotated away at once.
    const sameTime = this.list().filter((file) => backupTime(file.name) === now)
    for (let attempt = Math.max(-1, ...sameTime.map((file) => backupAttempt(file.name))) + 1; ; attempt++) {
      const target = join(this.directory, backupName(now, attempt))
      if (!existsSync(target)) return target
    }
  }

  /**
   * Keeps the newest `keep` backups; older ones are removed only after a new one is in place.
   * The one just made always stays, even if its name sorts older (a clock turned back).
   */
  private rotate(keep: number, justMade: string): void {
    const others = this.list().filter((file) => file.path !== justMade)
    for (const old of others.slice(Math.max(0, keep - 1))) rmSync(old.path, { force: true })
  }

  /** Temp files left by a backup that was interrupted (crash, kill) never count as backups. */
  private removeStaleTemps(): void {
    for (const name of readdirSync(this.directory)) {
      if (name.startsWith('.') && name.endsWith('.tmp')) rmSync(join(this.directory, name), { force: true })
    }
  }

  private ensureDirectory(): void {
    try {
      mkdirSync(this.directory, { recursive: true, mode: 0o700 })
    } catch (error) {
      throw fileSystemError(error, 'create the backup folder', this.directory)
    }
  }
}

interface Prepared {
  databasePath: string
  contents: BackupContents
  discard(): void
}
