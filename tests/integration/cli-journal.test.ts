import { cpSync } from 'node:fs'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { EntrySummary, SearchHit } from '../../electron/contract'
import { runCli } from '../../electron/cli/run'
import { journalOf } from '../../electron/core'
import { runMend, type MendRun } from '../helpers/run-mend'
import { FAST_SCRYPT, GOOD_PASSPHRASE, makeTempDir, makeVault } from '../helpers/temp-vault'

/**
 * mend add, list and search as child processes (the test entry tests/helpers/mend-cli.ts, cheap
 * scrypt) on real encrypted journals in temp folders, each test on its own copy of one made by init.
 */
/** Journal text: it may be printed on stdout when asked for, never on stderr. */
const BODY_MARKER = 'Heron Lantern Quietude'

type Run = MendRun

let temp: ReturnType<typeof makeTempDir>
let template: string
const allStderr: string[] = []

async function mend(args: string[], options: { input?: string; env?: Record<string, string> } = {}): Promise<Run> {
  const run = await runMend(args, {
    ...options,
    home: temp.path,
    env: { MEND_PASSPHRASE: GOOD_PASSPHRASE, ...options.env },
  })
  allStderr.push(run.stderr)
  return run
}

const errors = (run: Run) => run.stderr.split('\n').filter((line) => line !== '')
const lines = (run: Run) => run.stdout.split('\n').filter((line) => line !== '')

function copyOfTemplate(name: string): string {
  const directory = join(temp.path, name)
  cpSync(template, directory, { recursive: true })
  return directory
}

async function listJson(vault: string): Promise<EntrySummary[]> {
  const run = await mend(['list', '--json', '--vault', vault])
  expect(run.code).toBe(0)
  return JSON.parse(run.stdout) as EntrySummary[]
}

/**
 * Three entries, written through core (add has its own tests): two linked to Sam, tagged
 * river+calm and river, and one tagged work, the newest.
 */
async function journalWithEntries(name: string): Promise<string> {
  const directory = copyOfTemplate(name)
  const vault = makeVault(directory)
  await vault.unlock(GOOD_PASSPHRASE)
  try {
    const journal = journalOf(vault.database(), vault.clock)
    const sam = journal.people.create({ name: 'Sam' })
    journal.entries.create({
      title: 'River walk',
      body: `Walked by the river with Sam.\n${BODY_MARKER}`,
      tags: ['river', 'calm'],
      personIds: [sam.id],
      entryDate: '2024-02-03T10:00',
    })
    journal.entries.create({
      body: 'The river was frozen.',
      tags: ['river'],
      personIds: [sam.id],
      entryDate: '2024-01-02T09:00',
    })
    journal.entries.create({ body: 'A long day at work.', tags: ['work'], entryDate: '2024-03-04T18:00' })
  } finally {
    await vault.lock()
  }
  return directory
}

/** runCli in this process, as the test entry runs it: for the many quick runs of one test. */
async function mendHere(args: string[]): Promise<Run> {
  const out = { stdout: '', stderr: '' }
  const stdin = new PassThrough()
  stdin.end()
  const code = await runCli(
    args,
    {
      env: { MEND_PASSPHRASE: GOOD_PASSPHRASE },
      stdin,
      stdout: { write: (text: string) => (out.stdout += text) },
      stderr: { write: (text: string) => (out.stderr += text) },
      cwd: temp.path,
      platform: process.platform,
      homedir: temp.path,
    },
    { scrypt: FAST_SCRYPT },
  )
  allStderr.push(out.stderr)
  return { code, ...out }
}

beforeAll(async () => {
  temp = makeTempDir('mend-cli-journal-')
  template = join(temp.path, 'template')
  expect((await mend(['init', '--vault', template])).code).toBe(0)
}, 60_000)

afterAll(() => {
  for (const stderr of allStderr) {
    expect(stderr).not.toContain(BODY_MARKER)
    expect(stderr).not.toContain('Walked by')
    expect(stderr).not.toContain(GOOD_PASSPHRASE)
    expect(stderr).not.toMatch(/\n\s+at /)
  }
  temp.remove()
})

