import { describe, expect, it } from 'vitest'
import {
  DEFAULT_SCRYPT,
  KEY_BYTES,
  SALT_BYTES,
  deriveKeyFromPassphrase,
  newSalt,
} from '../../../../electron/core/vault/key-derivation'
import { FAST_SCRYPT, GOOD_PASSPHRASE } from '../../../helpers/temp-vault'

describe('key derivation (scrypt)', () => {
  const salt = Buffer.alloc(SALT_BYTES, 1)

  it('derives a 32-byte key, the same each time for the same passphrase and salt', async () => {
    const a = await deriveKeyFromPassphrase(GOOD_PASSPHRASE, salt, FAST_SCRYPT)
    const b = await deriveKeyFromPassphrase(GOOD_PASSPHRASE, salt, FAST_SCRYPT)
    expect(a).toHaveLength(KEY_BYTES)
    expect(a).toEqual(b)
  })

  it('derives different keys for another passphrase, salt or cost', async () => {
    const base = await deriveKeyFromPassphrase(GOOD_PASSPHRASE, salt, FAST_SCRYPT)
    const otherPassphrase = await deriveKeyFromPassphrase(`${GOOD_PASSPHRASE}!`, salt, FAST_SCRYPT)
    const otherSalt = await deriveKeyFromPassphrase(GOOD_PASSPHRASE, Buffer.alloc(SALT_BYTES, 2), FAST_SCRYPT)
    const otherCost = await deriveKeyFromPassphrase(GOOD_PASSPHRASE, salt, { ...FAST_SCRYPT, N: FAST_SCRYPT.N * 2 })
    for (const other of [otherPassphrase, otherSalt, otherCost]) expect(other.equals(base)).toBe(false)
  })

  it('treats composed and decomposed Unicode as the same passphrase', async () => {
    const composed = await deriveKeyFromPassphrase('Ångström café', salt, FAST_SCRYPT)
    const decomposed = await deriveKeyFromPassphrase('Ångström café'.normalize('NFD'), salt, FAST_SCRYPT)
    expect(decomposed).toEqual(composed)
  })

  it('gives random 16-byte salts', () => {
    const a = newSalt()
    expect(a).toHaveLength(SALT_BYTES)
    expect(a.equals(newSalt())).toBe(false)
  })

  it('uses the expensive default cost (N = 2^17, r = 8) for the app', () => {
    expect(DEFAULT_SCRYPT).toEqual({ N: 2 ** 17, r: 8, p: 1 })
  })

  it('can run the default cost (the memory limit is raised enough)', async () => {
    const key = await deriveKeyFromPassphrase(GOOD_PASSPHRASE, salt, DEFAULT_SCRYPT)
    expect(key).toHaveLength(KEY_BYTES)
  })

  it('rejects (does not hang) on impossible parameters', async () => {
    await expect(deriveKeyFromPassphrase(GOOD_PASSPHRASE, salt, { N: 3, r: 8, p: 1 })).rejects.toThrow()
  })
})
