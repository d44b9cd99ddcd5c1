import { cpSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../electron/cli/run'
import type { EntrySummary } from '../../electron/contract'
import { runMend, type MendRun } from '../helpers/run-mend'
import { FAST_SCRYPT, GOOD_PASSPHRASE, makeTempDir } from '../helpers/temp-vault'

/**
 * mend import --from FORMAT PATH as a child process (the test entry tests/helpers/mend-cli.ts,
 * cheap scrypt) on real encrypted journals, from small jrnl and Day One files written here.
 */
/** Journal text in the imported files: printed on stdout by list when asked, never on stderr. */
const BODY_MARKER = 'Osprey Meadow Whisper'

type Run = MendRun

let temp: ReturnType<typeof makeTempDir>
let template: string
const allStderr: string[] = []

async function mend(args: string[], input = ''): Promise<Run> {
  const run = await runMend(args, { home: temp.path, input, env: { MEND_PASSPHRASE: GOOD_PASSPHRASE } })
  allStderr.push(run.stderr)
  return run
}

const lines = (run: Run) => run.stdout.split('\n').filter((line) => line !== '')

function copyOfTemplate(name: string): string {
  const directory = join(temp.path, name)
  cpSync(template, directory, { recursive: true })
  return directory
}

function file(name: string, text: string): string {
  const path = join(temp.path, name)
  writeFileSync(path, text)
  return path
}

async function listJson(vault: string): Promise<EntrySummary[]> {
  const run = await mend(['list', '--json', '--vault', vault])
  expect(run.code).toBe(0)
  return JSON.parse(run.stdout) as EntrySummary[]
}

const JRNL = [
  '[2023-01-02 08:30] New year plans',
  `Start running again. @health ${BODY_MARKER}`,
  '',
  '[2023-01-05 19:00] Dinner with Ana *',
  'A long talk about trust. @friends',
  '',
  '[2023-02-30 10:00] A day that does not exist',
  'Lost.',
  '',
].join('\n')

const DAY_ONE = JSON.stringify({
  metadata: { version: '1.0' },
  entries: [
    {
      uuid: 'A1B2C3D4',
      creationDate: '2022-06-01T10:00:00Z',
      timeZone: 'UTC',
      text: `# Beach day\n\nSun and sand. ${BODY_MARKER}`,
      tags: ['summer'],
      starred: true,
    },
    { uuid: 'E5F6A7B8', creationDate: '2022-06-02T18:30:00Z', timeZone: 'UTC', text: 'Quiet evening.' },
  ],
})

beforeAll(async () => {
  temp = makeTempDir('mend-cli-import-')
  template = join(temp.path, 'template')
  expect((await mend(['init', '--vault', template])).code).toBe(0)
}, 60_000)

afterAll(() => {
  for (const stderr of allStderr) {
    expect(stderr).not.toContain(BODY_MARKER)
    expect(stderr).not.toContain(GOOD_PASSPHRASE)
    expect(stderr).not.toMatch(/\n\s+at /)
  }
  temp.remove()
})

// A hang bound, not a speed target: several CLI processes run at once (see cli.test.ts).
describe.concurrent('mend import --from FORMAT PATH', { timeout: 120_000 }, () => {
  it('imports a jrnl text file with a preview and notes; a second import adds nothing', async () => {
    const vault = copyOfTemplate('jrnl')
    const source = file('journal.txt', JRNL)
    const first = await mend(['import', '--vault', vault, '--from', 'jrnl', source])
    expect(first.code).toBe(0)
    expect(lines(first)).toEqual([
      'Found 3 entries (0 already imported), dated 2023-01-02 08:30 to 2023-01-05 19:00; 0 items skipped.',
      'Dates read as %Y-%m-%d %H:%M (found in the file).',
      'Imported 3 entries (0 already there).',
      expect.stringMatching(/^note: line 7: the date in brackets does not exist on the calendar; the entry was kept/),
    ])
    // stderr is a pipe here: no progress line.
    expect(first.stderr).toBe('')

    const second = await mend(
      ['import', '--vault', vault, '--from', 'jrnl', source, '--passphrase-stdin'],
      `${GOOD_PASSPHRASE}\n`,
    )
    expect(second.code).toBe(0)
    expect(lines(second)[0]).toBe(
      'Found 3 entries (3 already imported), dated 2023-01-02 08:30 to 2023-01-05 19:00; 0 items skipped.',
    )
    expect(lines(second)[2]).toBe('Imported 0 entries (3 already there).')
    const entries = await listJson(vault)
    expect(entries.map((entry) => [entry.title, entry.entryDate, entry.tags, entry.starred])).toEqual([
      ['A day that does not exist', '2023-01-05T19:00', [], false],
      ['Dinner with Ana', '2023-01-05T19:00', ['friends'], true],
      ['New year plans', '2023-01-02T08:30', ['health'], false],
    ])
  })

  it('reads dates with --date-format, or with the timeformat of jrnl.yaml (found where jrnl keeps it, or named)', async () => {
    const dotted = file('dotted.txt', '[05.01.2021 08:30] Morning\nText @work\n\n[14.02.2021 18:00] Evening\nMore.\n')
    const given = copyOfTemplate('date-format')
    const run = await mend(['import', '--vault', given, '--from', 'jrnl', dotted, '--date-format', '%d.%m.%Y %H:%M'])
    expect(run.code).toBe(0)
    expect(lines(run)[1]).toBe('Dates read as %d.%m.%Y %H:%M (as given).')
    expect((await listJson(given)).map((entry) => entry.entryDate)).toEqual(['2021-02-14T18:00', '2021-01-05T08:30'])

    // Two formats read these dates, giving different days: only the person can say which.
    const ambiguous = file('ambiguous.txt', '[01/02/2021 10:00] One\nText.\n\n[03/04/2021 11:00] Two\nMore.\n')
    const refused = await mend(['import', '--vault', given, '--from', 'jrnl', ambiguous])
    expect(refused.code).toBe(4)
    expect(refused.stderr).toMatch(/--date-format/)
    const config = file(
      'my-jrnl.yaml',
      `journals:\n  default:\n    journal: ${ambiguous}\n    timeformat: "%d/%m/%Y %H:%M"\n`,
    )
    const named = await mend(['import', '--vault', given, '--from', 'jrnl', ambiguous, '--jrnl-config', config])
    expect(named.code).toBe(0)
    expect(lines(named)[1]).toBe("Dates read as %d/%m/%Y %H:%M (from jrnl's config).")
    mkdirSync(join(temp.path, 'xdg', 'jrnl'), { recursive: true })
    writeFileSync(join(temp.path, 'xdg', 'jrnl', 'jrnl.yaml'), 'timeformat: "%m/%d/%Y %H:%M"\n')
    const found = await mend(['import', '--vault', copyOfTemplate('xdg'), '--from', 'jrnl', ambiguous])
    expect(found.code).toBe(0)
    expect(lines(found)[1]).toBe("Dates read as %m/%d/%Y %H:%M (from jrnl's config).")

    const tagged = await mend(['search', '--vault', given, '--tag', '@work', '--json', ''])
    expect(tagged.code).toBe(0)
    const hits = (JSON.parse(tagged.stdout) as { hits: Array<{ entry: { title: string } }> }).hits
    expect(hits.map((hit) => hit.entry.title)).toEqual(['Morning'])
  }, 120_000) // six runs of mend, each a child process

  it('imports a Day One JSON export and a Markdown folder into the same journal', async () => {
    const vault = copyOfTemplate('dayone')
    const dayOne = await mend(['import', '--vault', vault, '--from', 'dayone-json', file('Journal.json', DAY_ONE)])
    expect(dayOne.code).toBe(0)
    expect(lines(dayOne)).toContain('Imported 2 entries (0 already there).')

    const folder = join(temp.path, 'notes')
    mkdirSync(folder)
    writeFileSync(join(folder, 'first.md'), '---\ntitle: Garden\ndate: 2021-04-05\ntags: [spring]\n---\nTulips.\n')
    const markdown = await mend(['import', '--vault', vault, '--from', 'markdown', folder])
    expect(markdown.code).toBe(0)
    expect(lines(markdown)).toContain('Imported 1 entry (0 already there).')

    const entries = await listJson(vault)
    expect(entries.map((entry) => entry.entryDate.slice(0, 10))).toEqual(['2022-06-02', '2022-06-01', '2021-04-05'])
    expect(entries[1]).toMatchObject({ title: 'Beach day', tags: ['summer'], starred: true })
    expect(entries[2]).toMatchObject({ title: 'Garden', tags: ['spring'] })
  })

  it('a malformed file exits 4 with one sentence and nothing is imported', async () => {
    const vault = copyOfTemplate('malformed')
    expect((await mend(['import', '--vault', vault, '--from', 'jrnl', file('ok.txt', JRNL)])).code).toBe(0)
    const before = await listJson(vault)
    for (const [format, text] of [
      ['jrnl-json', '{"entries": [ {"title": "cut short'],
      ['dayone-json', '{"entries": [ {"uuid": '],
      ['dayone-json', '[1, 2, 3]'],
    ] as const) {
      const run = await mend(['import', '--vault', vault, '--from', format, file(`bad-${format}.json`, text)])
      expect(run.code, text).toBe(4)
      expect(run.stdout).toBe('')
      expect(run.stderr.trim().split('\n')).toHaveLength(1)
      expect(run.stderr).toMatch(/^mend: /)
    }
    expect(await listJson(vault)).toEqual(before)
  })

  it('draws progress on stderr only when stderr is a terminal', async () => {
    const source = file('progress.txt', JRNL)
    const runHere = async (vault: string, isTTY: boolean) => {
      const out = { stdout: '', stderr: '' }
      const stdin = new PassThrough()
      stdin.end()
      const code = await runCli(
        ['import', '--vault', vault, '--from', 'jrnl', source],
        {
          env: { MEND_PASSPHRASE: GOOD_PASSPHRASE },
          stdin,
          stdout: { write: (text: string) => (out.stdout += text) },
          stderr: { isTTY, write: (text: string) => (out.stderr += text) },
          cwd: temp.path,
          platform: process.platform,
          homedir: temp.path,
        },
        { scrypt: FAST_SCRYPT },
      )
      allStderr.push(out.stderr)
      return { code, ...out }
    }
    const onTerminal = await runHere(copyOfTemplate('progress-tty'), true)
    expect(onTerminal.code).toBe(0)
    expect(onTerminal.stderr).toContain('\rImporting... 0%')
    expect(onTerminal.stderr).toContain('\rImporting... 100%')
    expect(onTerminal.stderr.endsWith('\r\u001b[K')).toBe(true)
    expect(onTerminal.stdout).toContain('Imported 3 entries (0 already there).')
    const inPipe = await runHere(copyOfTemplate('progress-pipe'), false)
    expect(inPipe).toMatchObject({ code: 0, stderr: '', stdout: onTerminal.stdout })
  })
})
