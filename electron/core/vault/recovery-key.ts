import { randomBytes } from 'node:crypto'
import { MendError } from '../errors'

/**
 * The recovery key: 160 random bits shown once as 32 base32 characters in groups of four
 * (ABCD-EFGH-...). So much entropy needs no slow KDF; the format forgives case, spaces and the
 * usual misreadings (0/O, 1/I, 8/B) because people copy it from paper.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
export const RECOVERY_KEY_BYTES = 20
// Only characters outside the alphabet may be read as lookalikes. L is itself a base32 letter:
// reading it as I (as an earlier version did) broke every key that contains an L.
const LOOKALIKES: Record<string, string> = { '0': 'O', '1': 'I', '8': 'B' }

export function newRecoveryKey(): Buffer {
  return randomBytes(RECOVERY_KEY_BYTES)
}

export function formatRecoveryKey(bytes: Buffer): string {
  let bits = 0
  let value = 0
  let text = ''
  for (const byte of bytes) {
    value = (value << 8) | byte
    bits += 8
    while (bits >= 5) {
      text += ALPHABET[(value >>> (bits - 5)) & 31]
      bits -= 5
    }
  }
  return (text.match(/.{1,4}/g) ?? []).join('-')
}

/** Reads a typed or pasted recovery key; INVALID_INPUT (field recoveryKey) when it cannot be one. */
export function parseRecoveryKey(text: string): Buffer {
  const cleaned = Array.from(text.toUpperCase().replace(/[\s-]/g, ''))
    .map((ch) => LOOKALIKES[ch] ?? ch)
    .join('')
  if (cleaned.length !== 32 || [...cleaned].some((ch) => !ALPHABET.includes(ch))) {
    throw new MendError(
      'INVALID_INPUT',
      'A recovery key has 32 letters and digits, like ABCD-EFGH-… . Check it and try again.',
      {
        field: 'recoveryKey',
      },
    )
  }
  const bytes = Buffer.alloc(RECOVERY_KEY_BYTES)
  let bits = 0
  let value = 0
  let index = 0
  for (const ch of cleaned) {
    value = ((value << 5) | ALPHABET.indexOf(ch)) & 0xffff
    bits += 5
    if (bits >= 8) {
      bytes[index++] = (value >>> (bits - 8)) & 0xff
      bits -= 8
    }
  }
  return bytes
}
