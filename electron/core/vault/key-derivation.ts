import { randomBytes, scrypt } from 'node:crypto'
import { MendError } from '../errors'

/** scrypt cost parameters, stored beside the salt so that later versions can raise them. */
export interface ScryptParams {
  N: number
  r: number
  p: number
}

/**
 * N = 2^17, r = 8 costs about 0.5 s and 128 MiB on a modest laptop: slow enough to make each
 * guess of a stolen header expensive, fast enough not to annoy at every unlock.
 */
export const DEFAULT_SCRYPT: ScryptParams = { N: 2 ** 17, r: 8, p: 1 }

/**
 * The settings a key header may carry: what Mend writes, and nothing else. The cost is set by the
 * header, so a header from someone else (a backup sent by mail opens by double-click) could ask
 * for gigabytes and minutes before any passphrase is checked. r and p are fixed; N may grow up to
 * 2^20 (1 GiB, a few seconds) as machines get faster, and never drops below today's 2^17.
 */
export interface ScryptPolicy {
  minN: number
  maxN: number
}

export const MIN_SCRYPT_N = 2 ** 17
export const MAX_SCRYPT_N = 2 ** 20
const SCRYPT_R = 8
const SCRYPT_P = 1

/**
 * The policy of a Mend that writes `write`. Tests write a cheap cost and so accept it (the floor
 * follows it down, or to `floorN`); the app writes the default and accepts only 2^17..2^20.
 */
export function scryptPolicy(write: ScryptParams, floorN?: number): ScryptPolicy {
  return { minN: floorN ?? Math.min(MIN_SCRYPT_N, write.N), maxN: MAX_SCRYPT_N }
}

export function isPowerOfTwo(n: number): boolean {
  return Number.isSafeInteger(n) && n > 1 && (n & (n - 1)) === 0
}

/** Whether `params` are ones this Mend writes or reads. */
export function scryptAllowed(params: ScryptParams, policy: ScryptPolicy): boolean {
  return (
    params.r === SCRYPT_R &&
    params.p === SCRYPT_P &&
    isPowerOfTwo(params.N) &&
    params.N >= policy.minN &&
    params.N <= policy.maxN
  )
}

export const KEY_BYTES = 32
export const SALT_BYTES = 16

export function newSalt(): Buffer {
  return randomBytes(SALT_BYTES)
}

/**
 * Derives the key-encryption key from a passphrase. Async: runs on libuv's pool, not the UI thread.
 * Headers are checked against the policy when read; this refuses anything past the absolute
 * limits once more, so no path can reach scrypt with a hostile cost.
 */
export function deriveKeyFromPassphrase(passphrase: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  if (!scryptAllowed(params, { minN: 2, maxN: MAX_SCRYPT_N })) {
    return Promise.reject(new MendError('CORRUPT', 'The key settings are not ones Mend uses.'))
  }
  // NFC so that the same passphrase typed on another OS or keyboard layout derives the same key.
  const normalized = Buffer.from(passphrase.normalize('NFC'), 'utf8')
  const maxmem = 128 * params.N * params.r * params.p + 32 * 1024 * 1024
  return new Promise((resolve, reject) => {
    scrypt(normalized, salt, KEY_BYTES, { ...params, maxmem }, (error, key) => {
      normalized.fill(0)
      if (error) reject(error)
      else resolve(key)
    })
  })
}
