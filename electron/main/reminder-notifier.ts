import type { Reminder } from '../contract'

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

export interface ReminderNotifierOptions {
  /** From the core's worker the answer comes back as a message: a promise. */
  take(): readonly Reminder[] | Promise<readonly Reminder[]>
  show(notice: DesktopNotice): void
  /** A notification the system refused must not take the main process down with it. */
  onError?(error: unknown): void
  timers?: { setInterval(run: () => void, ms: number): unknown; clearInterval(handle: unknown): void }
  intervalMs?: number
}

/** Polls core for due reminders and shows them; returns a stop function. */
export function startReminderNotifier(options: ReminderNotifierOptions): () => void {
  const timers = options.timers ?? {
    setInterval: (run: () => void, ms: number) => setInterval(run, ms),
    clearInterval: (handle: unknown) => clearInterval(handle as NodeJS.Timeout),
  }
  const showDue = (due: readonly Reminder[]) => {
    try {
      const notice = noticeFor(due)
      if (notice) options.show(notice)
    } catch (error) {
      options.onError?.(error)
    }
  }
  const check = () => {
    try {
      const due = options.take()
      if (due instanceof Promise) due.then(showDue, (error: unknown) => options.onError?.(error))
      else showDue(due)
    } catch (error) {
      options.onError?.(error)
    }
  }
  const handle = timers.setInterval(check, options.intervalMs ?? REMINDER_POLL_MS)
  check()
  return () => timers.clearInterval(handle)
}
