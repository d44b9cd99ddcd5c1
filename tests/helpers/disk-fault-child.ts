/**
 * Does one thing to a vault on a disk that refuses it (started under a file-size limit or as a
 * user who may not write a folder; see startChild's options) and reports what the caller got.
 * Usage:
 *   node --import tsx tests/helpers/disk-fault-child.ts <vaultDir> <passphrase> <action> [target]
 * Actions: "save" saves entries of ~50 KB until a save fails, tries three more, then reads the
 * journal back; "backup" makes a backup into the folder <target>; "export" writes a JSON export
 * to the file <target>; "unlock" unlocks and saves one short entry. Prints one JSON object a line:
 *   {"ready":true} after unlocking, {"ack":<id>} after each save returned, {"error":{...}} for
 *   each failure (name, code, message), {"entries":<n>} read back, {"done":true} after a clean lock.
 */
import { writeSync } from 'node:fs'
import {
  BackupService,
  MendError,
  Vault,
  buildExport,
  journalOf,
  silentLogger,
  writeJsonExport,
} from '../../electron/core'
import { FAST_SCRYPT } from './temp-vault'

const [directory, passphrase, action, target] = process.argv.slice(2)
if (!directory || !passphrase || !action)
  throw new Error('usage: disk-fault-child.ts <vaultDir> <passphrase> <action> [target]')

const say = (value: unknown) => writeSync(1, `${JSON.stringify(value)}\n`)

function report(error: unknown): void {
  const mend = error instanceof MendError
  say({
    error: {
      name: (error as Error)?.name,
      typed: mend,
      code: mend ? error.code : null,
      message: (error as Error)?.message,
    },
  })
}

/** What the person typed: a day's entry, long enough that a few fill the allowed size. */
function body(n: number): string {
  return `${'Today I kept the promise and wrote down how it went. '.repeat(1_000)}entry${n}`
}

async function run(): Promise<void> {
  const clock = { now: () => Date.now() }
  const vault = new Vault({ directory: directory!, scrypt: FAST_SCRYPT, logger: silentLogger, clock })
  try {
    await vault.unlock(passphrase!)
  } catch (error) {
    report(error)
    return
  }
  say({ ready: true })
  const journal = journalOf(vault.database(), clock)
  if (action === 'save') {
    let failures = 0
    for (let n = 0; failures < 4 && n < 10_000; n += 1) {
      try {
        say({ ack: journal.entries.create({ title: `Entry ${n}`, body: body(n) }).id })
      } catch (error) {
        failures += 1
        report(error)
      }
    }
    say({ entries: journal.timeline.outline().total })
  } else if (action === 'unlock') {
    try {
      say({ ack: journal.entries.create({ title: 'Saved after unlocking', body: 'entry0' }).id })
    } catch (error) {
      report(error)
    }
  } else if (action === 'backup') {
    await new BackupService(vault, silentLogger, target).create().catch(report)
  } else if (action === 'export') {
    try {
      writeJsonExport(target!, buildExport(vault.database(), clock.now()))
    } catch (error) {
      report(error)
    }
  }
  await vault.lock()
  say({ done: true })
}

void run()
