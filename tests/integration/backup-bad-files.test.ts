import { copyFileSync, existsSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ErrorCode } from '../../electron/contract'
import { BackupService, silentLogger, type Vault } from '../../electron/core'
import { readBackupLayout } from '../../electron/core/backup/backup-file'
import { createNotesTable, flipBytes, notesIn } from '../helpers/backup-files'
import { GOOD_PASSPHRASE, makeTempDir, makeVault, TEST_SCRYPT_POLICY } from '../helpers/temp-vault'
import { expectMendError, hashFolder } from '../helpers/vault-files'

/** Rewrites the JSON line of a backup file (its embedded key header and length). */
function editBackupMeta(path: string, edit: (meta: { header: Record<string, unknown> }) => void): void {
  const bytes = readFileSync(path)
  const magicEnd = bytes.indexOf(0x0a) + 1
  const metaEnd = bytes.indexOf(0x0a, magicEnd)
  const meta = JSON.parse(bytes.subarray(magicEnd, metaEnd).toString('utf8')) as { header: Record<string, unknown> }
  edit(meta)
  writeFileSync(
    path,
    Buffer.concat([bytes.subarray(0, magicEnd), Buffer.from(JSON.stringify(meta)), bytes.subarray(metaEnd)]),
  )
}

describe('backups: damaged and foreign files give typed errors and change nothing', () => {
  let temp: ReturnType<typeof makeTempDir>
  let vault: Vault
  let backups: BackupService
  let candidate: string
  beforeEach(async () => {
    temp = makeTempDir()
    vault = makeVault(join(temp.path, 'vault'))
    backups = new BackupService(vault, silentLogger)
    await vault.create(GOOD_PASSPHRASE, 'Sam')
    createNotesTable(vault.database(), ['current'])
    candidate = join(temp.path, 'candidate.mendbackup')
    copyFileSync((await backups.create()).path, candidate)
  })
  afterEach(() => {
    vault.lockNow()
    temp.remove()
  })

  /** inspect and restore both fail with `code`; the vault, its folder and its backups are untouched. */
  async function expectRefused(code: ErrorCode): Promise<void> {
    const before = { vault: hashFolder(vault.paths.directory), backups: hashFolder(backups.directory) }
    await expectMendError(backups.inspect(candidate), code)
    await expectMendError(backups.restore(candidate, GOOD_PASSPHRASE), code)
    expect(notesIn(vault.database())).toEqual(['current'])
    expect({ vault: hashFolder(vault.paths.directory), backups: hashFolder(backups.directory) }).toEqual(before)
  }

  it('a backup cut short (truncated) gives CORRUPT', async () => {
    truncateSync(candidate, statSync(candidate).size - 1000)
    await expectRefused('CORRUPT')
  })

  it('a backup cut inside its header line gives CORRUPT', async () => {
    truncateSync(candidate, 40)
    await expectRefused('CORRUPT')
  })

  it('a backup with bytes appended gives CORRUPT', async () => {
    writeFileSync(candidate, Buffer.concat([readFileSync(candidate), Buffer.alloc(10)]))
    await expectRefused('CORRUPT')
  })

  it('an empty file gives CORRUPT', async () => {
    writeFileSync(candidate, '')
    await expectRefused('CORRUPT')
  })

  it('a file that is not a backup (a note, the raw journal database) gives CORRUPT', async () => {
    writeFileSync(candidate, 'Dear diary, this is not a backup.\n')
    await expectRefused('CORRUPT')
    copyFileSync(vault.paths.database, candidate)
    await expectRefused('CORRUPT')
  })

  it('a backup whose database bytes rotted gives CORRUPT', async () => {
    flipBytes(candidate, readBackupLayout(candidate, TEST_SCRYPT_POLICY).databaseOffset + 4096 + 64)
    await expectRefused('CORRUPT')
  })

  it('a backup whose key header is from a newer Mend gives UNSUPPORTED_VERSION', async () => {
    editBackupMeta(candidate, (meta) => {
      meta.header.version = 2
    })
    await expectRefused('UNSUPPORTED_VERSION')
  })

  it('a backup whose key header is damaged gives CORRUPT', async () => {
    editBackupMeta(candidate, (meta) => {
      meta.header.keySlots = 'gone'
    })
    await expectRefused('CORRUPT')
  })

  it('a truncated backup restored into an empty folder gives CORRUPT and creates no vault', async () => {
    truncateSync(candidate, statSync(candidate).size - 1000)
    const fresh = makeVault(join(temp.path, 'fresh'))
    await expectMendError(
      new BackupService(fresh, silentLogger).restoreAsNewVault(candidate, GOOD_PASSPHRASE),
      'CORRUPT',
    )
    expect(fresh.status().state).toBe('none')
    expect(existsSync(join(temp.path, 'fresh', 'mend.db'))).toBe(false)
  })
})
