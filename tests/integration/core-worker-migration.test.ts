import { cpSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { ProcedureOutput, VaultInfo } from '../../electron/contract'
import { Vault, silentLogger, type ImportedEntry } from '../../electron/core'
import { createImportStore } from '../../electron/core/journal/import-store'
import { migrations } from '../../electron/core/vault/migrations'
import { GOOD_PASSPHRASE, makeTempDir } from '../helpers/temp-vault'
import { startTestCore, type TestCore } from '../helpers/test-core'

/**
 * Issue 20: a migration that rebuilds the search index (0006) shows how far it has come while the
 * journal opens, and a lock stops it: the journal stays at its old version, whole, and the next
 * unlock finishes the update.
 */
const ENTRIES = 8_000
type SearchResult = ProcedureOutput<'journal.search'>

function entry(n: number): ImportedEntry {
  return {
    importKey: `test:${n}`,
    title: `Before the update ${n}`,
    body: `We talked by the quiet harbour, entry number ${n}, and I listened.`,
    entryDate: `2019-0${(n % 9) + 1}-1${n % 10}T08:00`,
    tags: [],
    starred: false,
  }
}

describe('a migration run by the core worker while the journal unlocks', () => {
  let temp: ReturnType<typeof makeTempDir>
  let template: string
  let core: TestCore | null = null

  beforeAll(async () => {
    temp = makeTempDir('mend-core-migrate-')
    template = join(temp.path, 'template')
    // Schema 5, as the Mend before 0006 left it; the real key derivation, as the app writes it.
    const vault = new Vault({ directory: template, logger: silentLogger, migrations: migrations.slice(0, 5) })
    await vault.create(GOOD_PASSPHRASE)
    const entries = Array.from({ length: ENTRIES }, (_, n) => entry(n))
    // The import store alone: the journal of later schemas (photos, 0009) is not there yet.
    await createImportStore(vault.database(), vault.clock).run({ format: 'jrnl-json', entries, skipped: [] })
    await vault.lock()
  }, 60_000)
  afterEach(async () => {
    await core?.stop()
  })
  afterAll(() => temp.remove())

  function openCopy(name: string): TestCore {
    const directory = join(temp.path, name)
    cpSync(template, directory, { recursive: true })
    core = startTestCore(directory)
    return core
  }

  it('reports its progress before the unlock answers, then the journal opens updated', async () => {
    const t = openCopy('updated')
    let answeredAfter = -1
    const info = await t.host.invoke('vault.unlock', { passphrase: GOOD_PASSPHRASE }).then((answer) => {
      answeredAfter = t.events.length
      return answer
    })
    expect(info).toMatchObject({ ok: true, value: { schemaVersion: migrations.at(-1)!.version } })
    const steps = t.events.flatMap((event) => (event.type === 'vault.migrating' ? [event] : []))
    expect(steps.length).toBeGreaterThan(2)
    expect(steps[0]).toMatchObject({ done: 0 })
    expect(steps.at(-1)!.done).toBe(steps.at(-1)!.total)
    for (let i = 1; i < steps.length; i += 1) expect(steps[i]!.done).toBeGreaterThan(steps[i - 1]!.done)
    // All of it reached the host before the answer did (the window shows it while it waits).
    const lastStep = t.events.lastIndexOf(steps.at(-1)!)
    expect(lastStep).toBeLessThan(answeredAfter)
    // The backup made before the update was reported too.
    expect(t.events.some((event) => event.type === 'backup.progress')).toBe(true)
    const found = await t.call<SearchResult>('journal.search', { query: '"quiet harbour"' })
    expect(found.total).toBeGreaterThan(0)
  })

  it('stops when the journal is locked part way, at its old version, and the next unlock finishes it', async () => {
    const t = openCopy('interrupted')
    const unlocking = t.host.invoke('vault.unlock', { passphrase: GOOD_PASSPHRASE })
    await t.nextEvent((event) => event.type === 'vault.migrating' && event.done > 0)
    t.host.lock('suspend')
    expect(await unlocking).toMatchObject({ ok: false, error: { code: 'LOCKED' } })
    const steps = t.events.filter((event) => event.type === 'vault.migrating')
    expect(steps.at(-1)).not.toMatchObject({ done: ENTRIES })

    const info = await t.call<VaultInfo>('vault.unlock', { passphrase: GOOD_PASSPHRASE })
    expect(info.schemaVersion).toBe(migrations.at(-1)!.version)
    expect((await t.call<SearchResult>('journal.search', { query: 'listened' })).total).toBeGreaterThan(0)
  })
})
