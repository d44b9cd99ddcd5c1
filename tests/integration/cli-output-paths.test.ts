import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../electron/cli/run'
import { FAST_SCRYPT, GOOD_PASSPHRASE, makeTempDir, makeVault } from '../helpers/temp-vault'

/**
 * Every command that writes a file the person names (export, export-pdf, backup) refuses a place
 * inside the journal's own folder, however the path reaches it: a link, "..", a folder that does
 * not exist yet. A key file clobbered anyway reads as damaged, never as "from a newer Mend".
 */
let temp: ReturnType<typeof makeTempDir>
let vault: string
let header: Buffer

async function mend(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
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
  return { code, ...out }
}

beforeAll(async () => {
  temp = makeTempDir('mend-cli-out-')
  vault = join(temp.path, 'journal')
  const created = makeVault(vault)
  await created.create(GOOD_PASSPHRASE)
  created.lockNow()
  header = readFileSync(join(vault, 'vault-header.json'))
  symlinkSync(vault, join(temp.path, 'innocent-looking'), 'dir')
  mkdirSync(join(temp.path, 'elsewhere'))
  symlinkSync(join(vault, 'vault-header.json'), join(temp.path, 'elsewhere', 'notes.json'))
})

afterAll(() => temp.remove())

describe('mend refuses to write into the journal folder', () => {
  it.each<[string, string[]]>([
    [
      'export through a link to the folder',
      ['export', '--format', 'json', '--out', 'innocent-looking/vault-header.json'],
    ],
    ['export over a link to the key file', ['export', '--format', 'json', '--out', 'elsewhere/notes.json']],
    [
      'a Markdown export into a new folder inside it',
      ['export', '--format', 'markdown', '--out', 'journal/backups/md'],
    ],
    ['a backup inside it', ['backup', '--out', 'innocent-looking/backups/extra.mendbackup']],
    ['a PDF over its database', ['export-pdf', '--sample', '--out', 'innocent-looking/mend.db']],
  ])('%s: exit 2, one sentence, the journal unchanged', async (_label, args) => {
    const run = await mend([...args, '--vault', vault])
    expect(run.code).toBe(2)
    expect(run.stderr.trim()).toMatch(/^mend: --out is inside the journal's own folder; choose a place outside it\.$/)
    expect(readFileSync(join(vault, 'vault-header.json')).equals(header)).toBe(true)
    expect((await mend(['verify', '--vault', vault])).code).toBe(0)
  })

  it('writes an export beside the journal folder (a name that only starts the same)', async () => {
    const run = await mend(['export', '--format', 'json', '--out', 'journal-export.json', '--vault', vault])
    expect(run.code).toBe(0)
  })
})

describe('a key file that is not a Mend key file', () => {
  it('reads as damaged (exit 4), not as written by a newer Mend, even with a higher version', async () => {
    const other = join(temp.path, 'clobbered')
    const created = makeVault(other)
    await created.create(GOOD_PASSPHRASE)
    created.lockNow()
    // What a JSON export written over the key file would look like: another format, version 2.
    writeFileSync(join(other, 'vault-header.json'), JSON.stringify({ format: 'mend-export', version: 2 }))
    const run = await mend(['verify', '--vault', other])
    expect(run.code).toBe(4)
    expect(run.stderr).toMatch(/damaged/)
    expect(run.stderr).not.toMatch(/newer version/)
  })
})
