import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { extractDatabase, readBackupLayout } from '../../electron/core/backup/backup-file'
import { openReadOnlyChecked, type Db } from '../../electron/core/vault/encrypted-database'
import { TEST_SCRYPT_POLICY } from './temp-vault'

/**
 * Opens the database inside a backup file with `dataKey` (integrity-checked, read-only) and runs
 * `read` on it. Throws if the key does not open it: tests use it to see what a backup holds.
 */
export function readBackup<T>(path: string, dataKey: Buffer, read: (db: Db) => T): T {
  const folder = mkdtempSync(join(tmpdir(), 'mend-backup-read-'))
  try {
    const target = join(folder, 'copy.db')
    extractDatabase(path, readBackupLayout(path, TEST_SCRYPT_POLICY), target)
    const db = openReadOnlyChecked(target, dataKey)
    if (!db) throw new Error('the key does not open this backup')
    try {
      return read(db)
    } finally {
      db.close()
    }
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}

/** The `body` column of the test table `notes`, in insertion order. */
export function notesIn(db: Db): string[] {
  return db.prepare('SELECT body FROM notes ORDER BY rowid').pluck().all() as string[]
}

export function createNotesTable(db: Db, bodies: string[] = []): void {
  db.exec('CREATE TABLE IF NOT EXISTS notes (body TEXT NOT NULL) STRICT')
  const insert = db.prepare('INSERT INTO notes (body) VALUES (?)')
  db.transaction(() => bodies.forEach((body) => insert.run(body)))()
}

/** XORs `count` bytes at `offset` of a file with 0xff (a damaged sector). */
export function flipBytes(path: string, offset: number, count = 16): void {
  const bytes = readFileSync(path)
  for (let i = offset; i < Math.min(offset + count, bytes.length); i += 1) bytes[i] = (bytes[i] ?? 0) ^ 0xff
  writeFileSync(path, bytes)
}
