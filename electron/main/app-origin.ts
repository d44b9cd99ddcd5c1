/**
 * The renderer is served from a custom, privileged scheme rather than file://, so it has a
 * real origin we can check IPC senders and navigations against (as VS Code and Signal do).
 */
export const APP_SCHEME = 'app'
export const APP_HOST = 'mend'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`

/** True when `url` belongs to `origin` (scheme and host:port equal). Malformed URLs are not ours. */
export function isSameOrigin(url: string, origin: string): boolean {
  try {
    const candidate = new URL(url)
    const expected = new URL(origin)
    return (
      candidate.protocol === expected.protocol &&
      candidate.host === expected.host &&
      candidate.username === '' &&
      candidate.password === ''
    )
  } catch {
    return false
  }
}
