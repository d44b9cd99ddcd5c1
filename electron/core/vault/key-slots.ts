import { hkdf } from 'node:crypto'
import { deriveKeyFromPassphrase, KEY_BYTES, newSalt, type ScryptParams } from './key-derivation'
import { unwrapKey, wrapKey } from './key-wrap'
import { slotContext, type KeySlot } from './header-file'

/** A secret that can open the vault: the passphrase, or the recovery key's raw bytes. */
export type VaultSecret = { kind: 'passphrase'; passphrase: string } | { kind: 'recovery'; recoveryKey: Buffer }

function deriveRecoveryKek(recoveryKey: Buffer, salt: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    hkdf('sha256', recoveryKey, salt, 'mend recovery key v1', KEY_BYTES, (error, key) =>
      error ? reject(error) : resolve(Buffer.from(key)),
    )
  })
}

/** Wraps the data key under a secret, producing the slot to store in the header. */
export async function sealSlot(dataKey: Buffer, secret: VaultSecret, scrypt: ScryptParams): Promise<KeySlot> {
  const salt = newSalt()
  if (secret.kind === 'passphrase') {
    const kek = await deriveKeyFromPassphrase(secret.passphrase, salt, scrypt)
    const slot: KeySlot = {
      kind: 'passphrase',
      kdf: { name: 'scrypt', ...scrypt, salt: salt.toString('base64') },
      wrappedKey: wrapKey(dataKey, kek, slotContext('passphrase')),
    }
    kek.fill(0)
    return slot
  }
  const kek = await deriveRecoveryKek(secret.recoveryKey, salt)
  const slot: KeySlot = {
    kind: 'recovery',
    kdf: { name: 'hkdf-sha256', salt: salt.toString('base64') },
    wrappedKey: wrapKey(dataKey, kek, slotContext('recovery')),
  }
  kek.fill(0)
  return slot
}

/** The data key if `secret` opens one of the slots of its kind, else null. */
export async function openSlots(slots: readonly KeySlot[], secret: VaultSecret): Promise<Buffer | null> {
  for (const slot of slots) {
    if (slot.kind !== secret.kind) continue
    const salt = Buffer.from(slot.kdf.salt, 'base64')
    const kek =
      slot.kind === 'passphrase' && secret.kind === 'passphrase'
        ? await deriveKeyFromPassphrase(secret.passphrase, salt, { N: slot.kdf.N, r: slot.kdf.r, p: slot.kdf.p })
        : secret.kind === 'recovery'
          ? await deriveRecoveryKek(secret.recoveryKey, salt)
          : null
    if (!kek) continue
    const dataKey = unwrapKey(slot.wrappedKey, kek, slotContext(slot.kind))
    kek.fill(0)
    if (dataKey) return dataKey
  }
  return null
}

/** The header's slots with the one of `slot.kind` replaced (there is one slot per kind). */
export function withSlot(slots: readonly KeySlot[], slot: KeySlot): KeySlot[] {
  return [...slots.filter((existing) => existing.kind !== slot.kind), slot]
}
