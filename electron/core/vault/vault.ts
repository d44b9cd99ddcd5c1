import { mkdirSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import { assessPassphrase, type VaultInfo, type VaultStatus } from '../../contract'
import { MendError, fileSystemError } from '../errors'
import { type Clock, type Logger, silentLogger, systemClock } from '../ports'
import { installDatabaseFile, moveDatabaseAside, moveSideFilesAside } from './database-files'
import { closeEncryptedDatabase, openEncryptedDatabase, type Db } from './encrypted-database'
import { DEFAULT_SCRYPT, KEY_BYTES, type ScryptParams } from './key-derivation'
import type { VaultHeader } from './header-file'
import { KeyRing } from './key-ring'
import type { VaultSecret } from './key-slots'
import { LATEST_SCHEMA_VERSION, migrate, migrations as allMigrations, type Migration } from './migrations'
import { schemaVersion } from './migrations/runner'
import { checkIntegrity } from './integrity'
import { parseRecoveryKey } from './recovery-key'
import { SerialQueue } from './serial-queue'
import { UnlockThrottle } from './unlock-throttle'
import { createVaultMetaQueries } from './vault-meta.queries'
import { vaultPaths, type VaultPaths } from './vault-paths'

export interface VaultOptions {
  directory: string
  clock?: Clock
  logger?: Logger
  /** Tests lower the cost; the app always uses the default. */
  scrypt?: ScryptParams
  migrations?: readonly Migration[]
}

/** What a feature module gets while the vault is open. */
export interface OpenVault {
  db: Db
  /** Kept only while unlocked (backups verify copies with it); zeroed on lock. */
  dataKey: Buffer
}

/** Runs with the open database before pending migrations (the backup service hooks in here). */
export type BeforeMigration = (open: OpenVault, from: number, to: number) => void

function requireAcceptable(passphrase: string, field: string): void {
  const assessment = assessPassphrase(passphrase)
  if (!assessment.acceptable) {
    throw new MendError('INVALID_INPUT', assessment.problem ?? 'Choose a stronger passphrase.', { field })
  }
}

/**
 * The encrypted journal on disk: a SQLCipher database keyed with a random data key, and a header
 * file holding that key wrapped by the passphrase and by the recovery key. Owns the open database
 * while unlocked. Operations run one at a time.
 */
export class Vault {
  readonly paths: VaultPaths
  readonly clock: Clock
  private readonly logger: Logger
  private readonly migrations: readonly Migration[]
  private readonly keys: KeyRing
  private readonly throttle: UnlockThrottle
  private readonly queue = new SerialQueue()
  private open: OpenVault | null = null
  /** Set when the key was right but the database would not open: the app shows the damaged screen. */
  private damaged = false
  beforeMigration: BeforeMigration | null = null

  constructor(options: VaultOptions) {
    this.paths = vaultPaths(options.directory)
    this.clock = options.clock ?? systemClock
    this.logger = options.logger ?? silentLogger
    this.migrations = options.migrations ?? allMigrations
    this.throttle = new UnlockThrottle(this.paths.throttle, this.clock, this.logger)
    this.keys = new KeyRing(this.paths.header, options.scrypt ?? DEFAULT_SCRYPT, this.throttle, this.logger)
  }

  /** The schema version this Mend migrates to; a database above it is from a newer Mend. */
  get latestSchemaVersion(): number {
    return this.migrations.at(-1)?.version ?? 0
  }

  get isUnlocked(): boolean {
    return this.open !== null
  }

  status(): VaultStatus {
    const location = this.paths.directory
    if (this.open) return { state: 'unlocked', retryAfterMs: 0, location }
    // The header is written last at creation, so its presence is what makes a vault exist.
    if (!this.keys.exists()) return { state: 'none', retryAfterMs: 0, location }
    return { state: this.damaged ? 'damaged' : 'locked', retryAfterMs: this.throttle.retryAfterMs(), location }
  }

  /** The open database and key; LOCKED otherwise. Feature modules take it from here. */
  session(): OpenVault {
    if (!this.open) throw new MendError('LOCKED', 'The journal is locked.')
    return this.open
  }

  database(): Db {
    return this.session().db
  }

  /** Runs `work` after any vault operation in progress, and before the next one. */
  exclusive<T>(work: () => T | Promise<T>): Promise<T> {
    return this.queue.run(work)
  }

  create(passphrase: string, displayName?: string): Promise<{ info: VaultInfo; recoveryKey: string }> {
    return this.queue.run(async () => {
      if (this.keys.exists())
        throw new MendError('VAULT_EXISTS', `A journal already exists in ${this.paths.directory}.`)
      requireAcceptable(passphrase, 'passphrase')
      this.ensureDirectory()
      if (moveDatabaseAside(this.paths.database, 'orphaned', this.clock.now())) {
        this.logger.warn('set aside a database without a key header')
      }
      const dataKey = randomBytes(KEY_BYTES)
      const { header, recoveryKey } = await this.keys.seal(dataKey, passphrase)
      const db = openEncryptedDatabase(this.paths.database, dataKey, { create: true })
      try {
        migrate(db, this.migrations)
        const meta = createVaultMetaQueries(db)
        db.transaction(() => {
          meta.set('created_at', new Date(this.clock.now()).toISOString())
          if (displayName) meta.set('display_name', displayName)
        })()
        // The header is the commit point: before it exists, there is no vault.
        this.keys.write(header)
      } catch (error) {
        db.close()
        dataKey.fill(0)
        throw error
      }
      this.open = { db, dataKey }
      this.damaged = false
      this.logger.info('vault created')
      return { info: this.info(), recoveryKey }
    })
  }

  unlock(passphrase: string): Promise<VaultInfo> {
    return this.queue.run(async () => {
      const dataKey = await this.unwrap({ kind: 'passphrase', passphrase })
      if (this.open) {
        // Already open: the passphrase was still checked, but nothing is reopened.
        dataKey.fill(0)
        return this.info()
      }
      this.openWith(dataKey)
      this.logger.info('vault unlocked')
      return this.info()
    })
  }

  /** Forgotten passphrase: the recovery key opens the vault and a new passphrase replaces the old. */
  recover(recoveryKey: string, newPassphrase: string): Promise<VaultInfo> {
    return this.queue.run(async () => {
      const recovery = parseRecoveryKey(recoveryKey)
      requireAcceptable(newPassphrase, 'newPassphrase')
      const dataKey = await this.unwrap({ kind: 'recovery', recoveryKey: recovery })
      recovery.fill(0)
      try {
        await this.keys.setPassphrase(dataKey, newPassphrase)
      } catch (error) {
        dataKey.fill(0)
        throw error
      }
      if (this.open) dataKey.fill(0)
      else this.openWith(dataKey)
      this.logger.info('vault recovered with the recovery key; passphrase replaced')
      return this.info()
    })
  }

  changePassphrase(currentPassphrase: string, newPassphrase: string): Promise<void> {
    return this.queue.run(async () => {
      const open = this.session()
      requireAcceptable(newPassphrase, 'newPassphrase')
      await this.confirmPassphrase(currentPassphrase, open)
      await this.keys.setPassphrase(open.dataKey, newPassphrase)
      this.logger.info('passphrase changed')
    })
  }

  /** A new recovery key; the old one stops working. Returns the new key, to be shown once. */
  rotateRecoveryKey(passphrase: string): Promise<string> {
    return this.queue.run(async () => {
      const open = this.session()
      await this.confirmPassphrase(passphrase, open)
      const recoveryKey = await this.keys.rotateRecoveryKey(open.dataKey)
      this.logger.info('recovery key replaced')
      return recoveryKey
    })
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
  installDatabase(preparedPath: string, dataKey: Buffer, current: 'replace' | 'set-aside'): VaultInfo {
    this.ensureDirectory()
    this.lockNow()
    if (current === 'set-aside') moveDatabaseAside(this.paths.database, 'damaged', this.clock.now())
    else moveSideFilesAside(this.paths.database, this.clock.now())
    installDatabaseFile(preparedPath, this.paths.database)
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

  /** The current key header, as stored (backups embed it so they open on their own). */
  keyHeader(): VaultHeader {
    return this.keys.read()
  }

  /** Closes the database and wipes the key. Safe to call when already locked. */
  lock(): Promise<void> {
    return this.queue.run(() => this.lockNow())
  }

  /** Synchronous lock for shutdown paths that cannot wait (before-quit, a crash handler). */
  lockNow(): void {
    const open = this.open
    if (!open) return
    this.open = null
    try {
      closeEncryptedDatabase(open.db)
    } catch (error) {
      this.logger.error('checkpoint on lock failed', error)
    } finally {
      open.dataKey.fill(0)
    }
    this.logger.info('vault locked')
  }

  info(): VaultInfo {
    const db = this.database()
    const meta = createVaultMetaQueries(db)
    return {
      location: this.paths.directory,
      createdAt: meta.get('created_at') ?? new Date(0).toISOString(),
      displayName: meta.get('display_name'),
      schemaVersion: schemaVersion(db),
    }
  }

  /** Opens the database with a verified key: integrity check, backup hook, migrations. Takes the key. */
  private openWith(dataKey: Buffer): void {
    let db: Db
    try {
      db = openEncryptedDatabase(this.paths.database, dataKey, { create: false })
    } catch (error) {
      dataKey.fill(0)
      if (error instanceof MendError && error.code === 'CORRUPT') this.damaged = true
      throw error
    }
    try {
      checkIntegrity(db, this.paths.directory)
      const from = schemaVersion(db)
      const to = this.migrations.at(-1)?.version ?? 0
      if (from < to) this.beforeMigration?.({ db, dataKey }, from, to)
      migrate(db, this.migrations)
    } catch (error) {
      db.close()
      dataKey.fill(0)
      if (error instanceof MendError && error.code === 'CORRUPT') this.damaged = true
      throw error
    }
    this.open = { db, dataKey }
    this.damaged = false
  }

  private async confirmPassphrase(passphrase: string, open: OpenVault): Promise<void> {
    const checked = await this.keys.unwrap({ kind: 'passphrase', passphrase })
    const same = checked.equals(open.dataKey)
    checked.fill(0)
    if (!same) throw new MendError('WRONG_PASSPHRASE', 'That passphrase is not right.')
  }

  private ensureDirectory(): void {
    try {
      mkdirSync(this.paths.directory, { recursive: true, mode: 0o700 })
    } catch (error) {
      throw fileSystemError(error, 'create the journal folder', this.paths.directory)
    }
  }
}

export { LATEST_SCHEMA_VERSION }
