import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import {
  backupFileFromArgs,
  createOpenedBackupInbox,
  secondInstanceHandler,
} from '../../../electron/main/single-instance'

const HOME = resolve('/home/robin')

describe('a backup file on the command line', () => {
  it('finds the .mendbackup a double-click passed, as an absolute path', () => {
    const file = join(HOME, 'Backups', 'mend-backup-20261124T120000000Z.mendbackup')
    expect(backupFileFromArgs(['/opt/Mend/mend', file], '/')).toBe(file)
    expect(backupFileFromArgs(['/opt/Mend/mend', 'Backups/old.MENDBACKUP'], HOME)).toBe(
      join(HOME, 'Backups', 'old.MENDBACKUP'),
    )
    // Linux desktop files may hand over a URL.
    expect(backupFileFromArgs(['mend', pathToFileURL(join(HOME, 'my backup.mendbackup')).href], '/')).toBe(
      join(HOME, 'my backup.mendbackup'),
    )
  })

  it('ignores switches, other files and a plain launch', () => {
    expect(backupFileFromArgs(['/opt/Mend/mend'], HOME)).toBeNull()
    expect(backupFileFromArgs(['electron', '.', '--inspect=9229'], HOME)).toBeNull()
    expect(backupFileFromArgs(['mend', 'notes.txt', 'journal.mendbackup.txt'], HOME)).toBeNull()
    expect(backupFileFromArgs(['mend', '--restore=x.mendbackup'], HOME)).toBeNull()
  })

  it('takes the last backup file when there are several', () => {
    expect(backupFileFromArgs(['mend', 'a.mendbackup', 'b.mendbackup', '--flag'], HOME)).toBe(
      join(HOME, 'b.mendbackup'),
    )
  })
})

describe('the opened-backup inbox', () => {
  it('hands the newest file over once', () => {
    const inbox = createOpenedBackupInbox()
    expect(inbox.take()).toBeNull()
    inbox.offer('/a.mendbackup')
    inbox.offer('/b.mendbackup')
    expect(inbox.take()).toBe('/b.mendbackup')
    expect(inbox.take()).toBeNull()
  })
})

function fakeWindow(minimized: boolean) {
  const calls: string[] = []
  return {
    calls,
    window: {
      isMinimized: () => minimized,
      restore: () => calls.push('restore'),
      show: () => calls.push('show'),
      focus: () => calls.push('focus'),
    },
  }
}

describe('a second launch', () => {
  it('restores a minimized window, shows it and focuses it', () => {
    const fake = fakeWindow(true)
    const opened: string[] = []
    const handle = secondInstanceHandler({
      window: () => fake.window,
      createWindow: () => fake.calls.push('create'),
      openBackup: (path) => opened.push(path),
    })
    handle(['/opt/Mend/mend'], HOME)
    expect(fake.calls).toEqual(['restore', 'show', 'focus'])
    expect(opened).toEqual([])
  })

  it('brings a window that is only behind others forward without restoring it', () => {
    const fake = fakeWindow(false)
    secondInstanceHandler({ window: () => fake.window, createWindow: () => {}, openBackup: () => {} })(['mend'], HOME)
    expect(fake.calls).toEqual(['show', 'focus'])
  })

  it('passes on the backup file it was launched with', () => {
    const fake = fakeWindow(false)
    const inbox = createOpenedBackupInbox()
    secondInstanceHandler({ window: () => fake.window, createWindow: () => {}, openBackup: inbox.offer })(
      ['/opt/Mend/mend', 'mend-backup-20261124T120000000Z.mendbackup'],
      join(HOME, 'Downloads'),
    )
    expect(inbox.take()).toBe(join(HOME, 'Downloads', 'mend-backup-20261124T120000000Z.mendbackup'))
    expect(fake.calls).toEqual(['show', 'focus'])
  })

  it('opens a window when none is open (macOS keeps running without one)', () => {
    let created = 0
    secondInstanceHandler({ window: () => null, createWindow: () => created++, openBackup: () => {} })(['mend'], HOME)
    expect(created).toBe(1)
  })
})
