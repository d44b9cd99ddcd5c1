import { accessSync, constants, existsSync, rmSync, statSync } from 'node:fs'
import { dirname } from 'node:path'
import Database from 'better-sqlite3-multiple-ciphers'
import { MendError, fileSystemError } from '../errors'

export type Db = Database.Database

/** The page cache of an open vault, in KiB. */
export const PAGE_CACHE_KIB = 32 * 1024

/**
 * The key in SQLCipher's raw-key syntax, x'<64 hex>', built byte by byte into a Buffer so the
 * secret never becomes an immutable JS string that we could not wipe. Caller zeroes it.
 */
function rawKeyLiteral(dataKey: Buffer): Buffer {
  const hex = '0123456789abcdef'
  const literal = Buffer.alloc(dataKey.length * 2 + 3)
  literal[0] = 0x78 // x
  literal[1] = 0x27 // '
  dataKey.forEach((byte, i) => {
    literal[2 + i * 2] = hex.charCodeAt(byte >> 4)
    literal[3 + i * 2] = hex.charCodeAt(byte & 15)
  })
  literal[literal.length - 1] = 0x27
  return literal
}

/**
 * A schema is code that runs when its tables are read: views, triggers, defaults. A backup can
 * come from anyone, and once restored it is the journal, so no connection trusts its schema:
 * with trusted_schema off, SQLite refuses functions and virtual tables not marked safe for use
 * from a schema. (better-sqlite3 opens every connection in SQLite's defensive mode, which
 * forbids editing the schema table directly; Mend never turns that off with unsafeMode.)
 * `untrusted` adds cell_size_check, which catches malformed pages before they are used, for
 * files Mend did not write itself.
 */
function distrustSchema(db: Db, untrusted = false): void {
  db.pragma('trusted_schema = OFF')
  if (untrusted) db.pragma('cell_size_check = ON')
}

/**
 * Keys a new connection: SQLCipher 4 format (so "DB Browser for SQLCipher" can open it as a
 * last-resort recovery), the raw key, and a distrusted schema. The key's text is wiped at once.
 */
function keyWith(db: Db, dataKey: Buffer, untrusted = false): void {
  const literal = rawKeyLiteral(dataKey)
  try {
    db.pragma("cipher = 'sqlcipher'")
    db.pragma('legacy = 4')
    db.key(literal)
  } finally {
    literal.fill(0)
  }
  distrustSchema(db, untrusted)
}

function isEmptyFile(path: string): boolean {
  try {
    return statSync(path).size === 0
  } catch {
    return false
  }
}

function isNotADatabase(error: unknown): boolean {
  const code = String((error as { code?: unknown } | null)?.code ?? '')
  return code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')
}

/**
 * SQLite opens a file it may not write read-only without a word: the journal would unlock, every
 * save would fail, and the -wal/-shm it creates would copy the file's read-only mode and keep
 * the journal read-only even after its permissions are fixed. Refuse up front instead.
 */
function requireWritable(path: string): void {
  try {
    accessSync(path, constants.R_OK | constants.W_OK)
  } catch (error) {
    // A missing file is reported as such when SQLite opens it.
    if ((error as { code?: unknown }).code === 'ENOENT') return
    throw fileSystemError(error, 'open the journal database', dirname(path))
  }
}

/**
 * Opens (or creates) the journal database encrypted whole with `dataKey`.
 * Order matters: cipher and key before any read; verify the key by reading sqlite_master;
 * only then switch journal mode, since a wrong key must not write anything.
 */
export function openEncryptedDatabase(path: string, dataKey: Buffer, options: { create: boolean }): Db {
  // SQLite happily treats an empty file as a new database; for an existing vault it means damage.
  if (!options.create && isEmptyFile(path)) {
    throw new MendError('CORRUPT', `The journal database at ${path} is empty: the file was damaged or cut short.`)
  }
  if (!options.create) requireWritable(path)
  let db: Db
  try {
    db = new Database(path, { fileMustExist: !options.create })
  } catch (error) {
    if ((error as { code?: unknown }).code === 'SQLITE_CANTOPEN' && !options.create) {
      throw new MendError('CORRUPT', `The journal database is missing from ${path}.`, { cause: error })
    }
    throw fileSystemError(error, 'open the journal database', path)
  }
  try {
    keyWith(db, dataKey)
    db.prepare('SELECT count(*) FROM sqlite_master').get()
    db.pragma('journal_mode = WAL')
    // The library's default in WAL is NORMAL, which can lose the last commits on power loss.
    db.pragma('synchronous = FULL')
    db.pragma('temp_store = MEMORY')
    // 32 MiB of decrypted pages (SQLite's default is 2 MiB): searches and the timeline read the
    // same index pages again and again, and each read from the file is decrypted anew. At
    // 100,000 entries the default made encrypted searches a fifth slower than plain ones.
    db.pragma(`cache_size = -${PAGE_CACHE_KIB}`)
    // Deleted journal text is overwritten, not left in free pages.
    db.pragma('secure_delete = ON')
    db.pragma('foreign_keys = ON')
    return db
  } catch (error) {
    db.close()
    if (isNotADatabase(error)) {
      throw new MendError('CORRUPT', `The journal database at ${path} is damaged or is not a Mend database.`, {
        cause: error,
      })
    }
    throw fileSystemError(error, 'open the journal database', path)
  }
}

