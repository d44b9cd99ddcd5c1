import { cpSync, existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Settings } from '../../electron/contract'
import {
  BackupService,
  LATEST_SCHEMA_VERSION,
  MendExport,
  createSettingsQueries,
  exportContent,
  silentLogger,
} from '../../electron/core'
import { startChild } from '../helpers/child-process'
import { runMend, type MendRun } from '../helpers/run-mend'
import { GOOD_PASSPHRASE, makeTempDir, makeVault } from '../helpers/temp-vault'
import { sha256File } from '../helpers/vault-files'

/**
 * The `mend` command as a child process on real encrypted files in temp folders. New passphrases
 * get a cheap scrypt through the test-only entry tests/helpers/mend-cli.ts (the shipped
 * electron/cli/index.ts with one option set in code), except where a test runs the shipped entry
 * itself to check that the real cost is the default.
 */
const OTHER_PASSPHRASE = 'another strong passphrase 93 owl'
/** Journal text: the name given to `mend init`. It may appear in exports, never on stderr. */
const MARKER = 'Quiet Marker Zebra'
const RECOVERY_KEY = /^Recovery key: ([A-Z2-7]{4}(?:-[A-Z2-7]{4}){7})$/m

type Run = MendRun

let temp: ReturnType<typeof makeTempDir>
/** Everything any run printed on stderr, checked for journal text and secrets at the end. */
const allStderr: string[] = []

const SHIPPED_ENTRY = 'electron/cli/index.ts'

async function mend(
  args: string[],
  options: { env?: Record<string, string>; input?: string; entry?: string } = {},
): Promise<Run> {
  const run = await runMend(args, { ...options, home: temp.path })
  allStderr.push(run.stderr)
  return run
}

/** The lines on stderr. */
function errors(run: Run): string[] {
  return run.stderr.split('\n').filter((line) => line !== '')
}

const withPassphrase = (passphrase = GOOD_PASSPHRASE) => ({ env: { MEND_PASSPHRASE: passphrase } })

let template: string
let initRun: Run

/**
 * A copy of the journal made by `mend init`, for a test to open or change. Tests run
 * concurrently and one process at a time may open a journal, so none opens the template itself.
 */
function copyOfTemplate(name: string): string {
  const directory = join(temp.path, name)
  cpSync(template, directory, { recursive: true })
  return directory
}

async function changeSettings(directory: string, change: Partial<Settings>): Promise<void> {
  const vault = makeVault(directory)
  await vault.unlock(GOOD_PASSPHRASE)
  createSettingsQueries(vault.database()).update(change)
  await vault.lock()
}

async function readSettings(directory: string, passphrase = GOOD_PASSPHRASE): Promise<Settings> {
  const vault = makeVault(directory)
  await vault.unlock(passphrase)
  try {
    return createSettingsQueries(vault.database()).read()
  } finally {
    await vault.lock()
  }
}

beforeAll(async () => {
  temp = makeTempDir('mend-cli-')
  template = join(temp.path, 'template')
  initRun = await mend(['init', '--vault', template, '--name', MARKER], withPassphrase())
}, 60_000)

afterAll(() => {
  for (const stderr of allStderr) {
    expect(stderr).not.toContain(MARKER)
    expect(stderr).not.toContain(GOOD_PASSPHRASE)
    expect(stderr).not.toContain(OTHER_PASSPHRASE)
    expect(stderr).not.toMatch(/\n\s+at /) // no stack trace
  }
  temp.remove()
})

