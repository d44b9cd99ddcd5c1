/**
 * Imports a jrnl JSON export into a vault, as the import screen does, so the crash test can kill
 * it with SIGKILL part way. Usage:
 *   node --import tsx tests/helpers/import-child.ts <vaultDir> <passphrase> <sourceFile>
 * Prints "importing <total>" once the file is read, right before the first write, then
 * "stored <done>" each time a chunk has been committed (the progress the screen shows), and
 * "imported <added>" at the end; then locks and exits.
 */
import { writeSync } from 'node:fs'
import { Vault, journalOf, readImportSource, silentLogger } from '../../electron/core'
import { FAST_SCRYPT } from './temp-vault'

const [directory, passphrase, source] = process.argv.slice(2)
if (!directory || !passphrase || !source) throw new Error('usage: import-child.ts <vaultDir> <passphrase> <source>')

const say = (line: string) => writeSync(1, `${line}\n`)

async function importAll(): Promise<void> {
  const vault = new Vault({ directory: directory!, scrypt: FAST_SCRYPT, logger: silentLogger })
  await vault.unlock(passphrase!)
  const journal = journalOf(vault.database(), vault.clock)
  const parsed = await readImportSource('jrnl-json', source!)
  say(`importing ${parsed.entries.length}`)
  const { added } = await journal.imports.run(parsed, (done) => {
    if (done > 0) say(`stored ${done}`)
  })
  say(`imported ${added}`)
  await vault.lock()
}

void importAll()
