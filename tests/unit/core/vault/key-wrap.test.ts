import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { unwrapKey, wrapKey, type WrappedKey } from '../../../../electron/core/vault/key-wrap'

const CONTEXT = 'mend-vault-header/v1/passphrase'

describe('key wrap (AES-256-GCM)', () => {
  const dataKey = randomBytes(32)
  const kek = randomBytes(32)

  it('unwraps to the same data key with the right key and context', () => {
    const wrapped = wrapKey(dataKey, kek, CONTEXT)
    expect(unwrapKey(wrapped, kek, CONTEXT)).toEqual(dataKey)
  })

  it('does not contain the data key in the clear', () => {
    const wrapped = wrapKey(dataKey, kek, CONTEXT)
    expect(Buffer.from(wrapped.data, 'base64').equals(dataKey)).toBe(false)
    expect(JSON.stringify(wrapped)).not.toContain(dataKey.toString('base64'))
  })

  it('uses a fresh IV each time, so wrapping the same key twice differs', () => {
    const a = wrapKey(dataKey, kek, CONTEXT)
    const b = wrapKey(dataKey, kek, CONTEXT)
    expect(a.iv).not.toBe(b.iv)
    expect(a.data).not.toBe(b.data)
  })

  it('returns null for a wrong key-encryption key', () => {
    const wrapped = wrapKey(dataKey, kek, CONTEXT)
    expect(unwrapKey(wrapped, randomBytes(32), CONTEXT)).toBeNull()
  })

  it('returns null when the context (AAD) differs', () => {
    const wrapped = wrapKey(dataKey, kek, CONTEXT)
    expect(unwrapKey(wrapped, kek, 'mend-vault-header/v2/passphrase')).toBeNull()
    expect(unwrapKey(wrapped, kek, '')).toBeNull()
  })

  it.each<[string, (w: WrappedKey) => WrappedKey]>([
    ['a flipped ciphertext byte', (w) => ({ ...w, data: flipFirstByte(w.data) })],
    ['a flipped tag byte', (w) => ({ ...w, tag: flipFirstByte(w.tag) })],
    ['another IV', (w) => ({ ...w, iv: randomBytes(12).toString('base64') })],
    ['a truncated tag', (w) => ({ ...w, tag: Buffer.from(w.tag, 'base64').subarray(0, 4).toString('base64') })],
    ['an empty tag', (w) => ({ ...w, tag: '' })],
  ])('returns null (never throws) for %s', (_label, tamper) => {
    const wrapped = tamper(wrapKey(dataKey, kek, CONTEXT))
    expect(unwrapKey(wrapped, kek, CONTEXT)).toBeNull()
  })

  it('returns null for a key-encryption key of the wrong length instead of throwing', () => {
    const wrapped = wrapKey(dataKey, kek, CONTEXT)
    expect(unwrapKey(wrapped, randomBytes(16), CONTEXT)).toBeNull()
  })
})

function flipFirstByte(base64: string): string {
  const bytes = Buffer.from(base64, 'base64')
  bytes[0] = (bytes[0] ?? 0) ^ 0xff
  return bytes.toString('base64')
}
