import { join } from 'node:path'
import { journalOf, type Journal, type Vault } from '../../electron/core'
import type { Db } from '../../electron/core/vault/encrypted-database'
import { GOOD_PASSPHRASE, makeTempDir, makeVault, manualClock } from './temp-vault'

/** A real encrypted vault in a temp folder, unlocked, with its journal and a clock the test moves. */
export interface TempJournal {
  dir: string
  clock: ReturnType<typeof manualClock>
  vault: Vault
  journal: Journal
  db(): Db
  /** Locks (checkpoint + close) and unlocks the same vault files again: what survives is persisted. */
  reopen(): Promise<Journal>
  /** Locks the vault and removes the temp folder. */
  close(): Promise<void>
}

export async function openTempJournal(start?: number): Promise<TempJournal> {
  const temp = makeTempDir('mend-journal-')
  const dir = join(temp.path, 'vault')
  const clock = manualClock(start)
  let vault = makeVault(dir, { clock })
  await vault.create(GOOD_PASSPHRASE)
  const fixture: TempJournal = {
    dir,
    clock,
    vault,
    journal: journalOf(vault.database(), clock),
    db: () => fixture.vault.database(),
    async reopen() {
      await fixture.vault.lock()
      vault = makeVault(dir, { clock })
      await vault.unlock(GOOD_PASSPHRASE)
      fixture.vault = vault
      fixture.journal = journalOf(vault.database(), clock)
      return fixture.journal
    },
    async close() {
      await fixture.vault.lock()
      temp.remove()
    },
  }
  return fixture
}

/** The writer's local wall clock at `epochMs`, computed independently of the product's helper. */
export function localMinute(epochMs: number): string {
  const d = new Date(epochMs)
  const two = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}T${two(d.getHours())}:${two(d.getMinutes())}`
}

/** Rows in the full-text index that contain `word` (read from the index itself, not the entries table). */
export function ftsRowsWith(db: Db, word: string): number {
  return db
    .prepare<[string], { n: number }>('SELECT count(*) AS n FROM entries_fts WHERE entries_fts MATCH ?')
    .get(`"${word}"`)!.n
}
