import { z } from 'zod'

/**
 * What the application menu (and its shortcuts) asks the window to do. Main owns the menu but
 * not the screens, so it names the action and the renderer carries it out: the same way a click
 * on the matching button would, including what the vault's state allows.
 */
export const MenuCommand = z.enum([
  'new-entry',
  'import',
  'export',
  'backup-now',
  'lock',
  'settings',
  'journal',
  'plans',
  'trust',
  'search',
  'shortcuts',
  'about-method',
])
export type MenuCommand = z.infer<typeof MenuCommand>

/** Things main (or the core behind it) tells the renderer without being asked, on the one event channel. */
export const MendEvent = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('vault.locked'),
    reason: z.enum(['manual', 'idle', 'suspend', 'screen-lock', 'hidden', 'shutdown']),
  }),
  /** A backup finished in the background (the daily one after unlock). */
  z.strictObject({ type: z.literal('backup.completed'), name: z.string() }),
  z.strictObject({ type: z.literal('backup.failed'), message: z.string() }),
  /** Mend was asked to open a backup file while its window is open: ask backup.takeOpenedFile. */
  z.strictObject({ type: z.literal('backup.fileOpened') }),
  /** An import in progress: `done` of `total` steps (each entry is stored, then indexed for search). */
  z.strictObject({ type: z.literal('import.progress'), done: z.number().int(), total: z.number().int() }),
  /** A backup in progress (the daily one, "Back up now", before an update or a restore): copy, check, write. */
  z.strictObject({ type: z.literal('backup.progress'), done: z.number().int(), total: z.number().int() }),
  /** The journal's format is being updated while it opens (an unlock waits for it). */
  z.strictObject({ type: z.literal('vault.migrating'), done: z.number().int(), total: z.number().int() }),
  /**
   * The part of Mend that holds the journal stopped unexpectedly and was started again, locked.
   * Nothing that was saved is lost; a request that was waiting got an error instead of its answer.
   */
  z.strictObject({ type: z.literal('core.restarted') }),
  /** A PDF export in progress: `done` of `total` parts (sections or entries) laid out. */
  z.strictObject({ type: z.literal('export.progress'), done: z.number().int(), total: z.number().int() }),
  /** A menu item or its shortcut was chosen in the application menu (see MenuCommand). */
  z.strictObject({ type: z.literal('menu.command'), command: MenuCommand }),
])
export type MendEvent = z.infer<typeof MendEvent>

export type LockReason = Extract<MendEvent, { type: 'vault.locked' }>['reason']
