import type { Reminder } from '../contract'
import { lockedRemindersDue, type ReminderSchedule, type UpcomingReminder } from '../core/repair/reminder-schedule'

/** How often main asks core what is due. Reminders are per minute, so this is as fine as it needs. */
export const REMINDER_POLL_MS = 60_000

export interface DesktopNotice {
  title: string
  body: string
}

/**
 * One notification for everything that fell due together. It never quotes a plan or an
 * assessment: a notification shows on screen (and in the system's history) to whoever is near the
 * computer, so it says only how many things wait, and the details stay behind the app's lock.
 */
export function noticeFor(reminders: readonly Reminder[]): DesktopNotice | null {
  if (reminders.length === 0) return null
  const count = (kind: Reminder['kind']) => reminders.filter((reminder) => reminder.kind === kind).length
  const checkIns = count('check-in')
  const amends = count('amend')
  const trustChecks = count('trust-check')
  const parts = [
    checkIns > 0 ? `${checkIns} check-in${checkIns === 1 ? '' : 's'} to record` : '',
    amends > 0 ? `${amends} amend${amends === 1 ? '' : 's'} due` : '',
    trustChecks === 1 ? 'a check-in for your trust assessment' : '',
    trustChecks > 1 ? `${trustChecks} check-ins for your trust assessments` : '',
  ].filter(Boolean)
  const listed = parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`
  const them = reminders.length === 1 ? 'it' : 'them'
  return { title: 'Mend', body: `${listed.charAt(0).toUpperCase()}${listed.slice(1)}. Open Mend to see ${them}.` }
}

/**
 * What a locked Mend says when something falls due: only that a check-in (or an amend, or a
 * trust check) is due. It knows nothing more while locked, and would say nothing more if it did.
 */
export function lockedNoticeFor(reminders: readonly UpcomingReminder[]): DesktopNotice | null {
  if (reminders.length === 0) return null
  const count = (kind: UpcomingReminder['kind']) => reminders.filter((reminder) => reminder.kind === kind).length
  const checkIns = count('check-in')
  const amends = count('amend')
  const trustChecks = count('trust-check')
  if (checkIns === reminders.length) {
    return {
      title: 'Mend',
      body:
        checkIns === 1
          ? 'A check-in is due. Open Mend to record it.'
          : `${checkIns} check-ins are due. Open Mend to record them.`,
    }
  }
  const parts = [
    checkIns === 1 ? 'a check-in' : checkIns > 1 ? `${checkIns} check-ins` : '',
    amends === 1 ? 'an amend' : amends > 1 ? `${amends} amends` : '',
    trustChecks === 1 ? 'a trust check' : trustChecks > 1 ? `${trustChecks} trust checks` : '',
  ].filter(Boolean)
  const listed = parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`
  const one = reminders.length === 1
  return {
    title: 'Mend',
    body: `${listed.charAt(0).toUpperCase()}${listed.slice(1)} ${one ? 'is' : 'are'} due. Open Mend to see ${one ? 'it' : 'them'}.`,
  }
}

/**
 * The reminder times a locked Mend may still raise, held in main's memory only (never written
 * anywhere): the schedule core last reported, and the keys raised from it while locked, which
 * core records once the journal is open again so nothing is raised twice.
 */
export function createLockedReminders() {
  let schedule: ReminderSchedule | null = null
  const raised = new Set<string>()
  return {
    /** The schedule core reports while open (after each check and just before it locks). */
    update(next: ReminderSchedule): void {
      schedule = next
    },
    /** While locked: what fell due in `timeZone` by `now`, each once. */
    takeDue(now: number, timeZone: string): UpcomingReminder[] {
      if (!schedule) return []
      const due = lockedRemindersDue(schedule, raised, now, timeZone)
      for (const reminder of due) raised.add(reminder.key)
      return due
    },
    /** Once open again: the keys raised while locked, handed to core and forgotten here. */
    takeRaised(): string[] {
      const keys = [...raised]
      raised.clear()
      return keys
    },
  }
}

export type LockedReminders = ReturnType<typeof createLockedReminders>

export interface ReminderNotifierOptions {
  /**
   * Due reminders from the open journal (none while locked); each is returned once, ever. From
   * the core's worker the answer comes back as a message: a promise.
   */
  take(): readonly Reminder[] | Promise<readonly Reminder[]>
  show(notice: DesktopNotice): void
  /** A notification the system refused must not take the main process down with it. */
  onError?(error: unknown): void
  timers?: { setInterval(run: () => void, ms: number): unknown; clearInterval(handle: unknown): void }
  intervalMs?: number
  /** Runs before each check: main re-reads the system's time zone here. */
  beforeCheck?(): void
  /** Reminders while locked (issue 23): without it, a locked Mend raises nothing. */
  whileLocked?: {
    isLocked(): boolean
    reminders: LockedReminders
    /** The keys raised while locked, for core to record once it is open again. */
    confirmRaised(keys: readonly string[]): void
    /** The zone the person is in now. */
    timeZone(): string
    now?(): number
  }
}

/** Polls core for due reminders and shows them, and raises the neutral notice while locked; returns a stop function. */
export function startReminderNotifier(options: ReminderNotifierOptions): () => void {
  const timers = options.timers ?? {
    setInterval: (run: () => void, ms: number) => setInterval(run, ms),
    clearInterval: (handle: unknown) => clearInterval(handle as NodeJS.Timeout),
  }
  const locked = options.whileLocked
  const show = (notice: DesktopNotice | null) => {
    try {
      if (notice) options.show(notice)
    } catch (error) {
      options.onError?.(error)
    }
  }
  const check = () => {
    try {
      options.beforeCheck?.()
      if (locked?.isLocked()) {
        show(lockedNoticeFor(locked.reminders.takeDue(locked.now?.() ?? Date.now(), locked.timeZone())))
        return
      }
      const raised = locked?.reminders.takeRaised() ?? []
      if (raised.length > 0) locked?.confirmRaised(raised)
      const due = options.take()
      if (due instanceof Promise)
        due.then(
          (reminders) => show(noticeFor(reminders)),
          (error: unknown) => options.onError?.(error),
        )
      else show(noticeFor(due))
    } catch (error) {
      options.onError?.(error)
    }
  }
  const handle = timers.setInterval(check, options.intervalMs ?? REMINDER_POLL_MS)
  check()
  return () => timers.clearInterval(handle)
}
