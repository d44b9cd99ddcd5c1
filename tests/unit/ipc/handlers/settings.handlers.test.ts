import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DEFAULT_SETTINGS } from '../../../../electron/contract'
import { silentLogger } from '../../../../electron/core'
import { createAppApi, type AppApi } from '../../../../electron/ipc'
import { FAST_SCRYPT, GOOD_PASSPHRASE, makeTempDir } from '../../../helpers/temp-vault'

describe('settings procedures', () => {
  let temp: ReturnType<typeof makeTempDir>
  let api: AppApi
  beforeEach(async () => {
    temp = makeTempDir()
    api = createAppApi({ directory: temp.path, scrypt: FAST_SCRYPT, logger: silentLogger })
    await api.router.dispatch('vault.create', { passphrase: GOOD_PASSPHRASE })
  })
  afterEach(() => {
    api.vault.lockNow()
    temp.remove()
  })
  const call = (procedure: string, input: unknown = {}) => api.router.dispatch(procedure, input)

  it('settings.get gives the defaults for a new journal: 5 minutes, not on hide, keep 7', async () => {
    expect(DEFAULT_SETTINGS).toEqual({
      autoLockMinutes: 5,
      lockWhenHidden: false,
      backupsToKeep: 7,
      remindersEnabled: true,
      quietHours: { start: '22:00', end: '08:00' },
      appearance: 'system',
      onboardingDone: true,
    })
    expect(await call('settings.get')).toEqual({ ok: true, value: DEFAULT_SETTINGS })
  })

  it('settings.update changes only what it names, returns the result and keeps it across lock', async () => {
    const updated = { ...DEFAULT_SETTINGS, autoLockMinutes: 60, lockWhenHidden: true }
    expect(await call('settings.update', { autoLockMinutes: 60, lockWhenHidden: true })).toEqual({
      ok: true,
      value: updated,
    })
    await call('vault.lock')
    await call('vault.unlock', { passphrase: GOOD_PASSPHRASE })
    expect(await call('settings.get')).toEqual({ ok: true, value: updated })
    expect(api.settings()).toEqual(updated)
  })

  it('keeps the chosen theme and the end of the introduction across lock', async () => {
    await call('settings.update', { onboardingDone: false })
    await call('settings.update', { appearance: 'dark', onboardingDone: true })
    await call('vault.lock')
    await call('vault.unlock', { passphrase: GOOD_PASSPHRASE })
    expect(await call('settings.get')).toMatchObject({ ok: true, value: { appearance: 'dark', onboardingDone: true } })
  })

  it.each<[string, Record<string, unknown>, string]>([
    ['autoLockMinutes 0', { autoLockMinutes: 0 }, 'autoLockMinutes'],
    ['autoLockMinutes 61', { autoLockMinutes: 61 }, 'autoLockMinutes'],
    ['autoLockMinutes 1.5', { autoLockMinutes: 1.5 }, 'autoLockMinutes'],
    ['autoLockMinutes as text', { autoLockMinutes: '5' }, 'autoLockMinutes'],
    ['backupsToKeep 0', { backupsToKeep: 0 }, 'backupsToKeep'],
    ['backupsToKeep 101', { backupsToKeep: 101 }, 'backupsToKeep'],
    ['lockWhenHidden "yes"', { lockWhenHidden: 'yes' }, 'lockWhenHidden'],
    ['an unknown setting', { autoUnlock: true }, 'autoUnlock'],
    ['appearance "sepia"', { appearance: 'sepia' }, 'appearance'],
    ['onboardingDone "yes"', { onboardingDone: 'yes' }, 'onboardingDone'],
  ])(
    'settings.update refuses %s with INVALID_INPUT on that field and changes nothing',
    async (_label, patch, field) => {
      expect(await call('settings.update', patch)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field } })
      expect(await call('settings.get')).toEqual({ ok: true, value: DEFAULT_SETTINGS })
    },
  )

  it('answers LOCKED while locked', async () => {
    await call('vault.lock')
    for (const [procedure, input] of [
      ['settings.get', {}],
      ['settings.update', { autoLockMinutes: 10 }],
      ['session.reportActivity', {}],
    ] as const) {
      expect(await call(procedure, input)).toMatchObject({ ok: false, error: { code: 'LOCKED' } })
    }
    expect(api.settings()).toBeNull()
  })
})
