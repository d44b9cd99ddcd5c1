import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { GOOD_PASSPHRASE, makeTempDir, makeVault, manualClock } from '../helpers/temp-vault'
import { expectMendError, hashFolder } from '../helpers/vault-files'

describe('vault.create refuses what it must and never destroys a file', () => {
  let temp: ReturnType<typeof makeTempDir>
  let dir: string
  beforeEach(() => {
    temp = makeTempDir()
    dir = join(temp.path, 'journal')
  })
  afterEach(() => temp.remove())

  it.each([
    ['too short', 'Tr0ub4!'],
    ['a common password', 'password12345'],
    ['a keyboard run', 'qwertyuiop1234'],
    ['one repeated character', 'aaaaaaaaaaaaaaaa'],
  ])('refuses %s with INVALID_INPUT on the passphrase field, creating nothing', async (_label, weak) => {
    const vault = makeVault(dir)
    const error = await expectMendError(vault.create(weak), 'INVALID_INPUT')
    expect(error.extra.field).toBe('passphrase')
    expect(error.toPayload().field).toBe('passphrase')
    expect(error.message.length).toBeGreaterThan(0)
    expect(error.message).not.toContain(weak)
    expect(vault.status().state).toBe('none')
    expect(existsSync(dir)).toBe(false)
  })

  it('refuses a second journal in the same folder with VAULT_EXISTS and touches no file', async () => {
    const first = makeVault(dir)
    await first.create(GOOD_PASSPHRASE, 'First')
    await first.lock()
    const before = hashFolder(dir)

    const second = makeVault(dir)
    await expectMendError(second.create('another strong passphrase 93 owl', 'Second'), 'VAULT_EXISTS')
    expect(hashFolder(dir)).toEqual(before)

    const info = await second.unlock(GOOD_PASSPHRASE)
    expect(info.displayName).toBe('First')
    await second.lock()
  })

  it('refuses VAULT_EXISTS while the existing journal is unlocked, and keeps it usable', async () => {
    const vault = makeVault(dir)
    await vault.create(GOOD_PASSPHRASE, 'First')
    await expectMendError(vault.create('another strong passphrase 93 owl'), 'VAULT_EXISTS')
    expect(vault.info().displayName).toBe('First')
    await vault.lock()
  })

  it('answers VAULT_EXISTS whatever passphrase is offered', async () => {
    const vault = makeVault(dir)
    await vault.create(GOOD_PASSPHRASE)
    await vault.lock()
    await expectMendError(vault.create('x'), 'VAULT_EXISTS')
  })

  it('sets a leftover mend.db without a header aside (renamed, not deleted), with its -wal', async () => {
    mkdirSync(dir)
    const leftover = Buffer.from('bytes of a creation that crashed before its header was saved')
    writeFileSync(join(dir, 'mend.db'), leftover)
    writeFileSync(join(dir, 'mend.db-wal'), 'leftover wal')
    const vault = makeVault(dir, { clock: manualClock() })
    expect(vault.status().state).toBe('none')

    await vault.create(GOOD_PASSPHRASE, 'Fresh')
    await vault.lock()

    const names = readdirSync(dir).sort()
    const stamp = '2026-11-24T12-00-00-000Z'
    expect(names).toContain(`mend.db.orphaned-${stamp}`)
    expect(names).toContain(`mend.db.orphaned-${stamp}-wal`)
    expect(readFileSync(join(dir, `mend.db.orphaned-${stamp}`))).toEqual(leftover)
    expect(readFileSync(join(dir, `mend.db.orphaned-${stamp}-wal`), 'utf8')).toBe('leftover wal')

    const info = await makeVault(dir).unlock(GOOD_PASSPHRASE)
    expect(info.displayName).toBe('Fresh')
  })

  it('creates the journal folder (and its parents) when missing', async () => {
    const deep = join(temp.path, 'a', 'b', 'journal')
    const vault = makeVault(deep)
    await vault.create(GOOD_PASSPHRASE)
    await vault.lock()
    expect(readdirSync(deep).sort()).toEqual(['mend.db', 'vault-header.json'])
  })

  it('fails with a typed IO error when the folder cannot be created, leaving no journal', async () => {
    writeFileSync(join(temp.path, 'a-file'), 'not a folder')
    const vault = makeVault(join(temp.path, 'a-file', 'journal'))
    await expectMendError(vault.create(GOOD_PASSPHRASE), 'IO')
    expect(vault.status().state).toBe('none')
  })
})

describe('a new recovery key waits in memory until it is confirmed', () => {
  let temp: ReturnType<typeof makeTempDir>
  beforeEach(() => {
    temp = makeTempDir()
  })
  afterEach(() => temp.remove())

  it('is offered again until confirmed (a reloaded window shows it), and forgotten on lock', async () => {
    const vault = makeVault(join(temp.path, 'journal'))
    const { recoveryKey } = await vault.create(GOOD_PASSPHRASE)
    expect(vault.recoveryKeyToConfirm()).toBe(recoveryKey)
    vault.confirmRecoveryKeyStored()
    expect(vault.recoveryKeyToConfirm()).toBeNull()

    const rotated = await vault.rotateRecoveryKey(GOOD_PASSPHRASE)
    expect(vault.recoveryKeyToConfirm()).toBe(rotated)
    await vault.lock()
    expect(vault.recoveryKeyToConfirm()).toBeNull()
    await vault.unlock(GOOD_PASSPHRASE)
    // Not confirmed, and no longer shown: home reminds the person to make a new one.
    expect(vault.recoveryKeyToConfirm()).toBeNull()
    expect(vault.info().recoveryKeyConfirmed).toBe(false)
    await vault.lock()
  })
})
