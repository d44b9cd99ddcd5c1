/**
 * Keeps a vault open in its own process until it is killed, like the app left running (or a
 * crash with the journal open: no lock, no checkpoint). Usage:
 *   node --import tsx tests/helpers/open-vault-child.ts <vaultDir> <passphrase> [notes]
 * With `notes` > 0, first inserts that many rows into the vault's `notes` table, one transaction
 * each, so they sit committed in mend.db-wal. Prints "ready" once unlocked (and written).
 */
import { Vault, silentLogger } from '../../electron/core'
import { FAST_SCRYPT } from './temp-vault'

const [directory, passphrase, notes = '0'] = process.argv.slice(2)
if (!directory || !passphrase) throw new Error('usage: open-vault-child.ts <vaultDir> <passphrase> [notes]')

async function holdOpen(vault: Vault): Promise<void> {
  await vault.unlock(passphrase as string)
  for (let n = 1; n <= Number(notes); n += 1) {
    vault.database().prepare('INSERT INTO notes (body) VALUES (?)').run(`written by the child, not checkpointed ${n}`)
  }
  process.stdout.write('ready\n')
  // Stays alive (and open) until the test kills it. The timer holds the vault: once nothing
  // referred to it, the garbage collector closed its database, and SQLite, closing the last
  // connection, removed the -wal and -shm under the test's feet.
  setInterval(() => vault.status(), 60_000)
}

const held = new Vault({ directory, scrypt: FAST_SCRYPT, logger: silentLogger })
void holdOpen(held)
