import { z } from 'zod'
import { MAX_PASSPHRASE_LENGTH } from './passphrase-policy'
import { defineProcedure } from './procedure'

/** The policy (length, strength) is enforced by core with a readable message; this is the shape. */
const Passphrase = z.string().min(1, 'Enter a passphrase.').max(MAX_PASSPHRASE_LENGTH)

export const VaultState = z.enum(['none', 'locked', 'unlocked'])
export type VaultState = z.infer<typeof VaultState>

export const VaultStatus = z.strictObject({
  state: VaultState,
  /** Milliseconds until another unlock attempt is accepted (0 when it may be tried now). */
  retryAfterMs: z.number().int().nonnegative(),
})
export type VaultStatus = z.infer<typeof VaultStatus>

export const VaultInfo = z.strictObject({
  /** Folder that holds the encrypted database and its key header. */
  location: z.string(),
  /** ISO 8601; stored inside the encrypted database, so only known once unlocked. */
  createdAt: z.string(),
  displayName: z.string().nullable(),
  schemaVersion: z.number().int(),
})
export type VaultInfo = z.infer<typeof VaultInfo>

const Empty = z.strictObject({})

export const vaultProcedures = {
  'vault.getStatus': defineProcedure({ input: Empty, output: VaultStatus, whileLocked: true }),
  'vault.create': defineProcedure({
    input: z.strictObject({
      passphrase: Passphrase,
      displayName: z.string().trim().max(80).optional(),
    }),
    output: VaultInfo,
    whileLocked: true,
  }),
  'vault.unlock': defineProcedure({
    input: z.strictObject({ passphrase: Passphrase }),
    output: VaultInfo,
    whileLocked: true,
  }),
  'vault.lock': defineProcedure({ input: Empty, output: VaultStatus, whileLocked: true }),
  'vault.getInfo': defineProcedure({ input: Empty, output: VaultInfo, whileLocked: false }),
}
