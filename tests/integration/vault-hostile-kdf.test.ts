import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runCli } from '../../electron/cli/run'
import { BackupService, silentLogger, type Vault } from '../../electron/core'
import { FAST_SCRYPT, GOOD_PASSPHRASE, makeTempDir, makeVault } from '../helpers/temp-vault'
import { expectMendError } from '../helpers/vault-files'

/**
 * A key header sets how much memory and time scrypt spends before any passphrase is checked. One
 * in a backup someone sends (it opens by double-click) or in an edited key file must not be able
 * to make Mend spend gigabytes and minutes: anything but what Mend writes (r=8, p=1, N a power of
 * two from 2^17 to 2^20, one slot of each kind) is refused as damaged before any derivation.
 * Tests write their vaults with a cheap N (FAST_SCRYPT), which lowers the floor for them only.
 */
const OTHER_PASSPHRASE = 'another strong passphrase 93 owl'
const MB = 1024 * 1024

type Kdf = { N: number; r: number; p: number }
type Header = { keySlots: Array<{ kind: string; kdf: Record<string, unknown> }> }

const HOSTILE: Array<[string, (header: Header) => void]> = [
  ['N=2^20, r=32, p=16 (4 GiB, minutes)', (h) => setKdf(h, { N: 2 ** 20, r: 32, p: 16 })],
  ['N=2^22 (above what Mend writes)', (h) => setKdf(h, { N: 2 ** 22, r: 8, p: 1 })],
  ['r=32', (h) => setKdf(h, { N: 2 ** 17, r: 32, p: 1 })],
  ['p=2', (h) => setKdf(h, { N: 2 ** 17, r: 8, p: 2 })],
  ['N=1024, r=1 (far too weak)', (h) => setKdf(h, { N: 1024, r: 1, p: 1 })],
  ['an N that is not a power of two', (h) => setKdf(h, { N: 2 ** 17 + 1, r: 8, p: 1 })],
  ['two passphrase slots', (h) => h.keySlots.push(structuredClone(h.keySlots[0]!))],
  ['twenty recovery slots', (h) => h.keySlots.push(...Array(20).fill(structuredClone(h.keySlots[1]!)))],
]

function setKdf(header: Header, kdf: Kdf): void {
  const slot = header.keySlots.find((s) => s.kind === 'passphrase')!
  slot.kdf = { ...slot.kdf, ...kdf }
}

/** Rewrites the key header inside a backup file (its first two lines), the database bytes untouched. */
function editBackupHeader(path: string, edit: (header: Header) => void): void {
  const bytes = readFileSync(path)
  const magicEnd = bytes.indexOf(0x0a) + 1
  const metaEnd = bytes.indexOf(0x0a, magicEnd) + 1
  const meta = JSON.parse(bytes.subarray(magicEnd, metaEnd).toString('utf8')) as { header: Header }
  edit(meta.header)
  writeFileSync(
    path,
    Buffer.concat([bytes.subarray(0, magicEnd), Buffer.from(`${JSON.stringify(meta)}\n`), bytes.subarray(metaEnd)]),
  )
}

function editKeyFile(directory: string, edit: (header: Header) => void): void {
  const path = join(directory, 'vault-header.json')
  const header = JSON.parse(readFileSync(path, 'utf8')) as Header
  edit(header)
  writeFileSync(path, JSON.stringify(header))
}

/** Runs `work`, and returns how long it took and how much the resident memory grew meanwhile. */
async function measured(work: () => Promise<unknown>): Promise<{ ms: number; rssGrowthMb: number }> {
  const before = process.memoryUsage().rss
  let peak = before
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5)
  const start = performance.now()
  try {
    await work()
  } finally {
    clearInterval(sampler)
  }
  const ms = performance.now() - start
  peak = Math.max(peak, process.memoryUsage().rss)
  return { ms, rssGrowthMb: (peak - before) / MB }
}

