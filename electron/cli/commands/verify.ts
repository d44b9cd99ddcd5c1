import { MendError, LATEST_SCHEMA_VERSION, type BackupService } from '../../core'
import { summarizeDatabase } from '../../core/backup/content-summary'
import type { Db } from '../../core/vault/encrypted-database'
import { flag } from '../args'
import { PASSPHRASE_STDIN, type Command } from '../command'
import { currentPassphrase } from '../secrets'
import { unlockVault, vaultAccess } from '../vault-access'

/** What `mend verify --json` prints. Counts only: no names, titles or text from the journal. */
export interface VerifyReport {
  location: string
  integrity: 'ok'
  schemaVersion: number
  latestSchemaVersion: number
  createdAt: string
  counts: Array<{ label: string; count: number }>
  backups: { count: number; newest: string | null; folder: string }
}

/** The full integrity_check (opening ran the quicker quick_check): every page, index and row. */
function checkEveryPage(db: Db, directory: string): void {
  const rows = db.pragma('integrity_check') as Array<{ integrity_check: string }>
  if (rows.length !== 1 || rows[0]?.integrity_check !== 'ok') {
    throw new MendError('CORRUPT', `The journal database in ${directory} is damaged: it fails the integrity check.`)
  }
}

export function verifyReport(db: Db, location: string, backups: BackupService): VerifyReport {
  const summary = summarizeDatabase(db)
  const files = backups.list()
  return {
    location,
    integrity: 'ok',
    schemaVersion: summary.schemaVersion,
    latestSchemaVersion: LATEST_SCHEMA_VERSION,
    createdAt: summary.vaultCreatedAt ?? new Date(0).toISOString(),
    counts: summary.counts,
    backups: { count: files.length, newest: files[0]?.createdAt ?? null, folder: backups.directory },
  }
}

function printText(print: (line?: string) => void, report: VerifyReport): void {
  print(`Journal:        ${report.location}`)
  print('Integrity:      ok')
  print(`Schema version: ${report.schemaVersion}`)
  print(`Created:        ${report.createdAt}`)
  if (report.counts.length === 0) print('Contents:       nothing stored yet')
  for (const { label, count } of report.counts) print(`${`${label}:`.padEnd(18)}${count}`)
  const newest = report.backups.newest ? `, newest ${report.backups.newest}` : ''
  print(`Backups:        ${report.backups.count} in ${report.backups.folder}${newest}`)
}

export const verifyCommand: Command = {
  name: 'verify',
  summary: 'Open the journal, check every page of it, and print what it holds.',
  usage: 'mend verify [--json] [--passphrase-stdin]',
  options: [{ name: 'json', description: 'Print one JSON object instead of text.' }, PASSPHRASE_STDIN],
  notes: [
    'Exit code 4 means the journal is damaged. Like the app, verify upgrades an older journal after backing it up.',
  ],
  async run(context) {
    const { vault, backups } = vaultAccess(context)
    try {
      const line = flag(context.options, 'passphrase-stdin') ? 0 : undefined
      await unlockVault(context, vault, currentPassphrase(line))
      const db = vault.database()
      checkEveryPage(db, context.vaultDirectory)
      const report = verifyReport(db, context.vaultDirectory, backups)
      if (flag(context.options, 'json')) context.print(JSON.stringify(report, null, 2))
      else printText(context.print, report)
    } finally {
      vault.lockNow()
    }
  },
}
