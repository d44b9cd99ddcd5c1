import type { Db } from '../vault/encrypted-database'
import { schemaVersion } from '../vault/migrations/runner'
import { readVaultMeta } from '../vault/vault-meta.queries'

/**
 * Tables whose row counts describe a journal's content, shown before a restore. Each feature
 * that stores content adds its table here; a table a backup does not have yet counts as absent.
 * `where`, when given, is a fixed SQL condition on the table's rows (never from input).
 */
export const COUNTED_TABLES: ReadonlyArray<{ table: string; label: string; where?: string }> = [
  // Entries in the trash are on their way out; the restore preview counts the journal as it reads.
  { table: 'entries', label: 'Journal entries', where: 'trashed_at IS NULL' },
  { table: 'people', label: 'People' },
  { table: 'plans', label: 'Repair plans' },
  { table: 'check_ins', label: 'Check-ins' },
  { table: 'assessments', label: 'Trust assessments' },
  { table: 'evidence', label: 'Assessment evidence' },
]

export function summarizeDatabase(db: Db): {
  vaultCreatedAt: string | null
  displayName: string | null
  schemaVersion: number
  counts: Array<{ label: string; count: number }>
} {
  const existing = new Set(
    (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>).map(
      (row) => row.name,
    ),
  )
  const counts = COUNTED_TABLES.filter(({ table }) => existing.has(table)).map(({ table, label, where }) => {
    // Table names and conditions come from the constant list above, never from input.
    const sql = `SELECT count(*) AS n FROM "${table}"${where ? ` WHERE ${where}` : ''}`
    return { label, count: (db.prepare(sql).get() as { n: number }).n }
  })
  return {
    vaultCreatedAt: readVaultMeta(db, 'created_at'),
    displayName: readVaultMeta(db, 'display_name'),
    schemaVersion: schemaVersion(db),
    counts,
  }
}