/**
 * Moves the WAL into the main file and closes, so nothing lingers in -wal/-shm after lock. Work
 * still in an open transaction (an import between two chunks) is rolled back first: a lock never
 * commits half of it.
 */
export function closeEncryptedDatabase(db: Db): void {
  try {
    if (db.inTransaction) db.exec('ROLLBACK')
    if (String(db.pragma('journal_mode', { simple: true })).toLowerCase() !== 'wal') db.pragma('journal_mode = WAL')
    // Not waiting for readers: a backup still copying on its own connection (openForCopy) would
    // hold the lock back by the busy timeout. The log then stays, encrypted, for the next open.
    db.pragma('busy_timeout = 0')
    db.pragma('wal_checkpoint(TRUNCATE)')
  } finally {
    db.close()
  }
}

/**
 * Opens a database file read-only to check it (a backup copy): keyed, integrity-checked, never
 * written. Returns null when `dataKey` does not decrypt it; CORRUPT when it decrypts but is damaged.
 */
export function openReadOnlyChecked(path: string, dataKey: Buffer): Db | null {
  const db = new Database(path, { readonly: true, fileMustExist: true })
  try {
    keyWith(db, dataKey, true)
    try {
      db.prepare('SELECT count(*) FROM sqlite_master').get()
    } catch (error) {
      if ((error as { code?: unknown }).code === 'SQLITE_NOTADB') {
        db.close()
        return null
      }
      throw error
    }
    const verdict = db.pragma('integrity_check', { simple: true })
    if (verdict !== 'ok')
      throw new MendError('CORRUPT', 'The backup is damaged: its database fails the integrity check.')
    return db
  } catch (error) {
    if (db.open) db.close()
    if (error instanceof MendError) throw error
    throw new MendError('CORRUPT', 'The backup is damaged and cannot be read.', { cause: error })
  }
}

/**
 * A second, read-only connection to the open journal, for a backup made beside the work going on
 * (backup-copy-thread.ts): it reads a consistent snapshot while the journal's own connection
 * keeps writing (WAL), and it can never write to the journal itself.
 */
export function openForCopy(path: string, dataKey: Buffer): Db {
  const db = new Database(path, { readonly: true, fileMustExist: true })
  try {
    keyWith(db, dataKey)
    db.prepare('SELECT count(*) FROM sqlite_master').get()
    return db
  } catch (error) {
    db.close()
    throw error
  }
}

/** Re-encrypts a (temporary) database file from one key to another, in place. */
export function rekeyDatabaseFile(path: string, fromKey: Buffer, toKey: Buffer): void {
  const db = new Database(path, { fileMustExist: true })
  const from = rawKeyLiteral(fromKey)
  const to = rawKeyLiteral(toKey)
  try {
    db.pragma("cipher = 'sqlcipher'")
    db.pragma('legacy = 4')
    db.key(from)
    distrustSchema(db, true)
    db.pragma('journal_mode = DELETE')
    db.rekey(to)
  } finally {
    db.close()
    from.fill(0)
    to.fill(0)
  }
}

/**
 * Checks a database file without any chance of writing to it (no WAL switch, no checkpoint on
 * close): a damaged journal must stay exactly as it is for a later rescue. 'unknown' when a
 * read-only connection cannot be made (e.g. a WAL file without its -shm on a read-only folder).
 * `depth` 'pages' reads every page (quick_check); 'key' only proves the key and the schema read.
 */
export function precheckReadOnly(
  path: string,
  dataKey: Buffer,
  depth: 'pages' | 'key' = 'pages',
): 'ok' | 'damaged' | 'unknown' {
  const hadSideFiles = existsSync(`${path}-wal`) || existsSync(`${path}-shm`)
  let db: Db
  try {
    db = new Database(path, { readonly: true, fileMustExist: true })
  } catch {
    return 'unknown'
  }
  try {
    keyWith(db, dataKey)
    db.prepare('SELECT count(*) FROM sqlite_master').get()
    if (depth === 'key') return 'ok'
    return db.pragma('quick_check', { simple: true }) === 'ok' ? 'ok' : 'damaged'
  } catch (error) {
    return isNotADatabase(error) ? 'damaged' : 'unknown'
  } finally {
    db.close()
    if (!hadSideFiles) removeEmptyWal(path)
  }
}

/**
 * A read-only connection to a WAL database creates an empty -wal and an -shm index when there
 * were none, and cannot remove them on close. Left beside a damaged file, they would be moved
 * aside with it as if they were part of it; an empty -wal holds nothing, so both can go.
 */
function removeEmptyWal(path: string): void {
  if (!isEmptyFile(`${path}-wal`)) return
  rmSync(`${path}-wal`, { force: true })
  rmSync(`${path}-shm`, { force: true })
}
