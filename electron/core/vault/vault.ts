import { mkdirSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import type { VaultInfo, VaultStatus } from '../../contract'
import { MendError, fileSystemError } from '../errors'
import { type Clock, type Logger, type WorkSignals, quietSignals, silentLogger, systemClock } from '../ports'
import { stoppedByCancel, stoppedByLock } from '../work-stop'
import {
  installDatabaseFile,
  moveDatabaseAside,
  moveFileAside,
  moveSideFilesAside,
  removeInterruptedWrites,
} from './database-files'
import { ownWords, requireStrongPassphrase } from '../passphrase'
import { ProcessLock } from './process-lock'
import { closeEncryptedDatabase, openEncryptedDatabase, type Db } from './encrypted-database'
import { DEFAULT_SCRYPT, KEY_BYTES, scryptPolicy, type ScryptPolicy } from './key-derivation'
import type { VaultHeader } from './header-file'
import { KeyRing } from './key-ring'
import type { VaultSecret } from './key-slots'
import { latestVersion, migrate, migrations as allMigrations, type Migration } from './migrations'
import { parseRecoveryKey } from './recovery-key'
import { UnlockThrottle } from './unlock-throttle'
import { VaultOperations } from './vault-operations'
import { createVaultMetaQueries, readVaultInfo } from './vault-meta.queries'
import { openVaultDatabase } from './open-database'
import { vaultPaths, type VaultPaths } from './vault-paths'
import type { BeforeMigration, MigrationProgress, OpenVault, VaultOptions } from './vault-types'

export type { BeforeMigration, MigrationProgress, OpenVault, VaultOptions } from './vault-types'

/**
 * The encrypted journal on disk: a SQLCipher database keyed with a random data key, and a header
 * file holding that key wrapped by the passphrase and by the recovery key. Owns the open database
 * while unlocked. Operations run one at a time.
 */
export class Vault {
  readonly paths: VaultPaths
  readonly clock: Clock
  readonly signals: WorkSignals
  private readonly logger: Logger
  private readonly migrations: readonly Migration[]
  private readonly pageCheckMaxBytes: number | undefined
  private readonly keys: KeyRing
  private readonly throttle: UnlockThrottle
  private readonly operations = new VaultOperations()
  private readonly processLock: ProcessLock
  /** The key settings this vault accepts in its key file and in backups' headers. */
  readonly scryptPolicy: ScryptPolicy
  private open: OpenVault | null = null
  /**
   * A recovery key made in this session and not yet confirmed as stored: kept in memory only,
   * so that reloading the window cannot skip the screen that shows it. Gone on lock.
   */
  private unconfirmedRecoveryKey: string | null = null
  /** Set when the key was right but the database would not open: the app shows the damaged screen. */
  private damaged = false
  beforeMigration: BeforeMigration | null = null
  migrationProgress: MigrationProgress | null = null

  constructor(options: VaultOptions) {
    this.paths = vaultPaths(options.directory)
    this.clock = options.clock ?? systemClock
    this.signals = options.signals ?? quietSignals
    this.logger = options.logger ?? silentLogger
    this.migrations = options.migrations ?? allMigrations
    this.pageCheckMaxBytes = options.pageCheckMaxBytes
    this.throttle = new UnlockThrottle(this.paths.throttle, this.clock, this.logger)
    const scrypt = options.scrypt ?? DEFAULT_SCRYPT
    this.scryptPolicy = scryptPolicy(scrypt, options.scryptFloorN)
    this.keys = new KeyRing(this.paths.header, scrypt, this.scryptPolicy, this.throttle, this.logger)
    this.processLock = new ProcessLock(this.paths.lock)
  }

  /** The schema version this Mend migrates to; a database above it is from a newer Mend. */
  get latestSchemaVersion(): number {
    return latestVersion(this.migrations)
  }

  get isUnlocked(): boolean {
    return this.open !== null
  }

  status(): VaultStatus {
    const location = this.paths.directory
    if (this.open) return { state: 'unlocked', retryAfterMs: 0, location }
    // The header is written last at creation, so its presence is what makes a vault exist.
    if (!this.keys.exists()) return { state: 'none', retryAfterMs: 0, location }
    const state = this.damaged || !this.keys.readable() ? 'damaged' : 'locked'
    return { state, retryAfterMs: this.throttle.retryAfterMs(), location }
  }

  /** The open database and key; LOCKED otherwise. Feature modules take it from here. */
  session(): OpenVault {
    if (!this.open) throw new MendError('LOCKED', 'The journal is locked.')
    return this.open
  }

  database(): Db {
    return this.session().db
  }

  /** How many times the vault was told to lock; see exclusive's `since`. */
  get lockGeneration(): number {
    return this.operations.lockGeneration
  }

  /**
   * For long work on the open database, asked between its chunks: throws LOCKED once a lock is
   * waiting (or has happened: the database is no longer the one the work began on), and, for
   * work the person can stop, CANCELLED once they asked to. A cancel asked for earlier is forgotten.
   */
  checkpoint(options: { cancellable: boolean }): () => void {
    const db = this.open?.db ?? null
    if (options.cancellable) this.signals.clearCancel()
    return () => {
      if (this.signals.lockRequested() || !db || this.open?.db !== db) throw stoppedByLock()
      if (options.cancellable && this.signals.cancelRequested()) throw stoppedByCancel()
    }
  }

  /**
   * Runs `work` after any vault operation in progress, and before the next one. If a lock is
   * requested after `since` (by default: now), the vault will not open during `work`.
   */
  exclusive<T>(work: () => T | Promise<T>, since?: number): Promise<T> {
    return this.operations.run(work, since)
  }

  create(passphrase: string, displayName?: string): Promise<{ info: VaultInfo; recoveryKey: string }> {
    return this.exclusive(async () => {
      if (this.keys.exists())
        throw new MendError('VAULT_EXISTS', `A journal already exists in ${this.paths.directory}.`)
      await requireStrongPassphrase(passphrase, ownWords(displayName ? [displayName] : []), 'passphrase')
      this.ensureDirectory()
      if (moveDatabaseAside(this.paths.database, 'orphaned', this.clock.now())) {
        this.logger.warn('set aside a database without a key header')
      }
      const dataKey = randomBytes(KEY_BYTES)
      let sealed: Awaited<ReturnType<KeyRing['seal']>>
      let db: Db
      try {
        sealed = await this.keys.seal(dataKey, passphrase)
        this.processLock.acquire()
        db = openEncryptedDatabase(this.paths.database, dataKey, { create: true })
      } catch (error) {
        dataKey.fill(0)
        throw error
      }
      const { header, recoveryKey } = sealed
      try {
        this.operations.refuseIfLockedMeanwhile(
          'Mend locked before the journal was made (the computer slept or its screen locked). Nothing was created; please try again.',
        )
        migrate(db, this.migrations)
        const meta = createVaultMetaQueries(db)
        db.transaction(() => {
          meta.set('created_at', new Date(this.clock.now()).toISOString())
          meta.set('recovery_key_confirmed', '0')
          if (displayName) meta.set('display_name', displayName)
        })()
        // The header is the commit point: before it exists, there is no vault.
        this.keys.write(header)
      } catch (error) {
        db.close()
        this.processLock.release()
        dataKey.fill(0)
        throw error
      }
      this.open = { db, dataKey }
      this.damaged = false
      this.logger.info('vault created')
      this.unconfirmedRecoveryKey = recoveryKey
      return { info: this.info(), recoveryKey }
    })
  }

  unlock(passphrase: string): Promise<VaultInfo> {
    return this.exclusive(async () => {
      const dataKey = await this.unwrap({ kind: 'passphrase', passphrase })
      if (this.open) {
        // Already open: the passphrase was still checked, but nothing is reopened.
        dataKey.fill(0)
        return this.info()
      }
      this.openWith(dataKey)
      this.logger.info('vault unlocked')
      await this.strengthenPassphraseSlot(passphrase)
      return this.info()
    })
  }

  /** Forgotten passphrase: the recovery key opens the vault and a new passphrase replaces the old. */
  recover(recoveryKey: string, newPassphrase: string): Promise<VaultInfo> {
    return this.exclusive(async () => {
      await requireStrongPassphrase(newPassphrase, this.ownWords(), 'newPassphrase')
      const recovery = parseRecoveryKey(recoveryKey)
      let dataKey: Buffer
      try {
        dataKey = await this.unwrap({ kind: 'recovery', recoveryKey: recovery })
      } finally {
        recovery.fill(0)
      }
      const wasOpen = this.isUnlocked
      try {
        // Before the key file changes: a journal open in another process keeps its key file.
        if (!wasOpen) this.processLock.acquire()
        await this.keys.setPassphrase(dataKey, newPassphrase)
      } catch (error) {
        dataKey.fill(0)
        if (!wasOpen) this.processLock.release()
        throw error
      }
      if (this.open) dataKey.fill(0)
      else this.openWith(dataKey)
      this.logger.info('vault recovered with the recovery key; passphrase replaced')
      return this.info()
    })
  }

  changePassphrase(currentPassphrase: string, newPassphrase: string): Promise<void> {
    return this.exclusive(async () => {
      await requireStrongPassphrase(newPassphrase, this.ownWords(), 'newPassphrase')
      await this.withKeyCopy((dataKey) => this.keys.setPassphrase(dataKey, newPassphrase, currentPassphrase))
      this.logger.info('passphrase changed')
    })
  }

  /** A new recovery key; the old one stops working. Returns the new key, to be shown once. */
  rotateRecoveryKey(passphrase: string): Promise<string> {
    return this.exclusive(async () => {
      // Marked before the new key exists, while the database is surely open: a lock (quit)
      // during the derivation below must not leave a key nobody saw counted as stored.
      const meta = createVaultMetaQueries(this.database())
      const wasConfirmed = meta.get('recovery_key_confirmed')
      meta.set('recovery_key_confirmed', '0')
      try {
        const recoveryKey = await this.withKeyCopy(async (dataKey) => {
          await this.keys.confirm(dataKey, passphrase)
          return this.keys.rotateRecoveryKey(dataKey)
        })
        this.logger.info('recovery key replaced')
        this.unconfirmedRecoveryKey = recoveryKey
        return recoveryKey
      } catch (error) {
        // Nothing was replaced: the old key is as confirmed as it was.
        if (this.open) {
          const restore = createVaultMetaQueries(this.open.db)
          if (wasConfirmed === null) restore.remove('recovery_key_confirmed')
          else restore.set('recovery_key_confirmed', wasConfirmed)
        }
        throw error
      }
    })
  }

  /** See KeyRing.attempt: a passphrase test against a backup's header, under this vault's throttle. */
  attemptPassphrase<T>(guess: () => Promise<T | null>, wrong: (retryAfterMs: number) => MendError): Promise<T> {
    return this.keys.attempt(guess, wrong)
  }

  /** The data key for `secret` without opening anything (restoring a damaged vault needs it). */
  unwrap(secret: VaultSecret): Promise<Buffer> {
    if (!this.keys.exists()) return Promise.reject(new MendError('NO_VAULT', 'There is no journal here yet.'))
    return this.keys.unwrap(secret)
  }

  /**
   * Replaces the database with a prepared, verified file encrypted under `dataKey`, then opens
   * it. A damaged current file is moved aside, never overwritten. Caller holds the queue.
   */
  installDatabase(
    preparedPath: string,
    dataKey: Buffer,
    current: 'replace' | 'set-aside',
    header?: VaultHeader,
  ): VaultInfo {
    this.ensureDirectory()
    this.close()
    if (current === 'set-aside') moveDatabaseAside(this.paths.database, 'damaged', this.clock.now())
    else moveSideFilesAside(this.paths.database, this.clock.now())
    installDatabaseFile(preparedPath, this.paths.database)
    // A damaged key file is replaced by the backup's own, after keeping the damaged one aside.
    if (header) {
      moveFileAside(this.paths.header, 'damaged', this.clock.now())
      this.keys.write(header)
    }
    this.openWith(Buffer.from(dataKey))
    return this.info()
  }

  /**
   * Makes a restored backup the vault where none exists yet (a new computer): the database goes in
   * place first, then its key header, which is the commit point. Caller holds the queue.
   */
  adopt(preparedPath: string, header: VaultHeader, dataKey: Buffer): VaultInfo {
    if (this.keys.exists()) throw new MendError('VAULT_EXISTS', `A journal already exists in ${this.paths.directory}.`)
    this.ensureDirectory()
    moveDatabaseAside(this.paths.database, 'orphaned', this.clock.now())
    installDatabaseFile(preparedPath, this.paths.database)
    this.keys.write(header)
    this.openWith(Buffer.from(dataKey))
    return this.info()
  }

  /**
   * Only the key file is damaged and the database still opens with the key a backup's header
   * gives: put that header in place (the damaged one kept aside) and open. Nothing written since
   * the backup is lost. Caller holds the queue.
   */
  replaceHeader(header: VaultHeader, dataKey: Buffer): VaultInfo {
    moveFileAside(this.paths.header, 'damaged', this.clock.now())
    this.keys.write(header)
    this.openWith(Buffer.from(dataKey))
    return this.info()
  }

  /** False when the key file is damaged (the damaged screen then restores it from a backup). */
  headerReadable(): boolean {
    return this.keys.readable()
  }

  confirmRecoveryKeyStored(): VaultInfo {
    createVaultMetaQueries(this.database()).set('recovery_key_confirmed', '1')
    this.unconfirmedRecoveryKey = null
    return this.info()
  }

  /** The recovery key still waiting to be confirmed in this session, or null (see the field). */
  recoveryKeyToConfirm(): string | null {
    return this.open ? this.unconfirmedRecoveryKey : null
  }

  /** The current key header, as stored (backups embed it so they open on their own). */
  keyHeader(): VaultHeader {
    return this.keys.read()
  }

  /**
   * Closes the database and wipes the key, after any operation in progress (an unlock finishing
   * while the lid closes is locked right after). True if it closed an open vault.
   */
  lock(): Promise<boolean> {
    return this.operations.run(() => this.lockNow())
  }

  /**
   * Locks at once, never waiting behind work in progress: the app's every lock (the button,
   * idle, sleep, screen lock, quit) comes here. Operations in flight work on their own copy of
   * the key, so wiping it here cannot make them write a wrong key; one that was about to open
   * the vault leaves it closed (LOCKED). True if it closed an open vault.
   */
  lockNow(): boolean {
    this.unconfirmedRecoveryKey = null
    this.operations.noteLock()
    return this.close()
  }

  /** Closes the database and wipes the key. */
  private close(): boolean {
    const open = this.open
    if (!open) return false
    this.open = null
    try {
      closeEncryptedDatabase(open.db)
    } catch (error) {
      this.logger.error('checkpoint on lock failed', error)
    } finally {
      open.dataKey.fill(0)
      this.processLock.release()
    }
    this.logger.info('vault locked')
    return true
  }

  /**
   * What a new passphrase (or a PDF's password) must not be built on: Mend's own words and, while
   * the journal is open, its name and the names of the people in it.
   */
  ownWords(given: readonly string[] = []): string[] {
    return ownWords(given, this.open?.db ?? null)
  }

  info(): VaultInfo {
    return readVaultInfo(this.database(), this.paths.directory)
  }

  /** Opens the database with a verified key: integrity check, backup hook, migrations. Takes the key. */
  private openWith(dataKey: Buffer): void {
    try {
      this.operations.refuseIfLockedMeanwhile()
      this.processLock.acquire()
      const db = openVaultDatabase(this.paths, dataKey, {
        migrations: this.migrations,
        beforeMigration: this.beforeMigration,
        pageCheckMaxBytes: this.pageCheckMaxBytes,
        migration: {
          progress: (done, total) => this.migrationProgress?.(done, total),
          checkpoint: () => {
            if (this.signals.lockRequested()) throw stoppedByLock()
          },
        },
      })
      this.open = { db, dataKey }
      this.damaged = false
      this.removeInterruptedWrites()
    } catch (error) {
      dataKey.fill(0)
      this.processLock.release()
      if (error instanceof MendError && error.code === 'CORRUPT') this.damaged = true
      throw error
    }
  }

  /**
   * See KeyRing.strengthen: after an unlock or a restore, with the passphrase that opened it.
   * A failure costs nothing: the old slot still opens the vault. Caller holds the queue.
   */
  async strengthenPassphraseSlot(passphrase: string): Promise<void> {
    try {
      if (await this.withKeyCopy((dataKey) => this.keys.strengthen(dataKey, passphrase))) {
        this.logger.info('the passphrase slot was rewrapped at the current key-derivation cost')
      }
    } catch (error) {
      this.logger.warn(`could not raise the key-derivation cost: ${(error as Error).message}`)
    }
  }

  /** Best effort: a leftover that cannot be removed now is tried again at the next unlock. */
  private removeInterruptedWrites(): void {
    try {
      const removed = removeInterruptedWrites(this.paths.directory, this.paths.header)
      if (removed > 0) this.logger.info(`removed ${removed} files left by an interrupted restore or key change`)
    } catch (error) {
      this.logger.warn(`could not remove files left by an interrupted operation: ${(error as Error).message}`)
    }
  }

  /** Runs `work` with a copy of the open vault's key, wiped afterwards (see lockNow). */
  private async withKeyCopy<T>(work: (dataKey: Buffer) => Promise<T>): Promise<T> {
    const dataKey = Buffer.from(this.session().dataKey)
    try {
      return await work(dataKey)
    } finally {
      dataKey.fill(0)
    }
  }

  private ensureDirectory(): void {
    try {
      mkdirSync(this.paths.directory, { recursive: true, mode: 0o700 })
    } catch (error) {
      throw fileSystemError(error, 'create the journal folder', this.paths.directory)
    }
  }
}
