import { z } from 'zod'
import { MAX_PASSPHRASE_LENGTH } from './passphrase-policy'
import { defineProcedure } from './procedure'
import { VaultInfo } from './vault.contract'

/** A backup the renderer can name: its id is the file name in the backup folder or a chosen-file token. */
export const BackupFile = z.strictObject({
  id: z.string(),
  name: z.string(),
  createdAt: z.string(),
  sizeBytes: z.number().int().nonnegative(),
})
export type BackupFile = z.infer<typeof BackupFile>

/** What a backup holds, shown before anything is replaced. */
export const BackupContents = z.strictObject({
  name: z.string(),
  createdAt: z.string(),
  /** True when the backup is of this journal (same key); false for one opened with its own passphrase. */
  sameJournal: z.boolean(),
  vaultCreatedAt: z.string().nullable(),
  displayName: z.string().nullable(),
  schemaVersion: z.number().int(),
  counts: z.array(z.strictObject({ label: z.string(), count: z.number().int() })),
})
export type BackupContents = z.infer<typeof BackupContents>

const BackupId = z.string().min(1).max(300)
const OptionalPassphrase = z.string().min(1).max(MAX_PASSPHRASE_LENGTH).optional()
const Empty = z.strictObject({})

export const backupProcedures = {
  'backup.list': defineProcedure({ input: Empty, output: z.array(BackupFile), whileLocked: false }),
  'backup.create': defineProcedure({ input: Empty, output: BackupFile, whileLocked: false }),
  /** Opens the system file dialog in main; null when the user cancels. */
  'backup.chooseFile': defineProcedure({ input: Empty, output: BackupFile.nullable(), whileLocked: true }),
  /**
   * The .mendbackup file Mend was opened with (file association, a second launch, macOS
   * open-file), named like a chosen file; each opened file is handed over once, then null.
   */
  'backup.takeOpenedFile': defineProcedure({ input: Empty, output: BackupFile.nullable(), whileLocked: true }),
  'backup.inspect': defineProcedure({
    input: z.strictObject({ id: BackupId, passphrase: OptionalPassphrase }),
    output: BackupContents,
    whileLocked: true,
  }),
  'backup.restore': defineProcedure({
    input: z.strictObject({ id: BackupId, passphrase: OptionalPassphrase }),
    output: VaultInfo,
    whileLocked: true,
  }),
  /** For the damaged-file screen: the newest backup that passes its check replaces the damaged file. */
  'backup.restoreLatestGood': defineProcedure({
    input: z.strictObject({ passphrase: z.string().min(1).max(MAX_PASSPHRASE_LENGTH) }),
    output: VaultInfo,
    whileLocked: true,
  }),
}
