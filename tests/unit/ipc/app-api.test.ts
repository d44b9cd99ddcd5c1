import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { MendEvent } from '../../../electron/contract'
import { silentLogger } from '../../../electron/core'
import { createAppApi, type AppApi } from '../../../electron/ipc'
import { fakeTimers } from '../../helpers/fake-timers'
import { FAST_SCRYPT, GOOD_PASSPHRASE, makeTempDir } from '../../helpers/temp-vault'

describe('app api: locking and its events', () => {
  let temp: ReturnType<typeof makeTempDir>
  let api: AppApi
  let events: MendEvent[]
  beforeEach(() => {
    temp = makeTempDir()
    api = createAppApi({ directory: temp.path, scrypt: FAST_SCRYPT, logger: silentLogger })
    events = []
    api.events.subscribe((event) => events.push(event))
  })
  afterEach(() => {
    api.vault.lockNow()
    temp.remove()
  })

  it('vault.lock emits one "vault.locked" (manual) event when the vault was unlocked', async () => {
    await api.router.dispatch('vault.create', { passphrase: GOOD_PASSPHRASE })
    const result = await api.router.dispatch('vault.lock', {})
    expect(result).toEqual({ ok: true, value: { state: 'locked', retryAfterMs: 0, location: temp.path } })
    expect(events).toEqual([{ type: 'vault.locked', reason: 'manual' }])
    expect(api.vault.isUnlocked).toBe(false)
  })

  it('vault.lock emits nothing when the vault was already locked or never created', async () => {
    expect(await api.router.dispatch('vault.lock', {})).toEqual({
      ok: true,
      value: { state: 'none', retryAfterMs: 0, location: temp.path },
    })
    await api.router.dispatch('vault.create', { passphrase: GOOD_PASSPHRASE })
    await api.router.dispatch('vault.lock', {})
    await api.router.dispatch('vault.lock', {})
    expect(events).toHaveLength(1)
  })

  it.each(['idle', 'suspend', 'screen-lock', 'hidden', 'shutdown'] as const)(
    'lock(%j) locks and reports that reason',
    async (reason) => {
      await api.router.dispatch('vault.create', { passphrase: GOOD_PASSPHRASE })
      await api.lock(reason)
      expect(api.vault.status().state).toBe('locked')
      expect(events).toEqual([{ type: 'vault.locked', reason }])
      await api.lock(reason)
      expect(events).toHaveLength(1)
    },
  )

  it('after a lock, getInfo answers LOCKED and unlock brings the same journal back', async () => {
    const created = await api.router.dispatch('vault.create', { passphrase: GOOD_PASSPHRASE, displayName: 'Sam' })
    if (!created.ok) throw new Error('create failed')
    const { info } = created.value as { info: unknown }
    await api.lock('idle')
    expect(await api.router.dispatch('vault.getInfo', {})).toMatchObject({ ok: false, error: { code: 'LOCKED' } })
    expect(await api.router.dispatch('vault.unlock', { passphrase: GOOD_PASSPHRASE })).toEqual({
      ok: true,
      value: info,
    })
  })

  it('still answers vault.lock with ok, and tells the other listeners, when one listener throws', async () => {
    // E.g. a transport whose window was just destroyed: the lock itself has happened.
    api.events.subscribe(() => {
      throw new Error('Object has been destroyed')
    })
    const after: MendEvent[] = []
    api.events.subscribe((event) => after.push(event))
    await api.router.dispatch('vault.create', { passphrase: GOOD_PASSPHRASE })
    const result = await api.router.dispatch('vault.lock', {})
    expect(api.vault.isUnlocked).toBe(false)
    expect(after).toEqual([{ type: 'vault.locked', reason: 'manual' }])
    expect(result).toEqual({ ok: true, value: { state: 'locked', retryAfterMs: 0, location: temp.path } })
  })

  it('stops delivering events to a listener that unsubscribed', async () => {
    const late: MendEvent[] = []
    const unsubscribe = api.events.subscribe((event) => late.push(event))
    unsubscribe()
    await api.router.dispatch('vault.create', { passphrase: GOOD_PASSPHRASE })
    await api.router.dispatch('vault.lock', {})
    expect(late).toEqual([])
    expect(events).toHaveLength(1)
  })
})

describe('app api: a lock requested while an unlock is in progress', () => {
  let temp: ReturnType<typeof makeTempDir>
  let timers: ReturnType<typeof fakeTimers>
  let api: AppApi
  let events: MendEvent[]
  beforeEach(async () => {
    temp = makeTempDir()
    timers = fakeTimers()
    api = createAppApi({ directory: temp.path, scrypt: FAST_SCRYPT, logger: silentLogger, timers })
    await api.router.dispatch('vault.create', { passphrase: GOOD_PASSPHRASE })
    await api.lock('manual')
    events = []
    api.events.subscribe((event) => events.push(event))
  })
  afterEach(() => {
    api.vault.lockNow()
    temp.remove()
  })

  it('is not lost: an unlock it overtakes answers LOCKED and never opens (the lid closed mid-unlock)', async () => {
    const unlocking = api.router.dispatch('vault.unlock', { passphrase: GOOD_PASSPHRASE })
    const locking = api.lock('suspend')
    const [unlocked] = await Promise.all([unlocking, locking])
    expect(unlocked).toMatchObject({ ok: false, error: { code: 'LOCKED' } })
    await api.vault.exclusive(() => undefined)
    expect(api.vault.status().state).toBe('locked')
    // Nothing was open, so nothing had to be emptied: the unlock screen stays and says why.
    expect(events).toEqual([])
    // No auto-lock countdown is left running for a vault that is already locked.
    expect(timers.pendingCount()).toBe(0)
  })
})
