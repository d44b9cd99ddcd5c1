import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { MendEvent } from '../../../electron/contract'
import { silentLogger } from '../../../electron/core'
import { createAppApi, type AppApi } from '../../../electron/ipc'
import { fakeTimers } from '../../helpers/fake-timers'
import { FAST_SCRYPT, GOOD_PASSPHRASE, makeTempDir } from '../../helpers/temp-vault'

const MINUTE = 60_000

describe('auto-lock after a stretch without use', () => {
  let temp: ReturnType<typeof makeTempDir>
  let timers: ReturnType<typeof fakeTimers>
  let api: AppApi
  let events: MendEvent[]
  beforeEach(async () => {
    temp = makeTempDir()
    timers = fakeTimers()
    api = createAppApi({ directory: temp.path, scrypt: FAST_SCRYPT, logger: silentLogger, timers })
    events = []
    api.events.subscribe((event) => events.push(event))
    await api.router.dispatch('vault.create', { passphrase: GOOD_PASSPHRASE })
  })
  afterEach(() => {
    api.vault.lockNow()
    temp.remove()
  })

  const call = (procedure: string, input: unknown = {}) => api.router.dispatch(procedure, input)
  const idleLocks = () => events.filter((event) => event.type === 'vault.locked')
  async function expectLockedByIdle(): Promise<void> {
    await vi.waitFor(() => expect(idleLocks()).toEqual([{ type: 'vault.locked', reason: 'idle' }]))
    expect(api.vault.isUnlocked).toBe(false)
    expect(await call('vault.getInfo')).toMatchObject({ ok: false, error: { code: 'LOCKED' } })
  }
  async function expectStillUnlocked(): Promise<void> {
    await api.vault.exclusive(() => undefined)
    expect(api.vault.isUnlocked).toBe(true)
    expect(idleLocks()).toEqual([])
  }

  it('locks after the default 5 minutes without a call, with a "vault.locked" (idle) event', async () => {
    timers.advance(5 * MINUTE - 1)
    await expectStillUnlocked()
    timers.advance(1)
    await expectLockedByIdle()
  })

  it('starts the countdown again on session.reportActivity', async () => {
    timers.advance(4 * MINUTE)
    expect(await call('session.reportActivity')).toEqual({ ok: true, value: {} })
    timers.advance(4 * MINUTE)
    await expectStillUnlocked()
    timers.advance(MINUTE)
    await expectLockedByIdle()
  })

  it('counts any other call as use too', async () => {
    timers.advance(4 * MINUTE)
    await call('settings.get')
    timers.advance(4 * MINUTE)
    await expectStillUnlocked()
  })

  it('does not count vault.getStatus polling as use', async () => {
    for (let i = 0; i < 9; i += 1) {
      timers.advance(MINUTE / 2)
      expect(await call('vault.getStatus')).toMatchObject({ ok: true, value: { state: 'unlocked' } })
    }
    timers.advance(MINUTE / 2)
    await expectLockedByIdle()
    expect(await call('vault.getStatus')).toMatchObject({ ok: true, value: { state: 'locked' } })
  })

  it('uses the minutes chosen with settings.update, also after the next unlock', async () => {
    expect(await call('settings.update', { autoLockMinutes: 1 })).toMatchObject({ ok: true })
    timers.advance(MINUTE)
    await expectLockedByIdle()

    events.length = 0
    await call('vault.unlock', { passphrase: GOOD_PASSPHRASE })
    timers.advance(MINUTE - 1)
    await expectStillUnlocked()
    timers.advance(1)
    await expectLockedByIdle()
  })

  it('can be made longer: 30 minutes means no lock at 29', async () => {
    await call('settings.update', { autoLockMinutes: 30 })
    timers.advance(29 * MINUTE)
    await expectStillUnlocked()
    timers.advance(MINUTE)
    await expectLockedByIdle()
  })

  it('stops counting after any other lock: no idle event follows a manual lock', async () => {
    await call('vault.lock')
    expect(timers.pendingCount()).toBe(0)
    timers.advance(60 * MINUTE)
    await api.vault.exclusive(() => undefined)
    expect(events).toEqual([{ type: 'vault.locked', reason: 'manual' }])
  })

  it('does not start counting on calls made while locked', async () => {
    await call('vault.lock')
    await call('session.reportActivity')
    await call('settings.get')
    expect(timers.pendingCount()).toBe(0)
  })
})
