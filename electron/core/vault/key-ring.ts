import { existsSync } from 'node:fs'
import { MendError } from '../errors'
import type { Logger } from '../ports'
import { HEADER_FORMAT, HEADER_VERSION, readHeader, writeHeader, type VaultHeader } from './header-file'
import type { ScryptParams, ScryptPolicy } from './key-derivation'
import { openSlots, sealSlot, withSlot, type VaultSecret } from './key-slots'
import { formatRecoveryKey, newRecoveryKey } from './recovery-key'
import type { UnlockThrottle } from './unlock-throttle'

/**
 * The vault's header file seen as a key ring: it turns a secret into the data key (throttled)
 * and rewraps the data key under new secrets. Rewrapping rewrites only the small header, by
 * write-temp + fsync + rename, so a crash leaves the old or the new header, never neither.
 */
export class KeyRing {
  constructor(
    private readonly headerPath: string,
    private readonly scrypt: ScryptParams,
    private readonly policy: ScryptPolicy,
    private readonly throttle: UnlockThrottle,
    private readonly logger: Logger,
  ) {}

  exists(): boolean {
    return existsSync(this.headerPath)
  }

  read(): VaultHeader {
    return readHeader(this.headerPath, this.policy)
  }

  /** False when the header file is damaged (a newer format counts as readable: unlock explains). */
  readable(): boolean {
    try {
      this.read()
      return true
    } catch (error) {
      return !(error instanceof MendError && error.code === 'CORRUPT')
    }
  }

  /** A new header for `dataKey`, with a passphrase slot and a recovery slot. Not yet written. */
  async seal(dataKey: Buffer, passphrase: string): Promise<{ header: VaultHeader; recoveryKey: string }> {
    const recovery = newRecoveryKey()
    const slots = [
      await sealSlot(dataKey, { kind: 'passphrase', passphrase }, this.scrypt),
      await sealSlot(dataKey, { kind: 'recovery', recoveryKey: recovery }, this.scrypt),
    ]
    const recoveryKey = formatRecoveryKey(recovery)
    recovery.fill(0)
    return {
      header: { format: HEADER_FORMAT, version: HEADER_VERSION, cipher: 'sqlcipher-4', keySlots: slots },
      recoveryKey,
    }
  }

  write(header: VaultHeader): void {
    writeHeader(this.headerPath, header)
  }

  /**
   * The data key, if `secret` opens the vault. Wrong secrets are counted: each failure makes the
   * next attempt wait longer, across restarts.
   */
  async unwrap(secret: VaultSecret, header: VaultHeader = this.read()): Promise<Buffer> {
    const dataKey = await this.attempt(
      () => openSlots(header.keySlots, secret),
      (retryAfterMs) => {
        this.logger.info(`unlock failed: wrong ${secret.kind === 'passphrase' ? 'passphrase' : 'recovery key'}`)
        if (secret.kind === 'recovery') {
          return new MendError('WRONG_RECOVERY_KEY', 'That recovery key does not open this journal.', { retryAfterMs })
        }
        return new MendError('WRONG_PASSPHRASE', 'That passphrase is not right.', { retryAfterMs })
      },
    )
    this.throttle.recordSuccess()
    return dataKey
  }

  /**
   * One guess of a secret, against this vault's header or any other (a backup's): refused while
   * the throttle says wait, and a failure (null) counted and answered with `wrong`. Every test of
   * a passphrase goes through here, so no way around the backoff is left open. A success against
   * another header does not reset the count (see unwrap for this vault's own).
   */
  async attempt<T>(guess: () => Promise<T | null>, wrong: (retryAfterMs: number) => MendError): Promise<T> {
    const wait = this.throttle.retryAfterMs()
    if (wait > 0) {
      throw new MendError('TOO_MANY_ATTEMPTS', `Please wait ${Math.ceil(wait / 1000)} s before trying again.`, {
        retryAfterMs: wait,
      })
    }
    const result = await guess()
    if (result === null) throw wrong(this.throttle.recordFailure())
    return result
  }

  /**
   * Rewraps the data key under a new passphrase; the recovery key keeps working. With
   * `confirm`, the current passphrase is checked first, derived in parallel with the new one so
   * the change costs one key derivation of wall time rather than two.
   */
  async setPassphrase(dataKey: Buffer, passphrase: string, confirm?: string): Promise<void> {
    const header = this.read()
    const [slot] = await Promise.all([
      sealSlot(dataKey, { kind: 'passphrase', passphrase }, this.scrypt),
      confirm === undefined ? null : this.confirm(dataKey, confirm, header),
    ])
    this.write({ ...header, keySlots: withSlot(header.keySlots, slot) })
  }

  /** WRONG_PASSPHRASE unless `passphrase` opens this header to this very data key. Throttled. */
  async confirm(dataKey: Buffer, passphrase: string, header: VaultHeader = this.read()): Promise<void> {
    const checked = await this.unwrap({ kind: 'passphrase', passphrase }, header)
    const same = checked.equals(dataKey)
    checked.fill(0)
    if (!same) throw new MendError('WRONG_PASSPHRASE', 'That passphrase is not right.')
  }

  /**
   * After an unlock: a passphrase slot written with less cost than this Mend writes (an older
   * Mend, a restored backup) is rewrapped at today's cost, so weak settings never stay for good.
   * True if it rewrote the key file. Takes the passphrase that just opened the vault.
   */
  async strengthen(dataKey: Buffer, passphrase: string): Promise<boolean> {
    const header = this.read()
    const slot = header.keySlots.find((candidate) => candidate.kind === 'passphrase')
    if (!slot || slot.kind !== 'passphrase' || slot.kdf.N >= this.scrypt.N) return false
    const stronger = await sealSlot(dataKey, { kind: 'passphrase', passphrase }, this.scrypt)
    this.write({ ...header, keySlots: withSlot(header.keySlots, stronger) })
    return true
  }

  /** Replaces the recovery slot: the old recovery key stops working at once. */
  async rotateRecoveryKey(dataKey: Buffer): Promise<string> {
    const header = this.read()
    const recovery = newRecoveryKey()
    const slot = await sealSlot(dataKey, { kind: 'recovery', recoveryKey: recovery }, this.scrypt)
    this.write({ ...header, keySlots: withSlot(header.keySlots, slot) })
    const text = formatRecoveryKey(recovery)
    recovery.fill(0)
    return text
  }
}
