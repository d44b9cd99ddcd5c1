/**
 * Restores one backup over a vault, as Settings > Restore does, so the crash test can kill it
 * with SIGKILL in each of its phases. Usage:
 *   node --import tsx tests/helpers/restore-child.ts <vaultDir> <passphrase> <backupFile>
 * Prints "ready" once unlocked, then the phases as they start: "restoring" (the backup is
 * extracted and checked), "backing-up" (the pre-restore backup), "installing" (the journal is
 * closed, the restored file renamed into place and opened), then "restored" once the restore has
 * returned; then locks and exits.
 */
import { writeSync } from 'node:fs'
import { BackupService, Vault, silentLogger } from '../../electron/core'
import { FAST_SCRYPT } from './temp-vault'

const [directory, passphrase, backupFile] = process.argv.slice(2)
if (!directory || !passphrase || !backupFile)
  throw new Error('usage: restore-child.ts <vaultDir> <passphrase> <backup>')

/** Straight to the pipe: a line must be out before the next step starts, or a kill could drop it. */
const say = (line: string) => writeSync(1, `${line}\n`)

/** Announces the restore's inner steps; they run synchronously, so each line precedes its step. */
function announcePhases(): void {
  const createNow = BackupService.prototype.createNow
  BackupService.prototype.createNow = function (this: BackupService, ...args: Parameters<typeof createNow>) {
    say('backing-up')
    return createNow.apply(this, args)
  }
  const installDatabase = Vault.prototype.installDatabase
  Vault.prototype.installDatabase = function (this: Vault, ...args: Parameters<typeof installDatabase>) {
    say('installing')
    return installDatabase.apply(this, args)
  }
}

async function restore(): Promise<void> {
  const vault = new Vault({ directory: directory!, scrypt: FAST_SCRYPT, logger: silentLogger })
  const backups = new BackupService(vault, silentLogger)
  await vault.unlock(passphrase!)
  announcePhases()
  say('ready')
  say('restoring')
  await backups.restore(backupFile!)
  say('restored')
  await vault.lock()
}

void restore()
