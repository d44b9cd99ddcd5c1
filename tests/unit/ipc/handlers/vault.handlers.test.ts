import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { MendEvent } from '../../../../electron/contract'
import { silentLogger } from '../../../../electron/core'
import { createAppApi, type AppApi } from '../../../../electron/ipc'
import { FAST_SCRYPT, GOOD_PASSPHRASE, makeTempDir, manualClock } from '../../../helpers/temp-vault'

const NEW_PASSPHRASE = 'another strong passphrase 93 owl'
const KEY_FORMAT = /^[A-Z2-7]{4}(-[A-Z2-7]{4}){7}$/

describe('vault procedures of issue 3', () => {
  let temp: ReturnType<typeof makeTempDir>
  let clock: ReturnType<typeof manualClock>
  let api: AppApi
  let events: MendEvent[]
  let recoveryKey: string
  beforeEach(async () => {
    temp = makeTempDir()
    clock = manualClock()
    api = createAppApi({ directory: temp.path, scrypt: FAST_SCRYPT, logger: silentLogger, clock })
    events = []
    api.events.subscribe((event) => events.push(event))
    const created = await api.router.dispatch('vault.create', { passphrase: GOOD_PASSPHRASE })
    if (!created.ok) throw new Error(created.error.message)
    recoveryKey = (created.value as { recoveryKey: string }).recoveryKey
  })
  afterEach(() => {
    api.vault.lockNow()
    temp.remove()
  })
  const call = (procedure: string, input: unknown = {}) => api.router.dispatch(procedure, input)
  const backupEvents = () =>
    events.filter((event) => event.type === 'backup.completed' || event.type === 'backup.failed')

  it('vault.create answers with the recovery key, shown once, and makes no backup', async () => {
    expect(recoveryKey).toMatch(KEY_FORMAT)
    await api.vault.exclusive(() => undefined)
    expect(api.backups.list()).toEqual([])
    expect(backupEvents()).toEqual([])
  })

  it('vault.unlock starts the daily backup in the background and reports backup.completed, once a day', async () => {
    await call('vault.lock')
    expect(await call('vault.unlock', { passphrase: GOOD_PASSPHRASE })).toMatchObject({ ok: true })
    await vi.waitFor(() => expect(backupEvents()).toHaveLength(1))
    const [file] = api.backups.list()
    expect(backupEvents()).toEqual([{ type: 'backup.completed', name: file?.name }])

    await call('vault.lock')
    await call('vault.unlock', { passphrase: GOOD_PASSPHRASE })
    await api.vault.exclusive(() => undefined)
    expect(api.backups.list()).toHaveLength(1)

    clock.advance(24 * 3_600_000)
    await call('vault.lock')
    await call('vault.unlock', { passphrase: GOOD_PASSPHRASE })
    await vi.waitFor(() => expect(api.backups.list()).toHaveLength(2))
  })

  it('vault.recover opens a locked journal with the recovery key and sets the new passphrase', async () => {
    await call('vault.lock')
    expect(
      await call('vault.recover', { recoveryKey: recoveryKey.toLowerCase(), newPassphrase: NEW_PASSPHRASE }),
    ).toMatchObject({
      ok: true,
    })
    expect(api.vault.isUnlocked).toBe(true)
    await vi.waitFor(() => expect(backupEvents()).toHaveLength(1))
    await call('vault.lock')
    expect(await call('vault.unlock', { passphrase: NEW_PASSPHRASE })).toMatchObject({ ok: true })
  })

  it.each<[string, unknown, string]>([
    ['a recovery key that cannot be one', { recoveryKey: 'ABCD', newPassphrase: NEW_PASSPHRASE }, 'recoveryKey'],
    ['an empty recovery key', { recoveryKey: '', newPassphrase: NEW_PASSPHRASE }, 'recoveryKey'],
    [
      'a weak new passphrase',
      { recoveryKey: 'AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA', newPassphrase: 'short' },
      'newPassphrase',
    ],
    ['an extra field', { recoveryKey: 'x', newPassphrase: NEW_PASSPHRASE, admin: true }, 'admin'],
  ])('vault.recover refuses %s with INVALID_INPUT on that field', async (_label, input, field) => {
    await call('vault.lock')
    expect(await call('vault.recover', input)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field } })
  })

  it('vault.recover with another vault’s recovery key answers WRONG_RECOVERY_KEY with a wait', async () => {
    await call('vault.lock')
    const result = await call('vault.recover', {
      recoveryKey: 'AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA',
      newPassphrase: NEW_PASSPHRASE,
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'WRONG_RECOVERY_KEY', retryAfterMs: 1_000 } })
  })

  it('vault.changePassphrase needs the current passphrase and a strong new one', async () => {
    expect(
      await call('vault.changePassphrase', { currentPassphrase: NEW_PASSPHRASE, newPassphrase: NEW_PASSPHRASE }),
    ).toMatchObject({
      ok: false,
      error: { code: 'WRONG_PASSPHRASE' },
    })
    clock.advance(60_000)
    expect(
      await call('vault.changePassphrase', { currentPassphrase: GOOD_PASSPHRASE, newPassphrase: 'weak' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'newPassphrase' },
    })
    expect(
      await call('vault.changePassphrase', { currentPassphrase: GOOD_PASSPHRASE, newPassphrase: NEW_PASSPHRASE }),
    ).toEqual({
      ok: true,
      value: {},
    })
    await call('vault.lock')
    expect(await call('vault.unlock', { passphrase: NEW_PASSPHRASE })).toMatchObject({ ok: true })
  })

  it('vault.rotateRecoveryKey answers a new key; the old one stops working', async () => {
    const rotated = await call('vault.rotateRecoveryKey', { passphrase: GOOD_PASSPHRASE })
    if (!rotated.ok) throw new Error(rotated.error.message)
    const fresh = (rotated.value as { recoveryKey: string }).recoveryKey
    expect(fresh).toMatch(KEY_FORMAT)
    expect(fresh).not.toBe(recoveryKey)
    await call('vault.lock')
    expect(await call('vault.recover', { recoveryKey, newPassphrase: NEW_PASSPHRASE })).toMatchObject({
      ok: false,
      error: { code: 'WRONG_RECOVERY_KEY' },
    })
  })

  it('recoveryKeyConfirmed: false after create and after rotating, true once vault.confirmRecoveryKey says so', async () => {
    const confirmed = async () => {
      const info = await call('vault.getInfo')
      if (!info.ok) throw new Error(info.error.message)
      return (info.value as { recoveryKeyConfirmed: boolean }).recoveryKeyConfirmed
    }
    expect(await confirmed()).toBe(false)
    expect(await call('vault.confirmRecoveryKey')).toMatchObject({ ok: true, value: { recoveryKeyConfirmed: true } })
    // Stored in the journal: still confirmed after a lock and unlock.
    await call('vault.lock')
    await call('vault.unlock', { passphrase: GOOD_PASSPHRASE })
    expect(await confirmed()).toBe(true)

    expect(await call('vault.rotateRecoveryKey', { passphrase: GOOD_PASSPHRASE })).toMatchObject({ ok: true })
    expect(await confirmed()).toBe(false)
    expect(await call('vault.confirmRecoveryKey')).toMatchObject({ ok: true, value: { recoveryKeyConfirmed: true } })
    expect(await confirmed()).toBe(true)
  })

  it('recoveryKeyConfirmed stays as it was when rotating fails (a wrong passphrase)', async () => {
    await call('vault.confirmRecoveryKey')
    expect(await call('vault.rotateRecoveryKey', { passphrase: NEW_PASSPHRASE })).toMatchObject({
      ok: false,
      error: { code: 'WRONG_PASSPHRASE' },
    })
    expect(await call('vault.getInfo')).toMatchObject({ ok: true, value: { recoveryKeyConfirmed: true } })
  })

  it('a journal from before the reminder existed counts as confirmed', async () => {
    api.vault.database().prepare("DELETE FROM vault_meta WHERE key = 'recovery_key_confirmed'").run()
    expect(await call('vault.getInfo')).toMatchObject({ ok: true, value: { recoveryKeyConfirmed: true } })
  })

  it('vault.confirmRecoveryKey answers LOCKED while locked', async () => {
    await call('vault.lock')
    expect(await call('vault.confirmRecoveryKey')).toMatchObject({ ok: false, error: { code: 'LOCKED' } })
  })

  it('vault.changePassphrase and vault.rotateRecoveryKey answer LOCKED while locked', async () => {
    await call('vault.lock')
    expect(
      await call('vault.changePassphrase', { currentPassphrase: GOOD_PASSPHRASE, newPassphrase: NEW_PASSPHRASE }),
    ).toMatchObject({
      ok: false,
      error: { code: 'LOCKED' },
    })
    expect(await call('vault.rotateRecoveryKey', { passphrase: GOOD_PASSPHRASE })).toMatchObject({
      ok: false,
      error: { code: 'LOCKED' },
    })
  })
})
