import { randomBytes, scrypt } from 'node:crypto'

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

export const KEY_BYTES = 32
export const SALT_BYTES = 16

export function newSalt(): Buffer {
  return randomBytes(SALT_BYTES)
}

/** Derives the key-encryption key from a passphrase. Async: runs on libuv's pool, not the UI thread. */
export function deriveKeyFromPassphrase(passphrase: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
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
