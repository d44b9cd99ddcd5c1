import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { randomBytes } from 'node:crypto'
import type { BackupContents, VaultInfo } from '../../contract'
import { MendError, fileSystemError } from '../errors'
import type { Logger } from '../ports'
import { precheckReadOnly } from '../vault/encrypted-database'
import { openSlots } from '../vault/key-slots'
import type { OpenVault, Vault } from '../vault/vault'
import { keepCount } from './backup-contents'
import { backupAttempt, backupName, backupTime, compareNewestFirst } from './backup-names'
import { readBackupLayout, type BackupLayout } from './backup-file'
import { backupKey, prepareBackup, type PreparedBackup } from './backup-prepare'
import { writeCheckedBackup, type BackupCopier } from './backup-to-file'
import { stoppedByLock } from '../work-stop'

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
  /** Told each step of a backup in progress (the host shows it); none by default. */
  onProgress: ((done: number, total: number) => void) | null = null
  /**
   * Where daily and manual backups are copied when not in this thread (the app's core worker
   * gives one: backup-copy-thread.ts), so the journal goes on answering while a backup of a large
   * journal runs. None: in this thread, as the command line does.
   */
  copier: BackupCopier | null = null

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
    return this.vault.exclusive(() => this.createBeside(reason))
  }

  /** At most one automatic backup a day, made after unlocking. */
  createDailyIfDue(): Promise<BackupFile | null> {
    return this.vault.exclusive(() => {
      if (!this.vault.isUnlocked) return null
      const newest = this.list()[0]
      if (newest && this.vault.clock.now() - Date.parse(newest.createdAt) < DAY_MS) return null
      return this.createBeside('daily')
    })
  }

  /**
   * A backup through the copier when there is one: the vault's queue is held (no import, restore
   * or second backup meanwhile), but reads and saves go on. A lock meanwhile abandons it.
   */
  private async createBeside(reason: BackupReason): Promise<BackupFile> {
    const open = this.vault.session()
    if (!this.copier) return this.createNow(open, reason)
    const since = this.vault.lockGeneration
    const stopped = () => this.vault.signals.lockRequested() || this.vault.lockGeneration !== since
    const dataKey = Buffer.from(open.dataKey)
    let target: string | null = null
    try {
      this.prepareFolder(open)
      target = this.freshTarget()
      const copy = join(this.directory, `.copy-${randomBytes(6).toString('hex')}.tmp`)
      const job = { database: this.vault.paths.database, dataKey, header: this.vault.keyHeader(), copy, target }
      await this.copier(job, { progress: (done, total) => this.onProgress?.(done, total), stopped })
      if (stopped()) throw stoppedByLock()
      this.rotate(keepCount(open.db), [target])
      this.logger.info(`backup made (${reason})`)
      return this.list().find((file) => file.path === target) as BackupFile
    } catch (error) {
      if (target && stopped()) rmSync(target, { force: true })
      throw fileSystemError(error, 'make a backup', this.directory)
    } finally {
      dataKey.fill(0)
    }
  }

  /**
   * Makes, verifies and rotates a backup. The caller holds the vault's queue. `keep` names a
   * backup that rotation must not remove (the one being restored).
   */
  createNow(open: OpenVault, reason: BackupReason, keep?: string): BackupFile {
    const copy = join(this.directory, `.copy-${randomBytes(6).toString('hex')}.tmp`)
    try {
      this.prepareFolder(open, keep)
      const target = this.freshTarget()
      writeCheckedBackup(open, this.vault.keyHeader(), copy, target, {
        progress: (done, total) => this.onProgress?.(done, total),
        checkpoint: () => {
          if (this.vault.signals.lockRequested()) throw stoppedByLock()
        },
      })
      this.rotate(keepCount(open.db), [target, keep])
      this.logger.info(`backup made (${reason})`)
      return this.list().find((file) => file.path === target) as BackupFile
    } catch (error) {
      throw fileSystemError(error, 'make a backup', this.directory)
    }
  }

  /**
   * What a backup holds, without changing anything. `passphrase` opens backups of another key.
   * Only with the journal open, or where there is none yet (restoring on a new computer): a locked
   * journal's screen has no business testing passphrases against files. Outside the vault's queue.
   */
  async inspect(path: string, passphrase?: string): Promise<BackupContents> {
    const state = this.vault.status().state
    if (state !== 'unlocked' && state !== 'none') {
      throw new MendError('LOCKED', 'Unlock the journal to look at a backup.')
    }
    const currentKey = this.vault.isUnlocked ? Buffer.from(this.vault.session().dataKey) : null
    try {
      const layout = readBackupLayout(path, this.vault.scryptPolicy)
      const prepared = await prepareBackup(this.vault, path, layout, { passphrase, currentKey, targetKey: null })
      prepared.discard()
      return prepared.contents
    } finally {
      currentKey?.fill(0)
    }
  }

  /**
   * Replaces the open journal with a backup, after backing up the current state. The backup is
   * read, its key derived (another journal's) and checked outside the vault's queue; only putting
   * it in place waits for the journal's turn.
   */
  async restore(path: string, passphrase?: string): Promise<VaultInfo> {
    const since = this.vault.lockGeneration
    // Our own copy of the key: a lock during the awaits below wipes the vault's, not this one.
    const dataKey = Buffer.from(this.vault.session().dataKey)
    try {
      const layout = readBackupLayout(path, this.vault.scryptPolicy)
      const prepared = await prepareBackup(this.vault, path, layout, {
        passphrase,
        currentKey: null,
        targetKey: dataKey,
      })
      try {
        return await this.vault.exclusive(() => {
          this.requireOpenable(prepared)
          // Locked meanwhile (quit, suspend): restore nothing rather than reopen behind the lock.
          const open = this.vault.session()
          this.createNow(open, 'pre-restore', path)
          return this.vault.installDatabase(prepared.databasePath, dataKey, 'replace')
        }, since)
      } finally {
        prepared.discard()
      }
    } finally {
      dataKey.fill(0)
    }
  }

  /** Restores a backup where there is no journal yet; the backup's passphrase opens it. */
  async restoreAsNewVault(path: string, passphrase: string): Promise<VaultInfo> {
    const since = this.vault.lockGeneration
    this.requireNoVault()
    const layout = readBackupLayout(path, this.vault.scryptPolicy)
    const dataKey = await backupKey(this.vault, layout, passphrase)
    try {
      const prepared = await prepareBackup(this.vault, path, layout, { currentKey: null, targetKey: dataKey })
      try {
        return await this.vault.exclusive(async () => {
          this.requireNoVault()
          this.requireOpenable(prepared)
          const info = this.vault.adopt(prepared.databasePath, layout.header, dataKey)
          // A backup written at a lower cost than today's is raised now, as an unlock would.
          await this.vault.strengthenPassphraseSlot(passphrase)
          return info
        }, since)
      } finally {
        prepared.discard()
      }
    } finally {
      dataKey.fill(0)
    }
  }

  private requireNoVault(): void {
    if (this.vault.status().state !== 'none') {
      throw new MendError(
        'VAULT_EXISTS',
        `A journal already exists in ${this.vault.paths.directory}. Unlock it to restore.`,
      )
    }
  }

  /**
   * The damaged-file way out: the newest backup that opens and passes its check replaces the
   * damaged database (and the key file, if that is what is damaged, from the backup's own).
   */
  restoreLatestGood(passphrase: string): Promise<VaultInfo> {
    return this.vault.exclusive(async () => {
      // Only for a journal that will not open: a healthy one would be set aside as "damaged".
      if (this.vault.status().state !== 'damaged') {
        throw new MendError(
          'INVALID_INPUT',
          'The journal is not damaged. To go back to a backup, use Restore in Settings.',
        )
      }
      const headerDamaged = !this.vault.headerReadable()
      const vaultKey = headerDamaged ? null : await this.vault.unwrap({ kind: 'passphrase', passphrase })
      try {
        const candidates = this.list()
        // With the key file damaged, the passphrase is tried against every backup's header: one
        // guess for the throttle, whichever of them it opens.
        const restored = await (headerDamaged
          ? this.vault.attemptPassphrase(
              () => this.restoreFirstGood(candidates, passphrase, null),
              (retryAfterMs) =>
                new MendError('NOT_FOUND', `No backup in ${this.directory} opens with that passphrase.`, {
                  retryAfterMs,
                }),
            )
          : this.restoreFirstGood(candidates, passphrase, vaultKey))
        if (restored) return restored
        throw new MendError('NOT_FOUND', `No usable backup was found in ${this.directory}.`)
      } finally {
        vaultKey?.fill(0)
      }
    })
  }

  private async restoreFirstGood(
    candidates: readonly BackupFile[],
    passphrase: string,
    vaultKey: Buffer | null,
  ): Promise<VaultInfo | null> {
    for (const file of candidates) {
      const info = await this.tryRestoreOver(file.path, passphrase, vaultKey)
      if (info) return info
    }
    return null
  }

  /** One candidate for restoreLatestGood; null (logged) when this backup cannot be used. */
  private async tryRestoreOver(path: string, passphrase: string, vaultKey: Buffer | null): Promise<VaultInfo | null> {
    let layout: BackupLayout
    let key: Buffer | null
    try {
      layout = readBackupLayout(path, this.vault.scryptPolicy)
      key = vaultKey
        ? Buffer.from(vaultKey)
        : await openSlots(layout.header.keySlots, { kind: 'passphrase', passphrase })
    } catch (error) {
      this.logger.warn(`skipped an unusable backup: ${(error as Error).message}`)
      return null
    }
    if (!key) return null
    // A damaged key file over a healthy database: the backup's header is all that is needed.
    if (!vaultKey && precheckReadOnly(this.vault.paths.database, key) === 'ok') {
      try {
        const info = this.vault.replaceHeader(layout.header, key)
        this.logger.info("restored a damaged key file from a backup's header")
        key.fill(0)
        return info
      } catch (error) {
        this.logger.warn(`the journal did not open with a backup's key file: ${(error as Error).message}`)
      }
    }
    try {
      const prepared = await prepareBackup(this.vault, path, layout, { currentKey: null, targetKey: key })
      try {
        this.requireOpenable(prepared)
        const info = this.vault.installDatabase(
          prepared.databasePath,
          key,
          'set-aside',
          vaultKey ? undefined : layout.header,
        )
        this.logger.info('restored the latest good backup over a damaged journal')
        return info
      } finally {
        prepared.discard()
      }
    } catch (error) {
      this.logger.warn(`skipped an unusable backup: ${(error as Error).message}`)
      return null
    } finally {
      key.fill(0)
    }
  }

  /**
   * A backup from a newer Mend (higher schema) would be put in place and then refuse to open,
   * leaving the journal locked on a file this version cannot read: refuse before replacing anything.
   */
  private requireOpenable(prepared: PreparedBackup): void {
    if (prepared.contents.schemaVersion <= this.vault.latestSchemaVersion) return
    prepared.discard()
    throw new MendError(
      'UNSUPPORTED_VERSION',
      'This backup was made by a newer version of Mend. Update Mend to restore it.',
    )
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
  private rotate(keep: number, protectedPaths: ReadonlyArray<string | undefined>): void {
    const [justMade] = protectedPaths
    const others = this.list().filter((file) => file.path !== justMade)
    for (const old of others.slice(Math.max(0, keep - 1))) {
      if (!protectedPaths.includes(old.path)) rmSync(old.path, { force: true })
    }
  }

  /** Removes backups beyond the newest `keep` (never `protectedPath`). */
  private trimExcess(keep: number, protectedPath: string | undefined): void {
    for (const old of this.list().slice(keep)) {
      if (old.path !== protectedPath) rmSync(old.path, { force: true })
    }
  }

  /**
   * The folder made, temp files of interrupted backups removed, and one extra backup (left when
   * a run is interrupted between putting a new one in place and rotating) trimmed, so repeated
   * interruptions cannot pile them up.
   */
  private prepareFolder(open: OpenVault, keep?: string): void {
    this.ensureDirectory()
    this.removeStaleTemps()
    this.trimExcess(keepCount(open.db), keep)
  }

  /** Temp files left by a backup that was interrupted (crash, kill, lock) never count as backups. */
  private removeStaleTemps(): void {
    for (const name of readdirSync(this.directory)) {
      // A copy's own rollback journal (".copy-….tmp-journal") goes with it.
      if (!name.startsWith('.') || !/\.tmp(-journal|-wal|-shm)?$/.test(name)) continue
      try {
        rmSync(join(this.directory, name), { force: true })
      } catch (error) {
        // Still open (a copy abandoned at a lock, finishing its last statement): the next backup removes it.
        this.logger.warn(`a backup's temp file could not be removed yet${describeCode(error)}`)
      }
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

function describeCode(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code
  return code ? ` (${code})` : ''
}
