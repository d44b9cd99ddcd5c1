import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { isCaseInsensitiveAt, refuseJournalFolders, resolvedPath } from '../../../../electron/core/fs/output-target'
import { makeTempDir } from '../../../helpers/temp-vault'
import { expectMendErrorSync } from '../../../helpers/vault-files'

describe('refuseJournalFolders: no export lands in the journal folder', () => {
  let temp: ReturnType<typeof makeTempDir>
  let vault: string
  beforeEach(() => {
    temp = makeTempDir()
    vault = join(temp.path, 'Vault')
    mkdirSync(vault)
    writeFileSync(join(vault, 'vault-header.json'), '{}')
  })
  afterEach(() => temp.remove())

  const refused = (target: string, options = {}) =>
    expectMendErrorSync(() => refuseJournalFolders(target, [vault], options), 'INVALID_INPUT')

  it('refuses the folder, a file in it and a place in it that does not exist yet', () => {
    refused(vault)
    refused(join(vault, 'vault-header.json'))
    expect(refused(join(vault, 'backups', 'not', 'yet.json')).extra.field).toBe('path')
  })

  it('refuses paths that reach it through a link or through ".."', () => {
    symlinkSync(vault, join(temp.path, 'plain-folder'), 'dir')
    refused(join(temp.path, 'plain-folder', 'vault-header.json'))
    refused(join(temp.path, 'plain-folder', 'new', 'x.json'))
    symlinkSync(join(vault, 'vault-header.json'), join(temp.path, 'notes.json'))
    refused(join(temp.path, 'notes.json'))
    refused(join(temp.path, 'elsewhere', '..', 'Vault', 'mend.db'))
  })

  it('lets through the folder around it and names that only start the same', () => {
    expect(() => refuseJournalFolders(temp.path, [vault])).not.toThrow()
    expect(() => refuseJournalFolders(join(temp.path, 'Vault-export.json'), [vault])).not.toThrow()
    expect(() => refuseJournalFolders(join(temp.path, 'Vault2', 'x.json'), [vault])).not.toThrow()
  })

  it('a folder not made yet (the backups before the first backup) is guarded too', () => {
    const backups = join(vault, 'later-backups')
    expectMendErrorSync(() => refuseJournalFolders(join(backups, 'b.mendbackup'), [backups]), 'INVALID_INPUT')
  })

  it('ignores letter case where the file system does, and only there', () => {
    const other = join(temp.path, 'VAULT', 'vault-header.json')
    refused(other, { caseInsensitive: () => true })
    expect(() => refuseJournalFolders(other, [vault], { caseInsensitive: () => false })).not.toThrow()
  })

  it('finds out on disk whether letter case matters (this test folder: it does)', () => {
    // Linux file systems here are case-sensitive: "Vault" and "VAULT" are two names.
    expect(isCaseInsensitiveAt(vault)).toBe(false)
    mkdirSync(join(temp.path, 'VAULT'))
    expect(isCaseInsensitiveAt(vault)).toBe(false)
    expect(resolvedPath(join(temp.path, 'missing', '..', 'Vault', 'x'))).toBe(join(resolvedPath(vault), 'x'))
  })
})
