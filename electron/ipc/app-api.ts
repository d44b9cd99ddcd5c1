import type { LockReason, Reminder, Settings } from '../contract'
import {
  BackupService,
  type BackupCopier,
  IdleTimer,
  MendError,
  Vault,
  plansOf,
  createSettingsQueries,
  zoneResolver,
  emptySchedule,
  type ReminderSchedule,
  journalOf,
  type Logger,
  type TimeZoneSource,
  type Timers,
  type VaultOptions,
} from '../core'
import { EventHub } from './event-hub'
import { WorkFlags } from './work-flags'
import { WorkGate } from './work-gate'
import { assessmentsHandlers } from './handlers/assessments.handlers'
import { backupHandlers } from './handlers/backup.handlers'
import { exportHandlers } from './handlers/export.handlers'
import { importHandlers } from './handlers/import.handlers'
import { journalHandlers } from './handlers/journal.handlers'
import { peopleHandlers } from './handlers/people.handlers'
import { photosHandlers } from './handlers/photos.handlers'
import { plansHandlers } from './handlers/plans.handlers'
import { settingsHandlers } from './handlers/settings.handlers'
import { vaultHandlers } from './handlers/vault.handlers'
import { noDialogs, noOpenedFiles, type HostDialogs, type HostOpenedFiles } from './host'
import { createRouter, type Handlers, type Router } from './router'

export interface AppApi {
  vault: Vault
  backups: BackupService
  router: Router
  /** Every procedure's handler; tests build routers around them. */
  handlers: Handlers
  events: EventHub
  /** The lock and cancel signals long work looks at (shared with the host when core runs in a worker). */
  flags: WorkFlags
  /**
   * Locks for any reason (the Lock button, idle, suspend, screen lock, hidden window, quit), at
   * once: never queued behind work in progress, which stops at its next step (see WorkFlags). An
   * unlock still deriving its key is locked as soon as it has opened. Resolves when both are done.
   */
  lock(reason: LockReason): Promise<void>
  /** The open vault's settings; null while locked. */
  settings(): Settings | null
  /**
   * Reminders to raise as desktop notifications now (none while locked, when reminders are off
   * or in quiet hours); each is returned once, ever.
   */
  takeDueNotifications(): Reminder[]
  /**
   * The times of the next reminders, without any text, for the host to keep in memory and raise
   * a neutral notice from while locked (core/repair/reminder-schedule.ts); null while locked.
   */
  reminderSchedule(): ReminderSchedule | null
  /** Records reminders the host raised while locked, so the open journal does not raise them again. */
  markRemindersSent(keys: readonly string[]): void
  /** Resolves when no import holds the database (calls from the host wait for it, as requests do). */
  whenIdle(): Promise<void>
}

export interface AppApiOptions extends VaultOptions {
  logger: Logger
  dialogs?: HostDialogs
  /** Files the system asked the app to open; the command line has none. */
  openedFiles?: HostOpenedFiles
  /** Tests drive the auto-lock countdown with fake timers. */
  timers?: Timers
  /**
   * Told the reminder schedule (times only) after every reminder check and just before every
   * lock, so the host always holds what a locked Mend may still raise. Transport-neutral: a host
   * running core in a worker forwards it as a message. The host keeps it in memory, never on disk.
   */
  onReminderSchedule?: (schedule: ReminderSchedule) => void
  /**
   * The IANA zone whose calendar the journal, plans and assessments use (days due, reminders,
   * quiet hours, "today", export names): a function is asked on every use, so the app follows the
   * person when they travel (issue 23). Defaults to this machine's zone, asked each time.
   */
  timeZone?: TimeZoneSource
  /** Shared with the host when core runs in a worker thread; a private set otherwise. */
  flags?: WorkFlags
  /** Where daily and manual backups are copied beside the core's work (a thread); in line otherwise. */
  backupCopier?: BackupCopier
}

/** The only calls that go on while an import holds the gate: none of them touches the database. */
const WHILE_IMPORTING = new Set<unknown>([
  'vault.getStatus',
  'vault.lock',
  'session.cancelWork',
  'session.reportActivity',
])

