/** The product's core: plain Node, never Electron. Hosts pass in clock, paths and logger. */
export { Vault, type VaultOptions } from './vault/vault'
export { MendError, fileSystemError } from './errors'
export {
  type Clock,
  type Logger,
  type WorkSignals,
  systemClock,
  silentLogger,
  consoleLogger,
  quietSignals,
} from './ports'
export { stoppedByLock, stoppedByCancel } from './work-stop'
export { LATEST_SCHEMA_VERSION } from './vault/migrations'
export { BackupService, type BackupFile, type BackupReason } from './backup/backup-service'
export { IdleTimer, type Timers } from './session/idle-timer'
export { createSettingsQueries } from './settings/settings.queries'
export {
  buildExport,
  exportContent,
  importExport,
  parseExport,
  writeJsonExport,
  writeMarkdownExport,
} from './export/journal-export'
export { MendExport } from './export/export-format'
export * from './journal'
export { readImportSource } from './journal/import/read-import-source'
export * from './repair'
export * from './assessment'