// Up to five runs of the CLI at once, each a Node process deriving keys: on a busy machine one test can
// take far longer than alone. The bound is for a hang, not a speed target (those are in the bench).
describe.concurrent('mend (the command line)', { timeout: 120_000 }, () => {
  it('init creates the journal and prints its recovery key once, with what to do with it', () => {
    expect(initRun.code).toBe(0)
    expect(initRun.stdout).toMatch(RECOVERY_KEY)
    expect(initRun.stdout).toContain('Store this recovery key now')
    expect(initRun.stdout).not.toContain(MARKER)
    expect(errors(initRun)).toEqual([])
    expect(readdirSync(template).sort()).toEqual(['mend.db', 'vault-header.json'])
  })

  it('init refuses a folder that already holds a journal, and changes nothing', async () => {
    const directory = copyOfTemplate('init-twice')
    const before = sha256File(join(directory, 'vault-header.json'))
    const run = await mend(['init', '--vault', directory], withPassphrase(OTHER_PASSPHRASE))
    expect(run.code).toBe(1)
    expect(errors(run)).toEqual([`mend: A journal already exists in ${directory}.`])
    expect(sha256File(join(directory, 'vault-header.json'))).toBe(before)
  })

  it("init without --vault uses the app's data folder, and the real scrypt cost by default", async () => {
    const run = await mend(['init', '--passphrase-stdin'], {
      input: `${GOOD_PASSPHRASE}\n`,
      // The shipped entry, with the environment variable older test builds used: it has no effect.
      entry: SHIPPED_ENTRY,
      env: { MEND_TEST_FAST_KDF: '1' },
    })
    expect(run.code).toBe(0)
    expect(run.stderr).toBe('')
    const header = JSON.parse(readFileSync(join(temp.path, 'xdg', 'Mend', 'vault', 'vault-header.json'), 'utf8')) as {
      keySlots: Array<{ kind: string; kdf: { N?: number } }>
    }
    expect(header.keySlots.find((slot) => slot.kind === 'passphrase')?.kdf.N).toBe(2 ** 17)
  })

  it('verify checks the journal and prints its schema, creation date and counts as text', async () => {
    const run = await mend(['verify', '--vault', copyOfTemplate('verify-text')], withPassphrase())
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('Integrity:      ok')
    expect(run.stdout).toContain(`Schema version: ${LATEST_SCHEMA_VERSION}`)
    expect(run.stdout).toMatch(/^Created: +\d{4}-\d\d-\d\dT/m)
    expect(run.stdout).toMatch(/^Journal entries: *0$/m)
    expect(run.stdout).toMatch(/^People: *0$/m)
    expect(run.stdout).not.toContain(MARKER)
    expect(run.stderr).toBe('')
  })

  it('verify --json prints one JSON object, with the passphrase from stdin', async () => {
    const directory = copyOfTemplate('verify-json')
    const run = await mend(['verify', '--json', '--passphrase-stdin', `--vault=${directory}`], {
      input: `${GOOD_PASSPHRASE}\n`,
    })
    expect(run.code).toBe(0)
    const report = JSON.parse(run.stdout) as Record<string, unknown>
    expect(report).toMatchObject({
      location: directory,
      integrity: 'ok',
      schemaVersion: LATEST_SCHEMA_VERSION,
      counts: [
        { label: 'Journal entries', count: 0 },
        { label: 'People', count: 0 },
        { label: 'Repair plans', count: 0 },
        { label: 'Check-ins', count: 0 },
        { label: 'Trust assessments', count: 0 },
        { label: 'Assessment evidence', count: 0 },
      ],
      backups: { count: 0, newest: null },
    })
    expect(Date.parse(report['createdAt'] as string)).not.toBeNaN()
  })

  it('a wrong passphrase exits 3 with one sentence', async () => {
    const directory = copyOfTemplate('wrong-passphrase')
    const wrong = await mend(['verify', '--vault', directory], withPassphrase(OTHER_PASSPHRASE))
    expect(wrong.code).toBe(3)
    expect(errors(wrong)).toEqual(['mend: That passphrase is not right.'])
    expect(wrong.stdout).toBe('')
  })

  it('while wrong guesses are being slowed down, exit 3 says how long to wait, without asking', async () => {
    const directory = copyOfTemplate('throttled')
    writeFileSync(join(directory, 'unlock-throttle.json'), JSON.stringify({ failures: 5, lastFailureAt: Date.now() }))
    const run = await mend(['verify', '--vault', directory], withPassphrase())
    expect(run.code).toBe(3)
    expect(errors(run)).toHaveLength(1)
    // The wait counts from the last wrong guess (16 s after five), so the time the CLI took to start
    // on a busy machine is already off it: any whole number of seconds up to the full wait.
    const wait = /^mend: Please wait (\d+) s before trying again/.exec(errors(run)[0] ?? '')
    expect(wait).not.toBeNull()
    expect(Number(wait![1])).toBeGreaterThan(0)
    expect(Number(wait![1])).toBeLessThanOrEqual(19)
  })

  it('a damaged database exits 4 with one sentence and is left exactly as it was', async () => {
    const directory = copyOfTemplate('damaged')
    const database = join(directory, 'mend.db')
    const bytes = readFileSync(database)
    bytes.fill(0x5a, 200, 400)
    writeFileSync(database, bytes)
    const before = sha256File(database)
    const run = await mend(['verify', '--vault', directory], withPassphrase())
    expect(run.code).toBe(4)
    expect(errors(run)).toEqual([`mend: The journal database in ${directory} is damaged.`])
    expect(sha256File(database)).toBe(before)
  })

  it('a key file from a newer Mend exits 4', async () => {
    const directory = copyOfTemplate('newer-header')
    const headerPath = join(directory, 'vault-header.json')
    writeFileSync(headerPath, JSON.stringify({ ...JSON.parse(readFileSync(headerPath, 'utf8')), version: 99 }))
    const run = await mend(['verify', '--vault', directory], withPassphrase())
    expect(run.code).toBe(4)
    expect(errors(run)).toEqual(['mend: This vault was written by a newer version of Mend. Update Mend to open it.'])
  })

  it('usage errors exit 2 with one sentence: unknown command, missing option, bad value, no passphrase', async () => {
    const runs = await Promise.all([
      mend(['unlock']),
      mend(['backup', '--vault', template]),
      mend(['export', '--vault', template, '--format', 'pdf', '--out', join(temp.path, 'x.pdf')]),
      mend(['verify', '--vault', template]),
    ])
    expect(runs.map((run) => run.code)).toEqual([2, 2, 2, 2])
    expect(runs.map((run) => errors(run))).toEqual([
      ['mend: "unlock" is not a mend command (see mend --help).'],
      ['mend: mend backup needs --out FILE.'],
      ['mend: --format must be json or markdown.'],
      ['mend: No passphrase given: use --passphrase-stdin or MEND_PASSPHRASE, or run mend in a terminal to be asked.'],
    ])
  })

  it('a journal open in the app (another process) exits 1 with one sentence and is not touched', async () => {
    const directory = copyOfTemplate('in-use')
    const app = startChild('open-vault-child.ts', [directory, GOOD_PASSPHRASE])
    try {
      await app.waitForLine('ready')
      const before = sha256File(join(directory, 'vault-header.json'))
      const run = await mend(['change-passphrase', '--vault', directory, '--new-passphrase-stdin'], {
        input: `${GOOD_PASSPHRASE}\n${OTHER_PASSPHRASE}\n`,
      })
      expect(run.code).toBe(1)
      expect(errors(run)).toEqual([
        'mend: This journal is open in another Mend window or in the mend command. Close it there, then try again.',
      ])
      expect(sha256File(join(directory, 'vault-header.json'))).toBe(before)
    } finally {
      await app.killHard()
    }
  })

  it('a folder without a journal says so (exit 1) before asking for anything', async () => {
    const empty = join(temp.path, 'no-journal-here')
    const run = await mend(['verify', '--vault', empty])
    expect(run.code).toBe(1)
    expect(errors(run)).toEqual([
      `mend: There is no journal in ${empty}; create one with mend init or choose it with --vault.`,
    ])
  })

  it('change-passphrase: afterwards the new passphrase opens the journal and the old one does not', async () => {
    const directory = copyOfTemplate('change-passphrase')
    const change = await mend(['change-passphrase', '--vault', directory, '--new-passphrase-stdin'], {
      input: `${GOOD_PASSPHRASE}\n${OTHER_PASSPHRASE}\n`,
    })
    expect(change.code).toBe(0)
    expect(change.stdout).toContain('Passphrase changed.')
    const withNew = await mend(['verify', '--vault', directory], withPassphrase(OTHER_PASSPHRASE))
    expect(withNew.code).toBe(0)
    const withOld = await mend(['verify', '--vault', directory], withPassphrase())
    expect(withOld.code).toBe(3)
    expect(errors(withOld)).toEqual(['mend: That passphrase is not right.'])
  })

  it('backup --out then restore --from brings the journal back, keeping the replaced state as a backup', async () => {
    const directory = copyOfTemplate('backup-restore')
    await changeSettings(directory, { autoLockMinutes: 11 })
    const file = join(temp.path, 'round-trip.mendbackup')
    const backup = await mend(['backup', '--vault', directory, '--out', file], withPassphrase())
    expect(backup.code).toBe(0)
    expect(backup.stdout).toBe(`Wrote an encrypted backup to ${file}.\n`)
    const bytes = readFileSync(file)
    expect(bytes.subarray(0, 14).toString()).toBe('MEND-BACKUP 1\n')
    expect(bytes.includes(Buffer.from(MARKER))).toBe(false)
    // Only this backup's own temporary files: the suite runs concurrently, and another test may be
    // writing its backup into the same folder at this moment.
    const ownTemporary = (name: string) => name.startsWith('.round-trip.mendbackup') && name.endsWith('.tmp')
    expect(readdirSync(temp.path).filter(ownTemporary)).toEqual([])

    await changeSettings(directory, { autoLockMinutes: 22 })
    const restore = await mend(['restore', '--vault', directory, '--from', file], withPassphrase())
    expect(restore.code).toBe(0)
    expect(restore.stdout).toContain('Restored the backup into the journal')
    expect((await readSettings(directory)).autoLockMinutes).toBe(11)
    const kept = readdirSync(join(directory, 'backups'))
    expect(kept).toHaveLength(1)
    expect(restore.stdout).toContain(kept[0])

    // On a computer without a journal, the same file becomes one that opens with its own passphrase.
    const fresh = join(temp.path, 'restored-fresh')
    const asNew = await mend(['restore', '--vault', fresh, '--from', file], {
      env: { MEND_BACKUP_PASSPHRASE: GOOD_PASSPHRASE },
    })
    expect(asNew.code).toBe(0)
    expect((await readSettings(fresh)).autoLockMinutes).toBe(11)
  })

  it("restore of another journal's backup needs that backup's passphrase, then keeps the current one", async () => {
    const file = join(temp.path, 'template.mendbackup')
    const source = copyOfTemplate('backup-source')
    expect((await mend(['backup', '--vault', source, '--out', file], withPassphrase())).code).toBe(0)
    const other = join(temp.path, 'other-journal')
    expect((await mend(['init', '--vault', other], withPassphrase(OTHER_PASSPHRASE))).code).toBe(0)

    // One after the other: a second mend on the same journal while one has it open gets IN_USE.
    const missing = await mend(['restore', '--vault', other, '--from', file], withPassphrase(OTHER_PASSPHRASE))
    const wrong = await mend(
      ['restore', '--vault', other, '--from', file, '--passphrase-stdin', '--backup-passphrase-stdin'],
      { input: `${OTHER_PASSPHRASE}\nnot the backup passphrase 12\n` },
    )
    expect(missing.code).toBe(2)
    expect(errors(missing)[0]).toContain('MEND_BACKUP_PASSPHRASE')
    expect(wrong.code).toBe(3)
    expect(errors(wrong)).toEqual(['mend: That passphrase does not open this backup.'])

    const restore = () =>
      mend(['restore', '--vault', other, '--from', file], {
        env: { MEND_PASSPHRASE: OTHER_PASSPHRASE, MEND_BACKUP_PASSPHRASE: GOOD_PASSPHRASE },
      })
    let right = await restore()
    // A wrong passphrase a moment ago makes the next try wait the time it names (as unlocking
    // does); on a slow machine that time may already have passed.
    const wait = /Please wait (\d+) s/.exec(errors(right)[0] ?? '')
    if (wait) {
      expect(right.code).toBe(3)
      await new Promise((resolve) => setTimeout(resolve, Number(wait[1]) * 1000 + 250))
      right = await restore()
    }
    expect(right.code).toBe(0)
    const opened = await mend(['verify', '--vault', other, '--json'], withPassphrase(OTHER_PASSPHRASE))
    expect(opened.code).toBe(0)
  })

  it('restore refuses a file that is not a backup (exit 4) and leaves the journal as it was', async () => {
    const directory = copyOfTemplate('restore-not-a-backup')
    const before = sha256File(join(directory, 'mend.db'))
    const notBackup = join(temp.path, 'not-a-backup.mendbackup')
    writeFileSync(notBackup, 'just some text\n')
    const run = await mend(['restore', '--vault', directory, '--from', notBackup], withPassphrase())
    expect(run.code).toBe(4)
    expect(errors(run)).toEqual(['mend: This file is not a Mend backup.'])
    expect(sha256File(join(directory, 'mend.db'))).toBe(before)
    expect(existsSync(join(directory, 'backups'))).toBe(false)
  })

  it('restore --latest-good brings a damaged journal back from its newest good backup, keeping the damaged file', async () => {
    const directory = copyOfTemplate('latest-good')
    const database = join(directory, 'mend.db')
    const vault = makeVault(directory)
    await vault.unlock(GOOD_PASSPHRASE)
    createSettingsQueries(vault.database()).update({ autoLockMinutes: 13 })
    await new BackupService(vault, silentLogger).create()
    createSettingsQueries(vault.database()).update({ autoLockMinutes: 14 })
    await vault.lock()

    // A healthy journal is not replaced: this is no shortcut around restore --from.
    const healthy = await mend(['restore', '--latest-good', '--vault', directory], withPassphrase())
    expect(healthy.code).toBe(1)
    expect(errors(healthy)).toEqual([
      `mend: The journal in ${directory} opens and is not damaged, so nothing was restored. To go back to a backup, use mend restore --from FILE.`,
    ])
    expect((await readSettings(directory)).autoLockMinutes).toBe(14)

    const bytes = readFileSync(database)
    bytes.fill(0x5a, 200, 400)
    writeFileSync(database, bytes)
    const damaged = sha256File(database)
    // Without the flag, a damaged journal still exits 4 and nothing changes.
    expect((await mend(['verify', '--vault', directory], withPassphrase())).code).toBe(4)
    const wrong = await mend(['restore', '--latest-good', '--vault', directory], withPassphrase(OTHER_PASSPHRASE))
    expect(wrong.code).toBe(3)
    expect(sha256File(database)).toBe(damaged)
    // The wait after a wrong passphrase is not what this test is about.
    rmSync(join(directory, 'unlock-throttle.json'))

    const run = await mend(['restore', '--latest-good', '--vault', directory, '--passphrase-stdin'], {
      input: `${GOOD_PASSPHRASE}\n`,
    })
    expect(run.code).toBe(0)
    expect(run.stdout).toContain(`Restored the newest good backup into the journal in ${directory}.`)
    expect(errors(run)).toEqual([])
    expect((await readSettings(directory)).autoLockMinutes).toBe(13)
    const aside = readdirSync(directory).filter((name) => name.startsWith('mend.db.damaged-'))
    expect(aside.map((name) => sha256File(join(directory, name)))).toEqual([damaged])
  })

  it('export json, import into a fresh journal, export again: the same content', async () => {
    const directory = copyOfTemplate('export-source')
    await changeSettings(directory, { autoLockMinutes: 17, backupsToKeep: 3, lockWhenHidden: true })
    const first = join(temp.path, 'first.json')
    const exported = await mend(['export', '--vault', directory, '--format', 'json', '--out', first], withPassphrase())
    expect(exported.code).toBe(0)
    expect(errors(exported)).toEqual([
      `Warning: the export in ${first} is not encrypted; anyone who can open it can read your journal.`,
    ])
    const firstExport = MendExport.parse(JSON.parse(readFileSync(first, 'utf8')))
    expect(firstExport.vault.displayName).toBe(MARKER)
    expect(firstExport.settings).toEqual({
      autoLockMinutes: 17,
      backupsToKeep: 3,
      lockWhenHidden: true,
      remindersEnabled: true,
      quietHours: { start: '22:00', end: '08:00' },
      appearance: 'system',
      onboardingDone: true,
    })

    const imported = join(temp.path, 'imported')
    const importRun = await mend(['import', '--vault', imported, '--from', first], withPassphrase(OTHER_PASSPHRASE))
    expect(importRun.code).toBe(0)
    expect(importRun.stdout).toMatch(RECOVERY_KEY)

    const second = join(temp.path, 'second.json')
    const again = await mend(
      ['export', '--vault', imported, '--format', 'json', '--out', second, '--passphrase-stdin'],
      {
        input: `${OTHER_PASSPHRASE}\n`,
      },
    )
    expect(again.code).toBe(0)
    const secondExport = MendExport.parse(JSON.parse(readFileSync(second, 'utf8')))
    expect(exportContent(secondExport)).toBe(exportContent(firstExport))
  })

  it('import refuses a file that is not an export, before creating anything', async () => {
    const notExport = join(temp.path, 'not-an-export.json')
    writeFileSync(notExport, JSON.stringify({ hello: 'world' }))
    const target = join(temp.path, 'never-created')
    const run = await mend(['import', '--vault', target, '--from', notExport], withPassphrase())
    expect(run.code).toBe(1)
    expect(errors(run)).toEqual(['mend: This file is not a Mend export, or it is damaged.'])
    expect(existsSync(target)).toBe(false)
  })

  it('export markdown writes a folder, with the not-encrypted warning on stderr', async () => {
    const folder = join(temp.path, 'markdown-export')
    const directory = copyOfTemplate('markdown-source')
    const run = await mend(['export', '--vault', directory, '--format', 'markdown', '--out', folder], withPassphrase())
    expect(run.code).toBe(0)
    expect(errors(run)).toHaveLength(1)
    expect(errors(run)[0]).toContain('is not encrypted')
    expect(statSync(folder).isDirectory()).toBe(true)
    const index = readFileSync(join(folder, 'index.md'), 'utf8')
    expect(index).toContain('# Mend journal export')
    expect(index).toContain(MARKER)
  })
})