// Runs of the CLI at once, each a Node process deriving keys: on a busy machine one test can take
// far longer than alone (four timed out at 30 s beside the e2e suite). The bound is for a hang.
describe.concurrent('mend add, list and search', { timeout: 120_000 }, () => {
  it('add saves stdin as the text, with tags, a new person and a backdated date; list --json shows it', async () => {
    const vault = copyOfTemplate('add')
    const run = await mend(
      ['add', '--vault', vault, '--title', 'Trust', '--tag', 'hope', '--tag', 'Family', '--person', 'Sam'].concat([
        '--date',
        '2023-11-05 21:30',
      ]),
      { input: `First line.\r\n\r\n${BODY_MARKER}\r\n\n` },
    )
    expect(run.code).toBe(0)
    expect(run.stdout).toBe('Saved entry 1.\n')
    expect(errors(run)).toEqual(['Added Sam to your people.'])

    // The passphrase on line 1 of stdin, the text after it; the person is found regardless of case.
    const again = await mend(['add', '--vault', vault, '--passphrase-stdin', '--person', 'sam'], {
      input: `${GOOD_PASSPHRASE}\nSecond entry, today.\n`,
      env: { MEND_PASSPHRASE: '' },
    })
    expect(again.code).toBe(0)
    expect(again.stdout).toBe('Saved entry 2.\n')
    expect(again.stderr).toBe('')

    const entries = await listJson(vault)
    expect(entries.map((entry) => entry.id)).toEqual([2, 1])
    expect(entries[1]).toMatchObject({
      title: 'Trust',
      entryDate: '2023-11-05T21:30',
      tags: ['Family', 'hope'],
      excerpt: `First line. ${BODY_MARKER}`,
      trashedAt: null,
    })
    expect(entries[0]?.personIds).toEqual(entries[1]?.personIds)
    expect(entries[0]?.personIds).toHaveLength(1)

    const opened = makeVault(vault)
    await opened.unlock(GOOD_PASSPHRASE)
    try {
      const journal = journalOf(opened.database(), opened.clock)
      expect(journal.entries.get(1).body).toBe(`First line.\n\n${BODY_MARKER}`)
      expect(journal.people.list().map((person) => person.name)).toEqual(['Sam'])
    } finally {
      await opened.lock()
    }
  })

  it('add refuses a bad --date (exit 2) and empty text without a title, saving nothing', async () => {
    const vault = copyOfTemplate('add-refused')
    const runs = await Promise.all(
      ['2024-02-30', '2024-03-05T25:00', 'next tuesday', '05.03.2024'].map((date) =>
        mend(['add', '--vault', vault, '--date', date], { input: 'text' }),
      ),
    )
    for (const run of runs) {
      expect(run.code).toBe(2)
      expect(errors(run)).toEqual([
        'mend: --date must be a real date written YYYY-MM-DD, YYYY-MM-DDTHH:MM or "YYYY-MM-DD HH:MM".',
      ])
    }
    const empty = await mend(['add', '--vault', vault], { input: '\n\n' })
    expect(empty.code).toBe(2)
    expect(errors(empty)).toEqual([
      'mend: Nothing to save: stdin held no text and there is no --title; nothing was changed.',
    ])
    expect(await listJson(vault)).toEqual([])
  })

  it('list prints one line per entry, newest first: date, title or excerpt, tags; --limit cuts it', async () => {
    const vault = await journalWithEntries('list')
    const run = await mend(['list', '--vault', vault])
    expect(run.code).toBe(0)
    expect(lines(run)).toHaveLength(3)
    expect(lines(run)).toEqual([
      '2024-03-04 18:00  A long day at work.  #work',
      '2024-02-03 10:00  River walk  #calm #river',
      '2024-01-02 09:00  The river was frozen.  #river',
    ])
    expect(run.stderr).toBe('')

    const limited = await mend(['list', '--vault', vault, '--limit', '1'])
    expect(lines(limited)).toEqual([lines(run)[0]])
    expect(errors(limited)).toEqual(['Showing the newest 1 of 3 entries; use --limit N for more.'])
    expect((await mend(['list', '--vault', copyOfTemplate('list-empty')])).stdout).toBe('No entries yet.\n')
  })

  it('search finds entries with a marked snippet; --tag (all of them) and --person narrow it', async () => {
    const vault = await journalWithEntries('search')
    const text = await mend(['search', 'river', '--vault', vault])
    expect(text.code).toBe(0)
    expect(text.stdout).toContain('River walk  #calm #river\n  Walked by the **river** with Sam.')
    expect(text.stdout).toContain('  The **river** was frozen.')
    expect(lines(text).at(-1)).toBe('2 entries match.')

    const json = await mend(['search', 'river', '--json', '--vault', vault])
    const result = JSON.parse(json.stdout) as { hits: SearchHit[]; total: number }
    expect(result.total).toBe(2)
    expect(result.hits[0]?.snippet.some((part) => part.hit && part.text.toLowerCase() === 'river')).toBe(true)

    const search = async (...args: string[]) => {
      const run = await mendHere(['search', ...args, '--json', '--vault', vault])
      expect(run.code).toBe(0)
      return (JSON.parse(run.stdout) as { hits: SearchHit[] }).hits.map((hit) => hit.entry.title || hit.entry.excerpt)
    }
    expect(await search('river', '--tag', 'calm')).toEqual(['River walk'])
    expect(await search('river', '--tag', 'river', '--tag', 'CALM')).toEqual(['River walk'])
    expect(await search('river', '--tag', 'river', '--tag', 'work')).toEqual([])
    expect((await search('', '--person', 'sam')).sort()).toEqual(['River walk', 'The river was frozen.'])
    expect(await search('work', '--person', 'Sam')).toEqual([])
  })

  it('search names an unknown person (exit 1), and hostile queries never fail', async () => {
    const vault = await journalWithEntries('search-hostile')
    const unknown = await mend(['search', 'river', '--person', 'Nobody', '--vault', vault])
    expect(unknown.code).toBe(1)
    expect(errors(unknown)).toEqual(['mend: No person named Nobody.'])
    const hostile = await mend(['search', '"*NEAR(', '--vault', vault])
    expect(hostile).toMatchObject({ code: 0, stdout: 'No entries match.\n', stderr: '' })
    for (const query of [
      'AND OR NOT',
      'title:river',
      '^river',
      ')(',
      '***',
      "'",
      'NEAR(river work, 2)',
      '"',
      '\u0000',
    ]) {
      const run = await mendHere(['search', '--vault', vault, '--json', '--', query])
      expect(run.code, query).toBe(0)
      expect(run.stderr, query).toBe('')
      expect(JSON.parse(run.stdout), query).toMatchObject({ hits: expect.any(Array), total: expect.any(Number) })
    }
    const dash = await mendHere(['search', '--vault', vault, '--', '-frozen'])
    expect(dash.stdout).toContain('**frozen**')
  })
})
