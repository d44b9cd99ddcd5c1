/**
 * Writes journal entries like the editor's autosave until killed: creates an entry, then saves it
 * again and again with more text, then starts the next one. Usage:
 *   node --import tsx tests/helpers/journal-writer-child.ts <vaultDir> <passphrase> <round>
 * Prints "ready" once unlocked, then "ack <id> <round> <entry> <revision> <versions>" after each
 * save has returned (so the save was reported as done to the caller), with the number of earlier
 * versions the entry's history held right after it. The text of a save is
 * journalWriterText(round, entry, revision) and its tags journalWriterTags(round, revision), so
 * the test knows what each acknowledged save wrote to every table.
 */
import { writeSync } from 'node:fs'
import { Vault, journalOf, silentLogger } from '../../electron/core'
import { TAG_EVERY, journalWriterTags, journalWriterText } from './journal-writer-text'
import { FAST_SCRYPT } from './temp-vault'

const [directory, passphrase, roundArg] = process.argv.slice(2)
if (!directory || !passphrase || !roundArg)
  throw new Error('usage: journal-writer-child.ts <vaultDir> <passphrase> <round>')
const round = Number(roundArg)

// A clock that runs fast, so the history keeps versions too (one per VERSION_INTERVAL_MS).
let fakeNow = Date.now()
const clock = { now: () => (fakeNow += 61_000) }

/** Straight to the pipe: nothing acknowledged may sit in a stream buffer that a kill would drop. */
const say = (line: string) => writeSync(1, `${line}\n`)

async function write(): Promise<void> {
  const vault = new Vault({ directory: directory!, scrypt: FAST_SCRYPT, logger: silentLogger })
  await vault.unlock(passphrase!)
  const journal = journalOf(vault.database(), clock)
  say('ready')
  for (let entry = 1; ; entry += 1) {
    const first = journalWriterText(round, entry, 0)
    const { id } = journal.entries.create({ ...first, tags: journalWriterTags(round, 0) })
    say(`ack ${id} ${round} ${entry} 0 ${journal.history.versions(id).length}`)
    const revisions = 3 + (entry % 9)
    for (let revision = 1; revision <= revisions; revision += 1) {
      const text = journalWriterText(round, entry, revision)
      journal.entries.update({
        id,
        ...text,
        ...(revision % TAG_EVERY === 0 ? { tags: journalWriterTags(round, revision) } : {}),
      })
      say(`ack ${id} ${round} ${entry} ${revision} ${journal.history.versions(id).length}`)
    }
  }
}

void write()
