import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DEFAULT_PLAN_PDF_SECTIONS, type PassphraseRating, type Result } from '../../../../electron/contract'
import { silentLogger, type Logger } from '../../../../electron/core'
import { createAppApi, type AppApi } from '../../../../electron/ipc'
import { FAST_SCRYPT, GOOD_PASSPHRASE, makeTempDir } from '../../../helpers/temp-vault'

function value<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`)
  return result.value as T
}

/**
 * The renderer's strength meter and "suggest a passphrase" go through the contract: rated in core,
 * with the same rule that guards creating a journal, changing its passphrase and a PDF's password.
 */
describe('vault.ratePassphrase and vault.suggestPassphrase', () => {
  let temp: ReturnType<typeof makeTempDir>
  let api: AppApi
  let choosePdfTarget: ReturnType<typeof vi.fn<(name: string) => Promise<string | null>>>
  const logged: string[] = []
  const logger: Logger = {
    ...silentLogger,
    info: (message) => logged.push(message),
    warn: (message) => logged.push(message),
    error: (message) => logged.push(message),
  }
  beforeEach(() => {
    temp = makeTempDir()
    logged.length = 0
    choosePdfTarget = vi.fn(async () => null)
    api = createAppApi({
      directory: join(temp.path, 'vault'),
      scrypt: FAST_SCRYPT,
      logger,
      dialogs: {
        chooseBackupFile: async () => null,
        chooseExportTarget: async () => null,
        chooseImportSource: async () => null,
        choosePdfTarget,
      },
    })
  })
  afterEach(() => {
    api.vault.lockNow()
    temp.remove()
  })
  const call = (procedure: string, input: unknown = {}) => api.router.dispatch(procedure, input)
  const rate = async (passphrase: string, displayName?: string) =>
    value<PassphraseRating>(await call('vault.ratePassphrase', { passphrase, ...(displayName ? { displayName } : {}) }))

  it('rates while there is no journal yet, counting the name typed on the create screen', async () => {
    expect(await rate('P@ssw0rd123')).toMatchObject({ acceptable: false, strength: 0 })
    expect((await rate('zephyrine okonkwo 7', 'Zephyrine Okonkwo')).reasons).toContain('own-words')
    expect(await rate('copper kettle 91 meadow whisper')).toEqual({ strength: 4, acceptable: true, reasons: [] })
  })

  it('with the journal open, counts the people in it too', async () => {
    await call('vault.create', { passphrase: GOOD_PASSPHRASE })
    await call('people.create', { name: 'Ksawery Wiśniewski' })
    expect((await rate('ksawery wiśniewski 2026')).reasons).toContain('own-words')
    await call('vault.lock')
    // Locked: nothing from inside the journal is known.
    expect((await rate('ksawery wiśniewski 2026')).reasons).not.toContain('own-words')
  })

  it('refuses what is not a string, and never writes the passphrase to the log', async () => {
    expect(await call('vault.ratePassphrase', { passphrase: 12 })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'passphrase' },
    })
    await rate('a secret I would never log 11')
    await call('vault.create', { passphrase: 'P@ssw0rd123' })
    expect(logged.join('\n')).not.toMatch(/secret I would never|P@ssw0rd/)
  })

  it('suggests five random words that pass the rule, new each time', async () => {
    const first = value<{ passphrase: string }>(await call('vault.suggestPassphrase', {})).passphrase
    const second = value<{ passphrase: string }>(await call('vault.suggestPassphrase', {})).passphrase
    expect(first.split(' ')).toHaveLength(5)
    expect(first).not.toBe(second)
    expect((await rate(first)).acceptable).toBe(true)
  })

  it('vault.create refuses a weak passphrase with the reason, and creates nothing', async () => {
    const result = await call('vault.create', { passphrase: 'Jessica1990' })
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'passphrase' } })
    expect(!result.ok && result.error.message).toMatch(/^This passphrase is not strong enough\. .*date or a year/)
    expect(api.vault.status().state).toBe('none')
  })

  it('a PDF password meets the same rule, before any dialog opens', async () => {
    await call('vault.create', { passphrase: GOOD_PASSPHRASE })
    const person = value<{ id: number }>(await call('people.create', { name: 'Zoë Ωmega' }))
    const plan = value<{ id: number }>(
      await call('plans.create', {
        personId: person.id,
        title: 'Repairing things',
        breach: {
          whatHappened: 'I forgot.',
          occurredOn: '2026-10-01',
          severity: 2,
          kind: 'care',
          involvedDeception: false,
        },
      }),
    )
    const options = { pageSize: 'A4', fontSize: 'normal', sections: DEFAULT_PLAN_PDF_SECTIONS }
    for (const password of ['password1234', 'zoë ωmega 2026', 'ορθογώνιο-9']) {
      const result = await call('export.planPdf', { planId: plan.id, options: { ...options, password } })
      expect(result, password).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'options.password' } })
      expect(!result.ok && result.error.message).toMatch(/^This password is not strong enough\./)
    }
    expect(choosePdfTarget).not.toHaveBeenCalled()
    const strong = await call('export.planPdf', {
      planId: plan.id,
      options: { ...options, password: 'lantern orbit velvet 71 crane' },
    })
    expect(strong).toEqual({ ok: true, value: null })
    expect(choosePdfTarget).toHaveBeenCalledTimes(1)
  })
})