/** Wires core to the router. Every host (Electron, the test bridge, the CLI) starts here. */
export function createAppApi(options: AppApiOptions): AppApi {
  const flags = options.flags ?? new WorkFlags()
  const vault = new Vault({ ...options, signals: flags })
  const backups = new BackupService(vault, options.logger)
  backups.copier = options.backupCopier ?? null
  const events = new EventHub(options.logger)
  const gate = new WorkGate()
  backups.onProgress = (done, total) => events.emit({ type: 'backup.progress', done, total })
  vault.migrationProgress = (done, total) => events.emit({ type: 'vault.migrating', done, total })
  const dialogs = options.dialogs ?? noDialogs
  const zone = zoneResolver(options.timeZone)
  const idle = new IdleTimer(() => void lock('idle'), options.timers)

  function settings(): Settings | null {
    return vault.isUnlocked ? createSettingsQueries(vault.database()).read() : null
  }

  /**
   * At once, never queued behind work in progress (a key derivation, a backup, an import):
   * operations in flight hold their own copy of the key and stop at their next step, and one
   * about to open the vault leaves it closed. The reminder times go to the host first.
   */
  async function lock(reason: LockReason): Promise<void> {
    flags.requestLock()
    idle.stop()
    publishSchedule()
    try {
      // An unlock still deriving its key is not waited for: it finds the lock and stays closed.
      if (vault.lockNow()) events.emit({ type: 'vault.locked', reason })
    } finally {
      flags.lockDone()
    }
  }

  /**
   * After any way of opening the vault: start the auto-lock countdown and consider the daily
   * backup (not for a vault created a moment ago: there is nothing in it to lose yet).
   */
  function opened(kind: 'created' | 'opened' = 'opened'): void {
    idle.start(settings()?.autoLockMinutes ?? 5)
    try {
      journalOf(vault.database(), vault.clock, zone).trash.purgeExpired()
    } catch (error) {
      // The trash is emptied again at the next unlock; the journal itself is fine.
      options.logger.error('emptying old entries from the trash failed', error)
    }
    if (kind === 'created') return
    backups.createDailyIfDue().then(
      (file) => file && events.emit({ type: 'backup.completed', name: file.name }),
      (error: unknown) => {
        // Locked part way: nothing is wrong, and the next unlock tries again.
        if (error instanceof MendError && error.code === 'LOCKED') return
        options.logger.error('daily backup failed', error)
        events.emit({ type: 'backup.failed', message: (error as Error).message })
      },
    )
  }

  const handlers: Handlers = {
    ...vaultHandlers(vault, opened, () => lock('manual')),
    ...settingsHandlers(vault, () => idle.start(settings()?.autoLockMinutes ?? 5)),
    ...backupHandlers(vault, backups, { dialogs, openedFiles: options.openedFiles ?? noOpenedFiles }, opened),
    ...exportHandlers(vault, dialogs, {
      emit: (event) => events.emit(event),
      timeZone: zone,
      ownFolders: () => [vault.paths.directory, backups.directory],
    }),
    ...journalHandlers(vault, zone),
    ...photosHandlers(vault),
    ...peopleHandlers(vault),
    ...importHandlers(vault, dialogs, { emit: (event) => events.emit(event), gate }),
    'session.cancelWork': () => {
      flags.requestCancel()
      return {}
    },
    ...plansHandlers(vault, zone),
    ...assessmentsHandlers(vault, zone),
  }
  const routes = createRouter(handlers, {
    isUnlocked: () => vault.isUnlocked,
    logger: options.logger,
    // Any call but a status poll is use of the app and restarts the auto-lock countdown.
    onCall: (procedure) => {
      if (procedure !== 'vault.getStatus' && vault.isUnlocked) idle.touch()
    },
  })

  // Straight through when no import runs: a request starts in the order it came, before a lock
  // that comes after it (an unlock queued first is then locked once it has opened).
  const router: Router = {
    dispatch: (procedure, input) =>
      gate.busy && !WHILE_IMPORTING.has(procedure)
        ? gate.open().then(() => routes.dispatch(procedure, input))
        : routes.dispatch(procedure, input),
  }

  function takeDueNotifications(): Reminder[] {
    const current = settings()
    if (!current?.remindersEnabled) return []
    try {
      return plansOf(vault.database(), vault.clock, zone).reminders.takeNotifications(current.quietHours)
    } catch (error) {
      options.logger.error('checking for due reminders failed', error)
      return []
    } finally {
      publishSchedule()
    }
  }

  function reminderSchedule(): ReminderSchedule | null {
    const current = settings()
    if (!current) return null
    if (!current.remindersEnabled) return emptySchedule(current.quietHours)
    return {
      quietHours: current.quietHours,
      reminders: plansOf(vault.database(), vault.clock, zone).reminders.upcoming(),
    }
  }

  function publishSchedule(): void {
    if (!options.onReminderSchedule || !vault.isUnlocked) return
    try {
      const schedule = reminderSchedule()
      if (schedule) options.onReminderSchedule(schedule)
    } catch (error) {
      options.logger.error('listing the coming reminders failed', error)
    }
  }

  function markRemindersSent(keys: readonly string[]): void {
    if (!vault.isUnlocked || keys.length === 0) return
    try {
      plansOf(vault.database(), vault.clock, zone).reminders.markSent(keys)
    } catch (error) {
      options.logger.error('recording reminders raised while locked failed', error)
    }
  }

  return {
    vault,
    backups,
    router,
    handlers,
    events,
    flags,
    lock,
    settings,
    takeDueNotifications,
    reminderSchedule,
    markRemindersSent,
    whenIdle: () => gate.open(),
  }
}
