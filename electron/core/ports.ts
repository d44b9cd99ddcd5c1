/**
 * What core needs from its host, passed in rather than imported, so that core runs the same
 * under Electron, in tests and in the command line.
 */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number
}

export interface Logger {
  /** Messages are about events ("vault unlocked"), never about content or secrets. */
  info(message: string): void
  warn(message: string): void
  error(message: string, error?: unknown): void
}

export const systemClock: Clock = { now: () => Date.now() }

/**
 * The IANA time zone whose calendar the person lives by, asked on every use: it changes when
 * they travel with Mend open, and a day, a quiet hour or a file name must follow them. A fixed
 * string is a zone that never changes (the command line, tests).
 */
export type TimeZoneSource = string | (() => string)

/**
 * This machine's zone now. A fresh Intl.DateTimeFormat reads ICU's default zone, which the host
 * refreshes when the system's zone changes (electron/main/time-zone.ts); the Date object's local
 * methods keep a per-thread cache and are never used for a calendar day.
 */
export const systemTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone

/** A source as a function, so every caller asks at the moment of use. */
export function zoneResolver(source: TimeZoneSource | undefined): () => string {
  if (source === undefined) return systemTimeZone
  return typeof source === 'string' ? () => source : source
}

export const silentLogger: Logger = {
  info: () => {},
  warn: () => {},
  error: () => {},
}

/**
 * A console log for hosts. Errors are reduced to their name and code, because an error message
 * from deep inside SQLite or a file operation could in principle quote user data.
 */
export const consoleLogger: Logger = {
  info: (message) => console.info(`[mend] ${message}`),
  warn: (message) => console.warn(`[mend] ${message}`),
  error: (message, error) => {
    const code = (error as NodeJS.ErrnoException | undefined)?.code
    const detail = error instanceof Error ? ` (${error.name}${code ? ` ${code}` : ''})` : ''
    console.error(`[mend] ${message}${detail}`)
  },
}

/**
 * What long work (an import, a backup, a PDF, a migration) looks at between its chunks. A host
 * that runs core off its main thread sets these from outside while the work runs (in memory both
 * threads share), so a lock reaches even work that never yields. Hosts that cannot ask for
 * either while work runs (the command line) use `quietSignals`.
 */
export interface WorkSignals {
  /** A lock is waiting: long work stops at its next chunk and lets it in. */
  lockRequested(): boolean
  /** The person asked to stop the import or export in progress. */
  cancelRequested(): boolean
  /** Forgets a cancel asked for before the current work began. */
  clearCancel(): void
}

export const quietSignals: WorkSignals = {
  lockRequested: () => false,
  cancelRequested: () => false,
  clearCancel: () => {},
}