describe('hostile key-derivation settings', () => {
  let temp: ReturnType<typeof makeTempDir>
  let foreignBackup: string

  beforeEach(async () => {
    temp = makeTempDir()
    const other = makeVault(join(temp.path, 'other'))
    await other.create(OTHER_PASSPHRASE, 'Alex')
    foreignBackup = (await new BackupService(other, silentLogger).create()).path
    other.lockNow()
  })
  afterEach(() => temp.remove())

  it.each(HOSTILE)('a backup with %s is refused as damaged, at once, with flat memory', async (_label, edit) => {
    editBackupHeader(foreignBackup, edit)
    const vault = makeVault(join(temp.path, 'new-computer'))
    const backups = new BackupService(vault, silentLogger)
    const cost = await measured(async () => {
      // On a new computer (the double-click case) and from an open journal alike.
      await expectMendError(backups.restoreAsNewVault(foreignBackup, OTHER_PASSPHRASE), 'CORRUPT')
      await expectMendError(backups.inspect(foreignBackup, OTHER_PASSPHRASE), 'CORRUPT')
    })
    expect(vault.status().state).toBe('none')
    expect(cost.ms).toBeLessThan(1000)
    expect(cost.rssGrowthMb).toBeLessThan(64)
  })

  it.each(HOSTILE.slice(0, 2))(
    'a key file edited to %s reads as damaged without deriving; unlock and mend verify stop at once',
    async (_label, edit) => {
      const directory = join(temp.path, 'mine')
      const vault = makeVault(directory)
      await vault.create(GOOD_PASSPHRASE)
      vault.lockNow()
      editKeyFile(directory, edit)
      const cost = await measured(async () => {
        expect(vault.status().state).toBe('damaged')
        await expectMendError(makeVault(directory).unlock(GOOD_PASSPHRASE), 'CORRUPT')
        expect((await verify(directory)).code).toBe(4)
      })
      expect(cost.ms).toBeLessThan(1000)
      expect(cost.rssGrowthMb).toBeLessThan(64)
    },
  )

  it('the app (today’s cost) refuses a header below 2^17, which a test vault may use', async () => {
    const directory = join(temp.path, 'weak')
    const vault = makeVault(directory)
    await vault.create(GOOD_PASSPHRASE)
    vault.lockNow()
    // The same file, seen by a Mend that writes the real cost: no derivation is attempted.
    const app = makeVault(directory, { scrypt: { N: 2 ** 17, r: 8, p: 1 } })
    expect(app.status().state).toBe('damaged')
    await expectMendError(app.unlock(GOOD_PASSPHRASE), 'CORRUPT')
  })

  async function verify(directory: string): Promise<{ code: number; stderr: string }> {
    let stderr = ''
    const stdin = new PassThrough()
    stdin.end()
    const code = await runCli(
      ['verify', '--vault', directory],
      {
        env: { MEND_PASSPHRASE: GOOD_PASSPHRASE },
        stdin,
        stdout: { write: () => undefined },
        stderr: { write: (text: string) => (stderr += text) },
        cwd: temp.path,
        platform: process.platform,
        homedir: temp.path,
      },
      { scrypt: FAST_SCRYPT },
    )
    return { code, stderr }
  }
})

describe('settings below today’s cost are raised at the next unlock', () => {
  let temp: ReturnType<typeof makeTempDir>
  let vault: Vault
  afterEach(() => {
    vault.lockNow()
    temp.remove()
  })

  it('rewraps the passphrase slot with the current cost; the recovery slot and the journal stay', async () => {
    temp = makeTempDir()
    const created = makeVault(temp.path, { scrypt: { N: 2 ** 11, r: 8, p: 1 }, scryptFloorN: 2 ** 11 })
    const { recoveryKey } = await created.create(GOOD_PASSPHRASE)
    created.database().exec("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('kept')")
    created.lockNow()
    const before = JSON.parse(readFileSync(join(temp.path, 'vault-header.json'), 'utf8')) as Header

    // A later Mend writes N=2^12 and still reads 2^11 (its floor), as the app will when it raises its cost.
    vault = makeVault(temp.path, { scrypt: FAST_SCRYPT, scryptFloorN: 2 ** 11 })
    await vault.unlock(GOOD_PASSPHRASE)
    const after = JSON.parse(readFileSync(join(temp.path, 'vault-header.json'), 'utf8')) as Header
    const kdf = (header: Header, kind: string) => header.keySlots.find((slot) => slot.kind === kind)?.kdf
    expect(kdf(before, 'passphrase')).toMatchObject({ N: 2 ** 11 })
    expect(kdf(after, 'passphrase')).toMatchObject({ N: 2 ** 12, r: 8, p: 1 })
    expect(kdf(after, 'passphrase')?.['salt']).not.toBe(kdf(before, 'passphrase')?.['salt'])
    expect(kdf(after, 'recovery')).toEqual(kdf(before, 'recovery'))

    vault.lockNow()
    // The new slot opens with the same passphrase, even for a Mend that no longer accepts 2^11.
    vault = makeVault(temp.path)
    await vault.unlock(GOOD_PASSPHRASE)
    expect(vault.database().prepare('SELECT body FROM notes').pluck().all()).toEqual(['kept'])
    vault.lockNow()
    await vault.recover(recoveryKey, 'a different long passphrase 55 heron')
  })

  it('a backup restored as a new journal is raised to today’s cost too (it no longer keeps weak settings)', async () => {
    temp = makeTempDir()
    const weak = { scrypt: { N: 2 ** 11, r: 8, p: 1 }, scryptFloorN: 2 ** 11 }
    const old = makeVault(join(temp.path, 'old'), weak)
    await old.create(GOOD_PASSPHRASE)
    const backup = (await new BackupService(old, silentLogger).create()).path
    old.lockNow()
    vault = makeVault(join(temp.path, 'new-computer'), { scrypt: FAST_SCRYPT, scryptFloorN: 2 ** 11 })
    await new BackupService(vault, silentLogger).restoreAsNewVault(backup, GOOD_PASSPHRASE)
    const header = JSON.parse(readFileSync(join(temp.path, 'new-computer', 'vault-header.json'), 'utf8')) as Header
    expect(header.keySlots.find((slot) => slot.kind === 'passphrase')?.kdf).toMatchObject({ N: 2 ** 12 })
  })

  it('leaves a header at today’s cost as it is', async () => {
    temp = makeTempDir()
    vault = makeVault(temp.path)
    await vault.create(GOOD_PASSPHRASE)
    vault.lockNow()
    const before = readFileSync(join(temp.path, 'vault-header.json'), 'utf8')
    await vault.unlock(GOOD_PASSPHRASE)
    expect(readFileSync(join(temp.path, 'vault-header.json'), 'utf8')).toBe(before)
  })
})
