import { describe, expect, it } from 'vitest'
import {
  backupAttempt,
  backupName,
  backupTime,
  compareNewestFirst,
} from '../../../../electron/core/backup/backup-names'

const NOON = Date.parse('2026-11-24T12:00:00.123Z')

describe('backup names', () => {
  it('encode the UTC creation time to the millisecond', () => {
    expect(backupName(NOON)).toBe('mend-backup-20261124T120000123Z.mendbackup')
    expect(backupTime(backupName(NOON))).toBe(NOON)
  })

  it('number further backups of the same millisecond', () => {
    expect(backupName(NOON, 2)).toBe('mend-backup-20261124T120000123Z-2.mendbackup')
    expect(backupTime(backupName(NOON, 2))).toBe(NOON)
    expect(backupAttempt(backupName(NOON, 2))).toBe(2)
    expect(backupAttempt(backupName(NOON))).toBe(0)
  })

  it.each([
    'mend-backup-20261124T120000123Z.mendbackup.tmp',
    '.mend-backup-20261124T120000123Z.mendbackup.a1b2.tmp',
    'mend-backup-yesterday.mendbackup',
    'mend-backup-20261324T120000123Z.mendbackup',
    'other-20261124T120000123Z.mendbackup',
    '../mend-backup-20261124T120000123Z.mendbackup',
  ])('do not take %j for a backup', (name) => {
    expect(backupTime(name)).toBeNull()
  })

  it('sort newest first by time, then by their number within a millisecond', () => {
    const names = [
      backupName(NOON, 1),
      backupName(NOON - 1),
      backupName(NOON),
      backupName(NOON, 10),
      backupName(NOON + 1),
      backupName(NOON, 2),
    ]
    expect(names.sort(compareNewestFirst)).toEqual([
      backupName(NOON + 1),
      backupName(NOON, 10),
      backupName(NOON, 2),
      backupName(NOON, 1),
      backupName(NOON),
      backupName(NOON - 1),
    ])
  })
})
