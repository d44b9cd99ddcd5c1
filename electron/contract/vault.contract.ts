import { z } from 'zod'
import { MAX_PASSPHRASE_LENGTH, PassphraseRating } from './passphrase-policy'
import { defineProcedure } from './procedure'

/** The policy (length, strength) is enforced by core with a readable message; this is the shape. */
const Passphrase = z.string().min(1, 'Enter a passphrase.').max(MAX_PASSPHRASE_LENGTH)

/** 'damaged': the key was right but the database would not open or failed its integrity check. */
export const VaultState = z.enum(['none', 'locked', 'unlocked', 'damaged'])
export type VaultState = z.infer<typeof VaultState>

export const VaultStatus = z.strictObject({
  state: VaultState,
  /** Milliseconds until another unlock attempt is accepted (0 when it may be tried now). */
  retryAfterMs: z.number().int().nonnegative(),
  /** The vault's folder: not secret, and the damaged-file screen must name it. */
  location: z.string(),
})
export type VaultStatus = z.infer<typeof VaultStatus>

export const VaultInfo = z.strictObject({
  /** Folder that holds the encrypted database and its key header. */
  location: z.string(),
  /** ISO 8601; stored inside the encrypted database, so only known once unlocked. */
  createdAt: z.string(),
  displayName: z.string().nullable(),
  schemaVersion: z.number().int(),
  /** False until the person confirmed storing the current recovery key (else a reminder shows). */
  recoveryKeyConfirmed: z.boolean(),
})
export type VaultInfo = z.infer<typeof VaultInfo>

const Empty = z.strictObject({})
const RecoveryKeyText = z.string().min(1, 'Enter your recovery key.').max(200)

export const vaultProcedures = {
  'vault.getStatus': defineProcedure({ input: Empty, output: VaultStatus, whileLocked: true }),
  /** Creates the vault; the recovery key in the answer is shown once and never stored in the clear. */
  'vault.create': defineProcedure({
    input: z.strictObject({
      passphrase: Passphrase,
      displayName: z.string().trim().max(80).optional(),
    }),
    output: z.strictObject({ info: VaultInfo, recoveryKey: z.string() }),
    whileLocked: true,
  }),
  'vault.unlock': defineProcedure({
    input: z.strictObject({ passphrase: Passphrase }),
    output: VaultInfo,
    whileLocked: true,
  }),
  /** Forgotten passphrase: the recovery key opens the vault and a new passphrase is set at once. */
  'vault.recover': defineProcedure({
    input: z.strictObject({ recoveryKey: RecoveryKeyText, newPassphrase: Passphrase }),
    output: VaultInfo,
    whileLocked: true,
  }),
  'vault.changePassphrase': defineProcedure({
    input: z.strictObject({ currentPassphrase: Passphrase, newPassphrase: Passphrase }),
    output: Empty,
    whileLocked: false,
  }),
  /** A new recovery key replaces the old one, which stops working. Needs the passphrase. */
  'vault.rotateRecoveryKey': defineProcedure({
    input: z.strictObject({ passphrase: Passphrase }),
    output: z.strictObject({ recoveryKey: z.string() }),
    whileLocked: false,
  }),
  /**
   * The recovery key made in this session and not yet confirmed, so a reloaded window shows it
   * again before anything else; null once confirmed, after a lock, or if none was made.
   */
  'vault.getRecoveryKeyToConfirm': defineProcedure({
    input: Empty,
    output: z.strictObject({ recoveryKey: z.string().nullable() }),
    whileLocked: false,
  }),
  /** The person confirmed that the recovery key just shown is stored. */
  'vault.confirmRecoveryKey': defineProcedure({ input: Empty, output: VaultInfo, whileLocked: false }),
  'vault.lock': defineProcedure({ input: Empty, output: VaultStatus, whileLocked: true }),
  'vault.getInfo': defineProcedure({ input: Empty, output: VaultInfo, whileLocked: false }),
  /**
   * How strong a passphrase (or a PDF password) being chosen is, and why not, for the meter. Works
   * while locked (creating a journal); once unlocked it also counts the journal's own names
   * against it. The passphrase is neither kept nor logged.
   */
  'vault.ratePassphrase': defineProcedure({
    input: z.strictObject({
      passphrase: z.string().max(MAX_PASSPHRASE_LENGTH),
      /** The journal's name as typed on the create screen, before the journal exists. */
      displayName: z.string().max(80).optional(),
    }),
    output: PassphraseRating,
    whileLocked: true,
  }),
  /**
   * A new passphrase of random everyday words (diceware), drawn with a cryptographic random
   * source, that passes the rule. Nothing keeps it: it is shown to the person and forgotten.
   */
  'vault.suggestPassphrase': defineProcedure({
    input: z.strictObject({ displayName: z.string().max(80).optional() }),
    output: z.strictObject({ passphrase: z.string() }),
    whileLocked: true,
  }),
}
