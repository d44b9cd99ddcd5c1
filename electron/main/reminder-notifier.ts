import type { Reminder } from '../contract'

/** How often main asks core what is due. Reminders are per minute, so this is as fine as it needs. */
export const REMINDER_POLL_MS = 60_000

export interface DesktopNotice {
  title: string
  body: string
}

/**
 * One notification for everything that fell due together. It never quotes the plan: a
 * notification shows on screen (and in the system's history) to whoever is near the computer,
 * so it says only how many things wait, and the details stay behind the app's lock.
 */
export function noticeFor(reminders: readonly Reminder[]): DesktopNotice | null {
  if (reminders.length === 0) return null
  const checkIns = reminders.filter((reminder) => reminder.kind === 'check-in').length
  const amends = reminders.length - checkIns
  const parts = [
    checkIns > 0 ? `${checkIns} check-in${checkIns === 1 ? '' : 's'} to record` : '',
    amends > 0 ? `${amends} amend${amends === 1 ? '' : 's'} due` : '',
  ].filter(Boolean)
  return { title: 'Mend', body: `${parts.join(' and ')}. Open Mend to see ${reminders.length === 1 ? 'it' : 'them'}.` }
}

export interface ReminderNotifierOptions {
  take(): readonly Reminder[]
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
  const check = () => {
    try {
      const notice = noticeFor(options.take())
      if (notice) options.show(notice)
    } catch (error) {
      options.onError?.(error)
    }
  }
  const handle = timers.setInterval(check, options.intervalMs ?? REMINDER_POLL_MS)
  check()
  return () => timers.clearInterval(handle)
}
