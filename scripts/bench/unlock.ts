import { Vault, journalOf, silentLogger } from '../../electron/core'
import { closeEncryptedDatabase } from '../../electron/core/vault/encrypted-database'
import { migrations } from '../../electron/core/vault/migrations'
import { openVaultDatabase } from '../../electron/core/vault/open-database'
import { vaultPaths } from '../../electron/core/vault/vault-paths'
import { BENCH_PASSPHRASE, benchClock } from './vaults'

/** What the journal screen asks for first: the outline, the people, the first page of 100. */
const FIRST_PAGE = 100

export interface UnlockTimes {
  derive: number[]
  openFirstPage: number[]
}

/**
 * Unlocking, in the two parts a person waits for: deriving the key from the passphrase (scrypt,
 * deliberately slow), then opening the database (read-only check, integrity, migrations) and
 * reading the first timeline page. The vault must be locked; it is left locked.
 */
export async function timeUnlock(directory: string, runs: number): Promise<UnlockTimes> {
  const times: UnlockTimes = { derive: [], openFirstPage: [] }
  const paths = vaultPaths(directory)
  for (let run = 0; run < runs; run++) {
    const vault = new Vault({ directory, logger: silentLogger, clock: benchClock })
    let started = performance.now()
    const dataKey = await vault.unwrap({ kind: 'passphrase', passphrase: BENCH_PASSPHRASE })
    times.derive.push(performance.now() - started)
    started = performance.now()
    // The same function Vault.unlock opens with, called directly so that the two parts are timed apart.
    const db = openVaultDatabase(paths, dataKey, { migrations, beforeMigration: null })
    try {
      const journal = journalOf(db, benchClock)
      journal.timeline.outline()
      journal.people.list()
      journal.timeline.list(0, FIRST_PAGE)
      times.openFirstPage.push(performance.now() - started)
    } finally {
      closeEncryptedDatabase(db)
      dataKey.fill(0)
    }
  }
  return times
}
