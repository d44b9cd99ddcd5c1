/**
 * Opens a vault whose schema is older than this Mend's, as the app does after an update: the
 * backup service makes its pre-migration backup, then the migrations run, each step in its own
 * transaction. The crash test kills it with SIGKILL in each phase. Usage:
 *   node --import tsx tests/helpers/migrate-child.ts <vaultDir> <passphrase>
 * Prints the phases as they start: "opening", "backup" (the pre-migration backup), "step <N>"
 * (inside step N's transaction, before its work), then "opened <schemaVersion>" once unlocked.
 * The migrations are this Mend's plus the test's own long last step (test-migrations.ts).
 */
import { writeSync } from 'node:fs'
import { BackupService, Vault, silentLogger } from '../../electron/core'
import type { Migration } from '../../electron/core/vault/migrations'
import { FAST_SCRYPT } from './temp-vault'
import { migrationsWithTestStep } from './test-migrations'

const [directory, passphrase] = process.argv.slice(2)
if (!directory || !passphrase) throw new Error('usage: migrate-child.ts <vaultDir> <passphrase>')

const say = (line: string) => writeSync(1, `${line}\n`)

/** The same steps, each announcing itself first (from inside its transaction). */
const announced: Migration[] = migrationsWithTestStep.map((step) => ({
  ...step,
  up(db, context) {
    say(`step ${step.version}`)
    step.up(db, context)
  },
}))

async function open(): Promise<void> {
  const vault = new Vault({ directory: directory!, scrypt: FAST_SCRYPT, logger: silentLogger, migrations: announced })
  new BackupService(vault, silentLogger)
  const backUp = vault.beforeMigration
  vault.beforeMigration = (...args) => {
    say('backup')
    backUp?.(...args)
  }
  say('opening')
  const info = await vault.unlock(passphrase!)
  say(`opened ${info.schemaVersion}`)
  await vault.lock()
}

void open()
