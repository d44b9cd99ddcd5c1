/**
 * Makes the process read the system's time zone again. ICU keeps the zone it found at start;
 * Node re-detects it when process.env.TZ is assigned or deleted on the main thread, for the whole
 * process (a worker thread's Intl sees the new zone too). Core asks Intl for the zone on every
 * use (electron/core/ports.ts, systemTimeZone), so after this a flight with Mend open moves
 * quiet hours, "today" and reminders to where the person is. Called on resume and before each
 * reminder check; a TZ set by the person is kept as it is.
 */
export function refreshSystemTimeZone(env: NodeJS.ProcessEnv = process.env): void {
  const fixed = env['TZ']
  if (fixed === undefined) delete env['TZ']
  else env['TZ'] = fixed
}
