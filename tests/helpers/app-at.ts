import { join } from 'node:path'
import { expect } from 'vitest'
import type { Result } from '../../electron/contract'
import { silentLogger, type Logger } from '../../electron/core'
import { createAppApi, type AppApiOptions, type HostDialogs } from '../../electron/ipc'
import { fakeTimers } from './fake-timers'
import { FAST_SCRYPT, GOOD_PASSPHRASE, makeTempDir } from './temp-vault'

/**
 * A Mend on a real encrypted vault whose clock and time zone the test moves by hand: the person
 * lives through days, flights and restarts while the test watches what the app says.
 */
export function appAt(start: string, zone: string, options: Partial<AppApiOptions> = {}) {
  const temp = makeTempDir('mend-months-')
  const directory = join(temp.path, 'vault')
  const state = { now: Date.parse(start), zone }
  const logged: string[] = []
  const logger: Logger = { ...silentLogger, error: (message) => logged.push(message) }
  const exportNames: string[] = []
  const dialogs: HostDialogs = {
    chooseBackupFile: async () => null,
    chooseExportTarget: async (_format, name) => {
      exportNames.push(name)
      return null
    },
    chooseImportSource: async () => null,
    choosePdfTarget: async (name) => {
      exportNames.push(name)
      return null
    },
  }
  const open = () =>
    createAppApi({
      directory,
      scrypt: FAST_SCRYPT,
      logger,
      clock: { now: () => state.now },
      timeZone: () => state.zone,
      timers: fakeTimers(),
      dialogs,
      ...options,
    })
  const app = {
    api: open(),
    state,
    logged,
    exportNames,
    /** Sets the clock to an instant written with its offset, e.g. `2026-03-02T20:00:00+01:00`. */
    at(instant: string) {
      state.now = Date.parse(instant)
      expect(Number.isNaN(state.now), instant).toBe(false)
    },
    /** The person is now in another zone (a flight, a move); the clock itself runs on. */
    flyTo(next: string) {
      state.zone = next
    },
    call: (procedure: string, input?: unknown) => app.api.router.dispatch(procedure, input ?? {}),
    async create() {
      value(await app.call('vault.create', { passphrase: GOOD_PASSPHRASE }))
    },
    async lock() {
      value(await app.call('vault.lock', {}))
    },
    async unlock() {
      value(await app.call('vault.unlock', { passphrase: GOOD_PASSPHRASE }))
    },
    /** Quits and starts again on the same vault (locked). */
    restart() {
      app.api.vault.lockNow()
      app.api = open()
    },
    close() {
      app.api.vault.lockNow()
      temp.remove()
    },
  }
  return app
}

export type AppAt = ReturnType<typeof appAt>

export function value<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`)
  return result.value as T
}

export function failureCode(result: Result<unknown>): string {
  expect(result.ok, JSON.stringify(result).slice(0, 300)).toBe(false)
  return result.ok ? '' : result.error.code
}
