import { z } from 'zod'
import { defineProcedure } from './procedure'

export const Settings = z.strictObject({
  /** Lock after this many minutes without any use of the app. */
  autoLockMinutes: z.number().int().min(1).max(60),
  /** Also lock when the window is minimized or hidden. */
  lockWhenHidden: z.boolean(),
  /** How many automatic and manual backups to keep; the oldest beyond this are removed. */
  backupsToKeep: z.number().int().min(1).max(100),
})
export type Settings = z.infer<typeof Settings>

export const DEFAULT_SETTINGS: Settings = { autoLockMinutes: 5, lockWhenHidden: false, backupsToKeep: 7 }

export const settingsProcedures = {
  'settings.get': defineProcedure({ input: z.strictObject({}), output: Settings, whileLocked: false }),
  'settings.update': defineProcedure({ input: Settings.partial().strict(), output: Settings, whileLocked: false }),
}
