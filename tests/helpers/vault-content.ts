import { createHash } from 'node:crypto'
import type { Db } from '../../electron/core/vault/encrypted-database'

/**
 * A digest of everything a person wrote: every table's rows, in a fixed order, leaving out
 * SQLite's own tables, the search index (derived from entries) and tables a test adds (test_*).
 * Empty tables count as absent, so one state reads the same before and after a migration that
 * only adds tables. A test tells exactly which of two states a vault is in after a crash.
 */
export function contentDigest(db: Db, only?: ReadonlyMap<string, readonly string[]>): string {
  const tables = db
    .prepare(
      `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
         AND name NOT LIKE 'entries_fts%' AND name NOT LIKE 'test_%' ORDER BY name`,
    )
    .pluck()
    .all() as string[]
  const hash = createHash('sha256')
  for (const table of tables) {
    // Names come from sqlite_master of a database the test made, not from input.
    const columns = (only?.get(table) ?? tableColumns(db, table)).map((column) => `"${column}"`).join(', ')
    const rows = db.prepare(`SELECT ${columns} FROM "${table}" ORDER BY ${columns}`).raw().all()
    if (rows.length > 0) hash.update(`${table}\n${JSON.stringify(rows)}\n`)
  }
  return hash.digest('hex')
}

function tableColumns(db: Db, table: string): string[] {
  return db.prepare(`SELECT name FROM pragma_table_info('${table}')`).pluck().all() as string[]
}

/**
 * Each table's columns: given to contentDigest, a later schema is digested as these columns
 * only, so a step that adds a column (filled from the others) still reads as the same content.
 */
export function columnsByTable(db: Db): Map<string, string[]> {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .pluck()
    .all() as string[]
  return new Map(tables.map((table) => [table, tableColumns(db, table)]))
}

/** Every table, index and trigger with its definition: what a schema version consists of. */
export function schemaObjects(db: Db): string[] {
  return db
    .prepare(
      "SELECT type || ' ' || name || ': ' || coalesce(sql, '') FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY 1",
    )
    .pluck()
    .all() as string[]
}
