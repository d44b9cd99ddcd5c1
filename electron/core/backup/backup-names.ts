/** Backup files are named by their UTC creation time so that name order is time order. */
const PATTERN = /^mend-backup-(\d{8}T\d{9}Z)(?:-(\d+))?\.mendbackup$/

export function backupName(now: number, attempt = 0): string {
  const stamp = new Date(now).toISOString().replace(/[-:.]/g, '')
  return `mend-backup-${stamp}${attempt ? `-${attempt}` : ''}.mendbackup`
}

/** The creation time encoded in a backup's name, or null for any other file. */
export function backupTime(name: string): number | null {
  const match = PATTERN.exec(name)
  if (!match?.[1]) return null
  const s = match[1]
  const iso = `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}:${s.slice(13, 15)}.${s.slice(15, 18)}Z`
  const time = Date.parse(iso)
  return Number.isNaN(time) ? null : time
}

/** Which backup of its millisecond a name is (0 for the first, then the "-N" suffix). */
export function backupAttempt(name: string): number {
  return Number(PATTERN.exec(name)?.[2] ?? 0)
}

/**
 * Newest first. Plain name order is not enough: backups made within the same millisecond carry
 * an attempt suffix, and "-1" sorts before "." (and "-10" before "-2"), which would put an older
 * backup first and let rotation delete the newest one.
 */
export function compareNewestFirst(a: string, b: string): number {
  return (backupTime(b) ?? 0) - (backupTime(a) ?? 0) || backupAttempt(b) - backupAttempt(a)
}
