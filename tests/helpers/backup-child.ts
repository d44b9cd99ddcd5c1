/**
 * Makes backups of a vault one after another until it is killed: the crash test kills it with
 * SIGKILL at random moments. Usage:
 *   node --import tsx tests/helpers/backup-child.ts <vaultDir> <passphrase>
 * Prints "ready" once unlocked, then "made <name>" after each backup is in place.
 */
import { BackupService, Vault, silentLogger } from '../../electron/core'
import { FAST_SCRYPT } from './temp-vault'

const [directory, passphrase] = process.argv.slice(2)
if (!directory || !passphrase) throw new Error('usage: backup-child.ts <vaultDir> <passphrase>')

async function backUpForever(vault: Vault, backups: BackupService): Promise<never> {
  await vault.unlock(passphrase as string)
  process.stdout.write('ready\n')
  for (;;) process.stdout.write(`made ${(await backups.create()).name}\n`)
}

const vault = new Vault({ directory, scrypt: FAST_SCRYPT })
void backUpForever(vault, new BackupService(vault, silentLogger))
