import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs'
import { fileSystemError } from '../errors'
import { fsyncFolder } from '../fs/atomic-write'
import { basename, dirname, join } from 'node:path'

/** A database's own files: a hot -journal (an import killed part way) belongs to it as much as its log. */
const SIDE_FILES = ['', '-wal', '-shm', '-journal'] as const

function stamp(now: number): string {
  return new Date(now).toISOString().replace(/[:.]/g, '-')
}

/**
 * `base`, or `base-N` if a file set aside before already has that name (a second one in the same
 * millisecond, a clock turned back): renameSync would silently replace it.
 */
function unusedName(base: string): string {
  let name = base
  for (let n = 1; SIDE_FILES.some((suffix) => existsSync(name + suffix)); n += 1) name = `${base}-${n}`
  return name
}

/**
 * Moves a database and its -wal/-shm aside under a dated name. We never delete or overwrite a
 * user's database, not even a damaged or orphaned one: it may still hold something recoverable.
 */
export function moveDatabaseAside(databasePath: string, label: string, now: number): string | null {
  if (!existsSync(databasePath)) return null
  const target = unusedName(`${databasePath}.${label}-${stamp(now)}`)
  try {
    for (const suffix of SIDE_FILES) {
      if (existsSync(databasePath + suffix)) renameSync(databasePath + suffix, target + suffix)
    }
    fsyncFolder(dirname(databasePath))
  } catch (error) {
    throw fileSystemError(error, 'set the old journal file aside', dirname(databasePath))
  }
  return target
}

/** Moves a single file (a damaged key header) aside under a dated name, never overwriting. */
export function moveFileAside(path: string, label: string, now: number): void {
  if (!existsSync(path)) return
  let target = `${path}.${label}-${stamp(now)}`
  for (let n = 1; existsSync(target); n += 1) target = `${path}.${label}-${stamp(now)}-${n}`
  try {
    renameSync(path, target)
    fsyncFolder(dirname(path))
  } catch (error) {
    throw fileSystemError(error, 'set the damaged key file aside', dirname(path))
  }
}

/**
 * Before a restored file goes in place, any -wal/-shm/-journal left beside the old one must go: SQLite
 * would otherwise replay the old journal into the new file. They are moved aside, not deleted.
 */
export function moveSideFilesAside(databasePath: string, now: number): void {
  const target = unusedName(`${databasePath}.stale-${stamp(now)}`)
  try {
    for (const suffix of ['-wal', '-shm', '-journal']) {
      if (existsSync(databasePath + suffix)) renameSync(databasePath + suffix, target + suffix)
    }
  } catch (error) {
    throw fileSystemError(error, 'set the old journal files aside', dirname(databasePath))
  }
}

/** Puts a fully written, fsynced database file in place in one rename (atomic on one volume). */
export function installDatabaseFile(preparedPath: string, databasePath: string): void {
  try {
    renameSync(preparedPath, databasePath)
    fsyncFolder(dirname(databasePath))
  } catch (error) {
    throw fileSystemError(error, 'put the restored journal in place', dirname(databasePath))
  }
}

/**
 * Removes what an interrupted operation left in the vault folder: a restore's prepared copy
 * (`.restore-<hex>.tmp`, a whole encrypted journal) or a key file write cut short
 * (`.vault-header.json.<hex>.tmp`). Nothing reads them again and nothing else removes them, so
 * each crash during a restore would leave one more old copy of the journal behind, holding text
 * deleted since. Call only with the process lock held: no other Mend process is writing them then.
 * Returns how many were removed.
 */
export function removeInterruptedWrites(directory: string, headerPath: string): number {
  const header = basename(headerPath)
  const leftovers = readdirSync(directory).filter(
    (name) => /^\.restore-[0-9a-f]+\.tmp$/.test(name) || (name.startsWith(`.${header}.`) && name.endsWith('.tmp')),
  )
  for (const name of leftovers) rmSync(join(directory, name), { force: true })
  return leftovers.length
}
