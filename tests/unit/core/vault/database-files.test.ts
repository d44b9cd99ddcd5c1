import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { moveDatabaseAside, moveSideFilesAside } from '../../../../electron/core/vault/database-files'
import { makeTempDir } from '../../../helpers/temp-vault'

const NOW = Date.parse('2026-11-24T12:00:00Z')

describe('setting database files aside', () => {
  let temp: ReturnType<typeof makeTempDir>
  let db: string
  beforeEach(() => {
    temp = makeTempDir()
    db = join(temp.path, 'mend.db')
  })
  afterEach(() => temp.remove())

  function writeDatabase(content: string, sideFiles = true): void {
    writeFileSync(db, content)
    if (sideFiles) {
      writeFileSync(`${db}-wal`, `${content} wal`)
      writeFileSync(`${db}-shm`, `${content} shm`)
    }
  }

  it('moves the database and its -wal/-shm under one dated name', () => {
    writeDatabase('first')
    const target = moveDatabaseAside(db, 'damaged', NOW)
    expect(target).toBe(`${db}.damaged-2026-11-24T12-00-00-000Z`)
    expect(readdirSync(temp.path).sort()).toEqual([
      'mend.db.damaged-2026-11-24T12-00-00-000Z',
      'mend.db.damaged-2026-11-24T12-00-00-000Z-shm',
      'mend.db.damaged-2026-11-24T12-00-00-000Z-wal',
    ])
    expect(readFileSync(`${target}-wal`, 'utf8')).toBe('first wal')
  })

  it('returns null and does nothing when there is no database', () => {
    expect(moveDatabaseAside(db, 'damaged', NOW)).toBeNull()
    expect(readdirSync(temp.path)).toEqual([])
  })

  it('never overwrites a file set aside in the same millisecond: the second gets a number', () => {
    writeDatabase('first')
    const first = moveDatabaseAside(db, 'damaged', NOW)
    writeDatabase('second', false)
    const second = moveDatabaseAside(db, 'damaged', NOW)
    writeDatabase('third')
    const third = moveDatabaseAside(db, 'damaged', NOW)
    expect(new Set([first, second, third]).size).toBe(3)
    expect([first, second, third].map((path) => readFileSync(path ?? '', 'utf8'))).toEqual(['first', 'second', 'third'])
    expect(readFileSync(`${first}-wal`, 'utf8')).toBe('first wal')
    expect(readFileSync(`${third}-wal`, 'utf8')).toBe('third wal')
  })

  it('moves stale -wal/-shm aside without touching the database, twice in a millisecond without loss', () => {
    writeDatabase('first')
    moveSideFilesAside(db, NOW)
    writeFileSync(`${db}-wal`, 'second wal')
    moveSideFilesAside(db, NOW)
    const names = readdirSync(temp.path).sort()
    expect(names).toEqual([
      'mend.db',
      'mend.db.stale-2026-11-24T12-00-00-000Z-1-wal',
      'mend.db.stale-2026-11-24T12-00-00-000Z-shm',
      'mend.db.stale-2026-11-24T12-00-00-000Z-wal',
    ])
    expect(readFileSync(db, 'utf8')).toBe('first')
    expect(readFileSync(join(temp.path, 'mend.db.stale-2026-11-24T12-00-00-000Z-1-wal'), 'utf8')).toBe('second wal')
  })
})
