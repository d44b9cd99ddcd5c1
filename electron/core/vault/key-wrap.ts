import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'

/** A data key encrypted with AES-256-GCM under a key-encryption key. Fields are base64. */
export interface WrappedKey {
  iv: string
  tag: string
  data: string
}

const IV_BYTES = 12
const TAG_BYTES = 16

/**
 * `context` is bound as additional authenticated data, so a wrapped key cannot be moved to
 * another slot or header version without failing authentication.
 */
export function wrapKey(dataKey: Buffer, kek: Buffer, context: string): WrappedKey {
  const iv = randomBytes(IV_BYTES)
  const cipher = createCipheriv('aes-256-gcm', kek, iv)
  cipher.setAAD(Buffer.from(context, 'utf8'))
  const data = Buffer.concat([cipher.update(dataKey), cipher.final()])
  return { iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64'), data: data.toString('base64') }
}

/** Returns the data key, or null when the key-encryption key is wrong (authentication fails). */
export function unwrapKey(wrapped: WrappedKey, kek: Buffer, context: string): Buffer | null {
  const iv = Buffer.from(wrapped.iv, 'base64')
  const tag = Buffer.from(wrapped.tag, 'base64')
  // GCM accepts shortened tags; a header edited to carry one would authenticate far less.
  if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) return null
  let head: Buffer | null = null
  try {
    const decipher = createDecipheriv('aes-256-gcm', kek, iv, { authTagLength: TAG_BYTES })
    decipher.setAAD(Buffer.from(context, 'utf8'))
    decipher.setAuthTag(tag)
    head = decipher.update(Buffer.from(wrapped.data, 'base64'))
    const tail = decipher.final()
    // GCM hands the whole plaintext out of update(): that buffer is the key the caller wipes.
    // Joining it with final()'s (empty) output would leave an unwiped copy behind.
    if (tail.length === 0) return head
    const dataKey = Buffer.concat([head, tail])
    head.fill(0)
    tail.fill(0)
    return dataKey
  } catch {
    // Unauthenticated output (a wrong key, a changed header) is wiped too: it is never used.
    head?.fill(0)
    return null
  }
}
