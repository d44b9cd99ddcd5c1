import type * as nodeCrypto from 'node:crypto'
import { randomBytes } from 'node:crypto'
import { afterEach, describe, expect, it, vi } from 'vitest'

/**
 * Every buffer the decipher hands back while unwrapping, kept to look at afterwards: the
 * plaintext data key must live only in the one buffer the caller gets (and later wipes).
 */
const handedOut: Buffer[] = []

vi.mock('node:crypto', async (importOriginal) => {
  const real = await importOriginal<typeof nodeCrypto>()
  return {
    ...real,
    createDecipheriv: (...args: Parameters<typeof real.createDecipheriv>) => {
      const decipher = real.createDecipheriv(...args)
      const update = decipher.update.bind(decipher) as (data: Buffer) => Buffer
      const final = decipher.final.bind(decipher) as () => Buffer
      return Object.assign(decipher, {
        update: (data: Buffer) => {
          const out = update(data)
          handedOut.push(out)
          return out
        },
        final: () => {
          const out = final()
          handedOut.push(out)
          return out
        },
      })
    },
  }
})

const { unwrapKey, wrapKey } = await import('../../../../electron/core/vault/key-wrap')

const CONTEXT = 'mend-vault-header/v1/passphrase'

function holdsKey(buffer: Buffer, key: Buffer): boolean {
  return buffer.length > 0 && buffer.indexOf(key.subarray(0, 16)) >= 0
}

describe('unwrapping leaves no copy of the data key behind', () => {
  afterEach(() => {
    handedOut.length = 0
  })

  it('only the returned buffer holds the key; wiping it leaves the key nowhere', () => {
    const dataKey = randomBytes(32)
    const kek = randomBytes(32)
    const unwrapped = unwrapKey(wrapKey(dataKey, kek, CONTEXT), kek, CONTEXT)
    expect(unwrapped?.equals(dataKey)).toBe(true)
    const copies = handedOut.filter((buffer) => buffer !== unwrapped && holdsKey(buffer, dataKey))
    expect(copies).toEqual([])
    unwrapped?.fill(0)
    expect(handedOut.some((buffer) => holdsKey(buffer, dataKey))).toBe(false)
  })

  it('a failed unwrap (wrong key) wipes what the decipher produced', () => {
    const dataKey = randomBytes(32)
    const wrapped = wrapKey(dataKey, randomBytes(32), CONTEXT)
    expect(unwrapKey(wrapped, randomBytes(32), CONTEXT)).toBeNull()
    expect(handedOut.filter((buffer) => buffer.some((byte) => byte !== 0))).toEqual([])
  })
})
