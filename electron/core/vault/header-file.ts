import { readFileSync, statSync } from 'node:fs'
import { z } from 'zod'
import { MendError, fileSystemError } from '../errors'
import { writeFileAtomic } from '../fs/atomic-write'
import { scryptAllowed, type ScryptPolicy } from './key-derivation'

/**
 * The small unencrypted file beside the database that holds what is needed to unlock it:
 * the data key wrapped by each secret (a "key slot"), with the KDF parameters and salt.
 * It holds nothing about the journal: no names, no dates, no counts.
 */
export const HEADER_FORMAT = 'mend-vault-header'
export const HEADER_VERSION = 1

/** Base64 of exactly `bytes` bytes, as Mend writes it (salts, IVs, tags, wrapped keys). */
function base64Of(bytes: number) {
  return z
    .string()
    .length(Math.ceil(bytes / 3) * 4)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/)
}

const WrappedKey = z.strictObject({ iv: base64Of(12), tag: base64Of(16), data: base64Of(32) })

/**
 * A slot holds the data key wrapped by one secret. The scrypt cost is checked against the
 * reader's policy after this shape (see checkSlots): it decides how much memory and time an
 * unlock spends, so a header from elsewhere must not choose it freely.
 */
const KeySlot = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('passphrase'),
    kdf: z.strictObject({
      name: z.literal('scrypt'),
      N: z.number().int().positive(),
      r: z.number().int().positive(),
      p: z.number().int().positive(),
      salt: base64Of(16),
    }),
    wrappedKey: WrappedKey,
  }),
  z.strictObject({
    kind: z.literal('recovery'),
    kdf: z.strictObject({ name: z.literal('hkdf-sha256'), salt: base64Of(16) }),
    wrappedKey: WrappedKey,
  }),
])
export type KeySlot = z.infer<typeof KeySlot>

const VaultHeader = z.strictObject({
  format: z.literal(HEADER_FORMAT),
  version: z.literal(HEADER_VERSION),
  cipher: z.literal('sqlcipher-4'),
  // Mend writes one slot of each kind; each passphrase slot costs a key derivation to try.
  keySlots: z.array(KeySlot).min(1).max(2),
})
export type VaultHeader = z.infer<typeof VaultHeader>

/** At most one slot of each kind, and a scrypt cost this Mend writes or reads. */
function slotsAllowed(slots: readonly KeySlot[], policy: ScryptPolicy): boolean {
  const kinds = new Set(slots.map((slot) => slot.kind))
  if (kinds.size !== slots.length) return false
  return slots.every((slot) => slot.kind !== 'passphrase' || scryptAllowed(slot.kdf, policy))
}

/** Additional authenticated data for a slot: binds the wrapped key to this format and slot kind. */
export function slotContext(kind: KeySlot['kind']): string {
  return `${HEADER_FORMAT}/v${HEADER_VERSION}/${kind}`
}

/** A key file is a few hundred bytes; a large one is not a key file, and is not read whole. */
const MAX_HEADER_BYTES = 64 * 1024

function damaged(path: string, cause?: unknown): MendError {
  return new MendError('CORRUPT', `The vault key file is damaged (${path}). Restore it from a backup.`, { cause })
}

export function readHeader(path: string, policy: ScryptPolicy): VaultHeader {
  let text: string
  try {
    if (statSync(path).size > MAX_HEADER_BYTES) throw damaged(path)
    text = readFileSync(path, 'utf8')
  } catch (error) {
    if (error instanceof MendError) throw error
    throw fileSystemError(error, 'read the vault key file', path)
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    throw damaged(path, error)
  }
  return parseHeader(json, path, policy)
}

/**
 * Checks a parsed header (from the header file or from inside a backup), before anything is
 * derived from it: CORRUPT unless it is exactly what Mend writes, within `policy`.
 */
export function parseHeader(json: unknown, path: string, policy: ScryptPolicy): VaultHeader {
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
  if (!parsed.success || !slotsAllowed(parsed.data.keySlots, policy)) throw damaged(path)
  return parsed.data
}

export function writeHeader(path: string, header: VaultHeader): void {
  writeFileAtomic(path, `${JSON.stringify(header, null, 2)}\n`, 'save the vault key file')
}
