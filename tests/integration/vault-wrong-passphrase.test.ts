import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Vault } from '../../electron/core'
import { GOOD_PASSPHRASE, makeTempDir, makeVault, manualClock } from '../helpers/temp-vault'
import { expectMendError, sha256File } from '../helpers/vault-files'

const WRONG = 'orchard lantern quietly 48 river'

describe('vault: wrong passphrases slow down guessing and never damage anything', () => {
  let temp: ReturnType<typeof makeTempDir>
  let clock: ReturnType<typeof manualClock>
  let vault: Vault
  beforeEach(async () => {
    temp = makeTempDir()
    clock = manualClock()
    vault = makeVault(temp.path, { clock })
    await vault.create(GOOD_PASSPHRASE, 'Sam')
    await vault.lock()
  })
  afterEach(() => {
    vault.lockNow()
    temp.remove()
  })

  /** Waits out the current backoff, then makes one wrong attempt and returns its retryAfterMs. */
  async function failOnce(): Promise<number> {
    clock.advance(vault.status().retryAfterMs)
    const error = await expectMendError(vault.unlock(WRONG), 'WRONG_PASSPHRASE')
    return error.extra.retryAfterMs ?? -1
  }

  it('rejects a wrong passphrase with WRONG_PASSPHRASE and a wait, and stays locked', async () => {
    const error = await expectMendError(vault.unlock(WRONG), 'WRONG_PASSPHRASE')
    expect(error.extra.retryAfterMs).toBe(1_000)
    expect(error.toPayload()).toMatchObject({ code: 'WRONG_PASSPHRASE', retryAfterMs: 1_000 })
    expect(vault.status()).toEqual({ state: 'locked', retryAfterMs: 1_000, location: temp.path })
  })

  it('leaves the database and the key header byte for byte unchanged', async () => {
    const db = join(temp.path, 'mend.db')
    const header = join(temp.path, 'vault-header.json')
    const before = [sha256File(db), sha256File(header)]
    await failOnce()
    await failOnce()
    expect([sha256File(db), sha256File(header)]).toEqual(before)
  })

  it('refuses even the right passphrase with TOO_MANY_ATTEMPTS while the backoff runs', async () => {
    await failOnce()
    let error = await expectMendError(vault.unlock(GOOD_PASSPHRASE), 'TOO_MANY_ATTEMPTS')
    expect(error.extra.retryAfterMs).toBe(1_000)
    clock.advance(400)
    error = await expectMendError(vault.unlock(GOOD_PASSPHRASE), 'TOO_MANY_ATTEMPTS')
    expect(error.extra.retryAfterMs).toBe(600)
    expect(vault.status().retryAfterMs).toBe(600)
    clock.advance(600)
    expect(vault.status().retryAfterMs).toBe(0)
    await vault.unlock(GOOD_PASSPHRASE)
    expect(vault.isUnlocked).toBe(true)
  })

  it('doubles the wait after each further failure, capped at five minutes', async () => {
    const waits: number[] = []
    for (let i = 0; i < 11; i += 1) waits.push(await failOnce())
    expect(waits).toEqual([1, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300].map((s) => s * 1_000))
  })

  it('does not count attempts refused during the backoff as further failures', async () => {
    await failOnce()
    await expectMendError(vault.unlock(WRONG), 'TOO_MANY_ATTEMPTS')
    await expectMendError(vault.unlock(WRONG), 'TOO_MANY_ATTEMPTS')
    expect(await failOnce()).toBe(2_000)
  })

  it('keeps the backoff across a restart (a new Vault on the same folder)', async () => {
    await failOnce()
    await failOnce()
    clock.advance(500)
    const restarted = makeVault(temp.path, { clock })
    expect(restarted.status()).toEqual({ state: 'locked', retryAfterMs: 1_500, location: temp.path })
    await expectMendError(restarted.unlock(GOOD_PASSPHRASE), 'TOO_MANY_ATTEMPTS')
    clock.advance(1_500)
    const error = await expectMendError(restarted.unlock(WRONG), 'WRONG_PASSPHRASE')
    expect(error.extra.retryAfterMs).toBe(4_000)
  })

  it('resets the backoff after a successful unlock', async () => {
    await failOnce()
    await failOnce()
    await failOnce()
    clock.advance(vault.status().retryAfterMs)
    await vault.unlock(GOOD_PASSPHRASE)
    await vault.lock()
    expect(vault.status().retryAfterMs).toBe(0)
    expect(await failOnce()).toBe(1_000)
    // ...and the reset is saved, not only remembered by this instance.
    clock.advance(1_000)
    await vault.unlock(GOOD_PASSPHRASE)
    await vault.lock()
    expect(makeVault(temp.path, { clock }).status().retryAfterMs).toBe(0)
  })

  it('never lets a clock turned back lengthen the wait beyond the current delay', async () => {
    await failOnce()
    clock.advance(-3_600_000)
    expect(vault.status().retryAfterMs).toBe(1_000)
  })
})
