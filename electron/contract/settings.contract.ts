import { z } from 'zod'
import { QuietHours } from './plan-values'
import { defineProcedure } from './procedure'

/** Light or dark: 'system' follows the operating system, the others override it. */
export const Appearance = z.enum(['system', 'light', 'dark'])
export type Appearance = z.infer<typeof Appearance>

export const Settings = z.strictObject({
  /** Lock after this many minutes without any use of the app. */
  autoLockMinutes: z.number().int().min(1).max(60),
  /** Also lock when the window is minimized or hidden. */
  lockWhenHidden: z.boolean(),
  /** How many automatic and manual backups to keep; the oldest beyond this are removed. */
  backupsToKeep: z.number().int().min(1).max(100),
  /** Desktop notifications for due check-ins and amends (they also show on the home screen). */
  remindersEnabled: z.boolean(),
  /** No notification starts in these hours; what fell due waits until they end. Null: none. */
  quietHours: QuietHours.nullable(),
  /** Light or dark theme; also kept outside the vault (renderer storage) so the unlock screen matches. */
  appearance: Appearance,
  /**
   * False from creating a vault until its short introduction was read or skipped. Vaults from
   * before the introduction existed have no stored value and take the default: already done.
   */
  onboardingDone: z.boolean(),
})
export type Settings = z.infer<typeof Settings>

export const DEFAULT_SETTINGS: Settings = {
  autoLockMinutes: 5,
  lockWhenHidden: false,
  backupsToKeep: 7,
  remindersEnabled: true,
  quietHours: { start: '22:00', end: '08:00' },
  appearance: 'system',
  onboardingDone: true,
}

export const settingsProcedures = {
  'settings.get': defineProcedure({ input: z.strictObject({}), output: Settings, whileLocked: false }),
  'settings.update': defineProcedure({ input: Settings.partial().strict(), output: Settings, whileLocked: false }),
}
