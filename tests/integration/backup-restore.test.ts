import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { BackupService, createSettingsQueries, silentLogger, type Vault } from '../../electron/core'
import { createNotesTable, notesIn, readBackup } from '../helpers/backup-files'
import { GOOD_PASSPHRASE, makeTempDir, makeVault, manualClock } from '../helpers/temp-vault'
import { expectMendError } from '../helpers/vault-files'

const OTHER_PASSPHRASE = 'another strong passphrase 93 owl'

/** A vault with a BackupService, unlocked, with a notes table. */
async function openVault(directory: string, clock: ReturnType<typeof manualClock>, passphrase: string, name: string) {
  const vault = makeVault(directory, { clock })
  const backups = new BackupService(vault, silentLogger)
  await vault.create(passphrase, name)
  createNotesTable(vault.database())
  return { vault, backups }
}

const addNote = (vault: Vault, body: string) =>
  vault.database().prepare('INSERT INTO notes (body) VALUES (?)').run(body)

describe('restore: a backup of the same journal', () => {
  let temp: ReturnType<typeof makeTempDir>
  let clock: ReturnType<typeof manualClock>
  let vault: Vault
  let backups: BackupService
  let backupPath: string
  beforeEach(async () => {
    temp = makeTempDir()
    clock = manualClock()
    ;({ vault, backups } = await openVault(temp.path, clock, GOOD_PASSPHRASE, 'Sam'))
    addNote(vault, 'before the backup')
    backupPath = (await backups.create()).path
    clock.advance(60_000)
    addNote(vault, 'after the backup')
  })
  afterEach(() => {
    vault.lockNow()
    temp.remove()
  })

  it('shows what the backup holds first, changing nothing', async () => {
    const before = readdirSync(backups.directory)
    expect(await backups.inspect(backupPath)).toMatchObject({
      createdAt: '2026-11-24T12:00:00.000Z',
      sameJournal: true,
      displayName: 'Sam',
    })
    expect(notesIn(vault.database())).toEqual(['before the backup', 'after the backup'])
    expect(readdirSync(backups.directory)).toEqual(before)
  })

  it('brings back the data written before the backup', async () => {
    const info = await backups.restore(backupPath)
    expect(info.displayName).toBe('Sam')
    expect(vault.isUnlocked).toBe(true)
    expect(notesIn(vault.database())).toEqual(['before the backup'])
    await vault.lock()
    await vault.unlock(GOOD_PASSPHRASE)
    expect(notesIn(vault.database())).toEqual(['before the backup'])
  })

  it('backs up the current journal first, so the restore can be undone', async () => {
    await backups.restore(backupPath)
    const preRestore = backups.list().find((file) => file.path !== backupPath)
    if (!preRestore) throw new Error('no pre-restore backup')
    expect(preRestore.createdAt).toBe('2026-11-24T12:01:00.000Z')
    const key = Buffer.from(vault.session().dataKey)
    expect(readBackup(preRestore.path, key, notesIn)).toEqual(['before the backup', 'after the backup'])

    await backups.restore(preRestore.path)
    expect(notesIn(vault.database())).toEqual(['before the backup', 'after the backup'])
  })

  it('keeps the backup it restores even when only one backup is to be kept', async () => {
    createSettingsQueries(vault.database()).update({ backupsToKeep: 1 })
    await backups.restore(backupPath)
    expect(notesIn(vault.database())).toEqual(['before the backup'])
    // Rotation after the pre-restore backup would otherwise have removed the source.
    expect(existsSync(backupPath)).toBe(true)
    expect(backups.list().map((file) => file.createdAt)).toEqual([
      '2026-11-24T12:01:00.000Z',
      '2026-11-24T12:00:00.000Z',
    ])
  })

  it('answers LOCKED while the vault is locked and leaves it alone', async () => {
    await vault.lock()
    await expectMendError(backups.restore(backupPath), 'LOCKED')
    expect(backups.list()).toHaveLength(1)
  })

  it('leaves no temp files in the vault folder', async () => {
    await backups.restore(backupPath)
    expect(readdirSync(temp.path).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })
})

describe('restore: a backup of another journal', () => {
  let temp: ReturnType<typeof makeTempDir>
  let clock: ReturnType<typeof manualClock>
  let mine: { vault: Vault; backups: BackupService }
  let foreignBackup: string
  beforeEach(async () => {
    temp = makeTempDir()
    clock = manualClock()
    const other = await openVault(join(temp.path, 'other'), clock, OTHER_PASSPHRASE, 'Alex')
    addNote(other.vault, 'from the other journal')
    foreignBackup = (await other.backups.create()).path
    await other.vault.lock()
    mine = await openVault(join(temp.path, 'mine'), clock, GOOD_PASSPHRASE, 'Sam')
    addNote(mine.vault, 'mine')
  })
  afterEach(() => {
    mine.vault.lockNow()
    temp.remove()
  })

  it('needs that backup’s passphrase: PASSPHRASE_REQUIRED without, WRONG_PASSPHRASE when wrong', async () => {
    await expectMendError(mine.backups.inspect(foreignBackup), 'PASSPHRASE_REQUIRED')
    const wrong = await expectMendError(mine.backups.inspect(foreignBackup, GOOD_PASSPHRASE), 'WRONG_PASSPHRASE')
    expect(wrong.extra.field).toBe('passphrase')
    await expectMendError(mine.backups.restore(foreignBackup), 'PASSPHRASE_REQUIRED')
    clock.advance(wrong.extra.retryAfterMs ?? 0)
    await expectMendError(mine.backups.restore(foreignBackup, GOOD_PASSPHRASE), 'WRONG_PASSPHRASE')
    expect(notesIn(mine.vault.database())).toEqual(['mine'])
  })

  it('counts wrong backup passphrases in the same backoff as unlocking, across restarts', async () => {
    const first = await expectMendError(
      mine.backups.inspect(foreignBackup, 'wrong guess number one 11'),
      'WRONG_PASSPHRASE',
    )
    expect(first.extra.retryAfterMs).toBe(1000)
    // At once again, through inspect or restore: refused before any key is derived.
    await expectMendError(mine.backups.inspect(foreignBackup, OTHER_PASSPHRASE), 'TOO_MANY_ATTEMPTS')
    await expectMendError(mine.backups.restore(foreignBackup, OTHER_PASSPHRASE), 'TOO_MANY_ATTEMPTS')
    clock.advance(1000)
    const second = await expectMendError(mine.backups.restore(foreignBackup, 'wrong guess two 22'), 'WRONG_PASSPHRASE')
    expect(second.extra.retryAfterMs).toBe(2000)
    // The journal's own unlock waits too, also in a new process (the count is kept on disk).
    mine.vault.lockNow()
    const again = makeVault(join(temp.path, 'mine'), { clock })
    expect(again.status().retryAfterMs).toBe(2000)
    await expectMendError(again.unlock(GOOD_PASSPHRASE), 'TOO_MANY_ATTEMPTS')
  })

  it('will not look into or restore a backup while the journal is locked', async () => {
    mine.vault.lockNow()
    await expectMendError(mine.backups.inspect(foreignBackup, OTHER_PASSPHRASE), 'LOCKED')
    await expectMendError(mine.backups.restore(foreignBackup, OTHER_PASSPHRASE), 'LOCKED')
    expect(mine.vault.status().retryAfterMs).toBe(0)
  })

  it('shows its contents with its passphrase, marked as another journal', async () => {
    expect(await mine.backups.inspect(foreignBackup, OTHER_PASSPHRASE)).toMatchObject({
      sameJournal: false,
      displayName: 'Alex',
    })
  })

  it('restores it under the current passphrase: the backup’s passphrase does not open the vault', async () => {
    const info = await mine.backups.restore(foreignBackup, OTHER_PASSPHRASE)
    expect(info.displayName).toBe('Alex')
    expect(notesIn(mine.vault.database())).toEqual(['from the other journal'])

    await mine.vault.lock()
    await expectMendError(mine.vault.unlock(OTHER_PASSPHRASE), 'WRONG_PASSPHRASE')
    clock.advance(60_000)
    await mine.vault.unlock(GOOD_PASSPHRASE)
    expect(notesIn(mine.vault.database())).toEqual(['from the other journal'])
  })

  it('keeps the replaced journal as a pre-restore backup under the current key', async () => {
    await mine.backups.restore(foreignBackup, OTHER_PASSPHRASE)
    const [preRestore] = mine.backups.list()
    if (!preRestore) throw new Error('no pre-restore backup')
    expect(readBackup(preRestore.path, Buffer.from(mine.vault.session().dataKey), notesIn)).toEqual(['mine'])
  })
})

describe('restore: into an empty folder (a new computer)', () => {
  let temp: ReturnType<typeof makeTempDir>
  let backupPath: string
  let recoveryKey: string
  beforeEach(async () => {
    temp = makeTempDir()
    const vault = makeVault(join(temp.path, 'old'))
    const backups = new BackupService(vault, silentLogger)
    recoveryKey = (await vault.create(OTHER_PASSPHRASE, 'Alex')).recoveryKey
    createNotesTable(vault.database(), ['carried over'])
    backupPath = (await backups.create()).path
    await vault.lock()
  })
  afterEach(() => temp.remove())

  it('opens with the backup’s passphrase, which then unlocks the new vault, as does its recovery key', async () => {
    const folder = join(temp.path, 'new')
    const vault = makeVault(folder)
    const backups = new BackupService(vault, silentLogger)
    try {
      const info = await backups.restoreAsNewVault(backupPath, OTHER_PASSPHRASE)
      expect(info).toMatchObject({ location: folder, displayName: 'Alex' })
      expect(notesIn(vault.database())).toEqual(['carried over'])
      await vault.lock()
      await vault.unlock(OTHER_PASSPHRASE)
      await vault.lock()
      await vault.recover(recoveryKey, GOOD_PASSPHRASE)
      expect(notesIn(vault.database())).toEqual(['carried over'])
    } finally {
      vault.lockNow()
    }
  })

  it('refuses a wrong passphrase with WRONG_PASSPHRASE and creates no vault', async () => {
    const folder = join(temp.path, 'new')
    const vault = makeVault(folder)
    await expectMendError(
      new BackupService(vault, silentLogger).restoreAsNewVault(backupPath, GOOD_PASSPHRASE),
      'WRONG_PASSPHRASE',
    )
    expect(vault.status().state).toBe('none')
    expect(existsSync(folder)).toBe(false)
  })

  it('refuses with VAULT_EXISTS where a journal already is', async () => {
    const vault = makeVault(join(temp.path, 'old'))
    await expectMendError(
      new BackupService(vault, silentLogger).restoreAsNewVault(backupPath, OTHER_PASSPHRASE),
      'VAULT_EXISTS',
    )
  })
})
