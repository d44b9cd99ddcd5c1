/** The product's core: plain Node, never Electron. Hosts pass in clock, paths and logger. */
export { Vault, type VaultOptions } from './vault/vault'
export { MendError, fileSystemError } from './errors'
export { refuseJournalFolders } from './fs/output-target'
export {
  type Clock,
  type Logger,
  type TimeZoneSource,
  type WorkSignals,
  systemClock,
  systemTimeZone,
  zoneResolver,
  silentLogger,
  consoleLogger,
  quietSignals,
} from './ports'
export { stoppedByLock, stoppedByCancel } from './work-stop'
export { LATEST_SCHEMA_VERSION } from './vault/migrations'
export { BackupService, type BackupFile, type BackupReason } from './backup/backup-service'
export { copyJournalFile, type BackupCopier, type BackupCopyJob } from './backup/backup-to-file'
export { IdleTimer, type Timers } from './session/idle-timer'
export { createSettingsQueries } from './settings/settings.queries'
export {
  buildExport,
  exportedPhotoBytes,
  exportContent,
  importExport,
  parseExport,
  writeJsonExport,
  writeMarkdownExport,
} from './export/journal-export'
export { MendExport } from './export/export-format'
export { importExportPhotos } from './export/export-photos-import'
export * from './journal'
export { readImportSource, type ImportOptions } from './journal/import/read-import-source'
export { importedPhotoCount, runImport } from './photos/import-photos'
export { readImageFacts } from './photos/image-facts'
export { withoutLocation } from './photos/location-metadata'
export * from './repair'
export * from './assessment'
