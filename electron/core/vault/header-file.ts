import { readFileSync } from 'node:fs'
import { z } from 'zod'
import { MendError, fileSystemError } from '../errors'
import { writeFileAtomic } from '../fs/atomic-write'

/**
 * The small unencrypted file beside the database that holds what is needed to unlock it:
 * the data key wrapped by each secret (a "key slot"), with the KDF parameters and salt.
 * It holds nothing about the journal: no names, no dates, no counts.
 */
export const HEADER_FORMAT = 'mend-vault-header'
export const HEADER_VERSION = 1

const Base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/)

const WrappedKey = z.strictObject({ iv: Base64, tag: Base64, data: Base64 })

/** A slot holds the data key wrapped by one secret; one slot per kind. */
const KeySlot = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('passphrase'),
    kdf: z.strictObject({
      name: z.literal('scrypt'),
      N: z
        .number()
        .int()
        .min(2 ** 10)
        .max(2 ** 24),
      r: z.number().int().min(1).max(32),
      p: z.number().int().min(1).max(16),
      salt: Base64,
    }),
    wrappedKey: WrappedKey,
  }),
  z.strictObject({
    kind: z.literal('recovery'),
    kdf: z.strictObject({ name: z.literal('hkdf-sha256'), salt: Base64 }),
    wrappedKey: WrappedKey,
  }),
])
export type KeySlot = z.infer<typeof KeySlot>

const VaultHeader = z.strictObject({
  format: z.literal(HEADER_FORMAT),
  version: z.literal(HEADER_VERSION),
  cipher: z.literal('sqlcipher-4'),
  keySlots: z.array(KeySlot).min(1),
})
export type VaultHeader = z.infer<typeof VaultHeader>

/** Additional authenticated data for a slot: binds the wrapped key to this format and slot kind. */
export function slotContext(kind: KeySlot['kind']): string {
  return `${HEADER_FORMAT}/v${HEADER_VERSION}/${kind}`
}

export function readHeader(path: string): VaultHeader {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    throw fileSystemError(error, 'read the vault key file', path)
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    throw new MendError('CORRUPT', `The vault key file is damaged (${path}). Restore it from a backup.`, {
      cause: error,
    })
  }
  return parseHeader(json, path)
}

/** Checks a parsed header (from the header file or from inside a backup). */
export function parseHeader(json: unknown, path: string): VaultHeader {
  // Only a Mend key file can be from a newer Mend: anything else written over it (an export, a
  // file from another program) is damage, whatever "version" it carries.
  const { format, version } = (json ?? {}) as { format?: unknown; version?: unknown }
  if (format === HEADER_FORMAT && typeof version === 'number' && version > HEADER_VERSION) {
    throw new MendError(
      'UNSUPPORTED_VERSION',
      'This vault was written by a newer version of Mend. Update Mend to open it.',
    )
  }
  const parsed = VaultHeader.safeParse(json)
  if (!parsed.success) {
    throw new MendError('CORRUPT', `The vault key file is damaged (${path}). Restore it from a backup.`)
  }
  return parsed.data
}

export function writeHeader(path: string, header: VaultHeader): void {
  writeFileAtomic(path, `${JSON.stringify(header, null, 2)}\n`, 'save the vault key file')
}
