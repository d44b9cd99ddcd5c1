import { vi } from 'vitest'

/**
 * `vi.waitFor` gives up after one second by default. On a busy CI machine a lazy screen can take
 * longer than that to load while the condition is sure to come; a test must wait on the app's
 * signal, not race a clock. Ten seconds by default, unless a test asks for another limit.
 */
const waitFor = vi.waitFor.bind(vi)
vi.waitFor = ((callback: Parameters<typeof waitFor>[0], options?: Parameters<typeof waitFor>[1]) =>
  waitFor(callback, typeof options === 'number' ? options : { timeout: 10_000, ...options })) as typeof vi.waitFor
