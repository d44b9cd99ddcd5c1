import { existsSync, mkdirSync, renameSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import { assessPassphrase, type VaultInfo, type VaultStatus } from '../../contract'
import { MendError, fileSystemError } from '../errors'
import { type Clock, type Logger, silentLogger, systemClock } from '../ports'
import { closeEncryptedDatabase, openEncryptedDatabase, type Db } from './encrypted-database'
import { DEFAULT_SCRYPT, KEY_BYTES, deriveKeyFromPassphrase, newSalt, type ScryptParams } from './key-derivation'
import { unwrapKey, wrapKey } from './key-wrap'
import { HEADER_FORMAT, HEADER_VERSION, readHeader, slotContext, writeHeader, type KeySlot } from './header-file'
import { LATEST_SCHEMA_VERSION, migrate, migrations as allMigrations, type Migration } from './migrations'
import { schemaVersion } from './migrations/runner'
import { createVaultMetaQueries } from './vault-meta.queries'
import { SerialQueue } from './serial-queue'
import { UnlockThrottle } from './unlock-throttle'
import { vaultPaths, type VaultPaths } from './vault-paths'

export interface VaultOptions {
  directory: string
  clock?: Clock
  logger?: Logger
  /** Tests lower the cost; the app always uses the default. */
  scrypt?: ScryptParams
  migrations?: readonly Migration[]
}

interface OpenVault {
  db: Db
  /** Kept only while unlocked (later features rewrap or rekey with it); zeroed on lock. */
  dataKey: Buffer
}

/**
 * The encrypted journal on disk: a SQLCipher database keyed with a random data key, and a
 * header file holding that key wrapped by the passphrase. Owns the open database while unlocked.
 */
export class Vault {
  readonly paths: VaultPaths
  private readonly clock: Clock
  private readonly logger: Logger
  private readonly scrypt: ScryptParams
  private readonly migrations: readonly Migration[]
  private readonly throttle: UnlockThrottle
  private readonly queue = new SerialQueue()
  private open: OpenVault | null = null

  constructor(options: VaultOptions) {
    this.paths = vaultPaths(options.directory)
    this.clock = options.clock ?? systemClock
    this.logger = options.logger ?? silentLogger
    this.scrypt = options.scrypt ?? DEFAULT_SCRYPT
    this.migrations = options.migrations ?? allMigrations
    this.throttle = new UnlockThrottle(this.paths.throttle, this.clock, this.logger)
  }

  get isUnlocked(): boolean {
    return this.open !== null
  }

  status(): VaultStatus {
    if (this.open) return { state: 'unlocked', retryAfterMs: 0 }
    // The header is written last at creation, so its presence is what makes a vault exist.
    if (!existsSync(this.paths.header)) return { state: 'none', retryAfterMs: 0 }
    return { state: 'locked', retryAfterMs: this.throttle.retryAfterMs() }
  }

  /** The open database; LOCKED otherwise. Feature modules take it from here. */
  database(): Db {
    if (!this.open) throw new MendError('LOCKED', 'The journal is locked.')
    return this.open.db
  }

  create(passphrase: string, displayName?: string): Promise<VaultInfo> {
    return this.queue.run(async () => {
      if (existsSync(this.paths.header)) {
        throw new MendError('VAULT_EXISTS', `A journal already exists in ${this.paths.directory}.`)
      }
      const assessment = assessPassphrase(passphrase)
      if (!assessment.acceptable) {
        throw new MendError('INVALID_INPUT', assessment.problem ?? 'Choose a stronger passphrase.', {
          field: 'passphrase',
        })
      }
      this.ensureDirectory()
      this.setAsideOrphanedDatabase()

      const dataKey = randomBytes(KEY_BYTES)
      const salt = newSalt()
      const kek = await deriveKeyFromPassphrase(passphrase, salt, this.scrypt)
      const slot: KeySlot = {
        kind: 'passphrase',
        kdf: { name: 'scrypt', ...this.scrypt, salt: salt.toString('base64') },
        wrappedKey: wrapKey(dataKey, kek, slotContext('passphrase')),
      }
      kek.fill(0)

      const db = openEncryptedDatabase(this.paths.database, dataKey, { create: true })
      try {
        migrate(db, this.migrations)
        const meta = createVaultMetaQueries(db)
        db.transaction(() => {
          meta.set('created_at', new Date(this.clock.now()).toISOString())
          if (displayName) meta.set('display_name', displayName)
        })()
        // The header is the commit point: before it exists, there is no vault.
        writeHeader(this.paths.header, {
          format: HEADER_FORMAT,
          version: HEADER_VERSION,
          cipher: 'sqlcipher-4',
          keySlots: [slot],
        })
      } catch (error) {
        db.close()
        dataKey.fill(0)
        throw error
      }
      this.open = { db, dataKey }
      this.logger.info('vault created')
      return this.info()
    })
  }

  unlock(passphrase: string): Promise<VaultInfo> {
    return this.queue.run(async () => {
      if (!existsSync(this.paths.header)) throw new MendError('NO_VAULT', 'There is no journal here yet.')
      const wait = this.throttle.retryAfterMs()
      if (wait > 0) {
        throw new MendError('TOO_MANY_ATTEMPTS', `Please wait ${Math.ceil(wait / 1000)} s before trying again.`, {
          retryAfterMs: wait,
        })
      }
      const header = readHeader(this.paths.header)
      const dataKey = await this.unwrapWithPassphrase(header.keySlots, passphrase)
      if (!dataKey) {
        const retryAfterMs = this.throttle.recordFailure()
        this.logger.info('unlock failed: wrong passphrase')
        throw new MendError('WRONG_PASSPHRASE', 'That passphrase is not right.', { retryAfterMs })
      }
      this.throttle.recordSuccess()
      if (this.open) {
        // Already open: the passphrase was still checked, but nothing is reopened.
        dataKey.fill(0)
        return this.info()
      }
      let db: Db
      try {
        db = openEncryptedDatabase(this.paths.database, dataKey, { create: false })
      } catch (error) {
        dataKey.fill(0)
        throw error
      }
      try {
        // Creation migrates before the header exists, so a vault with a header is never at 0.
        if (schemaVersion(db) === 0) {
          throw new MendError('CORRUPT', `The journal database in ${this.paths.directory} is empty or damaged.`)
        }
        migrate(db, this.migrations)
      } catch (error) {
        db.close()
        dataKey.fill(0)
        throw error
      }
      this.open = { db, dataKey }
      this.logger.info('vault unlocked')
      return this.info()
    })
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

  private async unwrapWithPassphrase(slots: readonly KeySlot[], passphrase: string): Promise<Buffer | null> {
    for (const slot of slots) {
      if (slot.kind !== 'passphrase') continue
      const { N, r, p, salt } = slot.kdf
      const kek = await deriveKeyFromPassphrase(passphrase, Buffer.from(salt, 'base64'), { N, r, p })
      const dataKey = unwrapKey(slot.wrappedKey, kek, slotContext(slot.kind))
      kek.fill(0)
      if (dataKey) return dataKey
    }
    return null
  }

  private ensureDirectory(): void {
    try {
      mkdirSync(this.paths.directory, { recursive: true, mode: 0o700 })
    } catch (error) {
      throw fileSystemError(error, 'create the journal folder', this.paths.directory)
    }
  }

  /**
   * A database without a header is left from a creation that crashed before its key was saved;
   * nothing can open it. Move it aside rather than delete: we never destroy a user's file.
   */
  private setAsideOrphanedDatabase(): void {
    if (!existsSync(this.paths.database)) return
    const stamp = new Date(this.clock.now()).toISOString().replace(/[:.]/g, '-')
    for (const suffix of ['', '-wal', '-shm']) {
      const from = this.paths.database + suffix
      if (existsSync(from)) renameSync(from, `${this.paths.database}.orphaned-${stamp}${suffix}`)
    }
    this.logger.warn('set aside a database without a key header')
  }
}

export { LATEST_SCHEMA_VERSION }
