import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../electron/cli/run'
import { journalOf } from '../../electron/core'
import { FAST_SCRYPT, GOOD_PASSPHRASE, makeTempDir, makeVault } from '../helpers/temp-vault'

/**
 * mend init and change-passphrase enforce the app's rule (core/passphrase): a passphrase must take
 * about 10^12 guesses for someone who knows the common passwords, names, dates and the person's
 * own words. Each refusal is one plain sentence of why, and nothing is created or changed.
 */
let temp: ReturnType<typeof makeTempDir>

async function mend(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = { stdout: '', stderr: '' }
  const stdin = new PassThrough()
  stdin.end()
  const code = await runCli(
    args,
    {
      env,
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

beforeAll(() => {
  temp = makeTempDir('mend-cli-rule-')
})
afterAll(() => temp.remove())

describe('mend init', () => {
  it.each<[string, string[], RegExp]>([
    ['P@ssw0rd123', [], /a password many people use\..* Swaps like @ for a/],
    ['Jessica1990', [], /a password many people use\. It holds a date or a year/],
    ['john smith 1980', [], /It holds a date or a year/],
    ['zephyrine okonkwo', ['--name', 'Zephyrine Okonkwo'], /your name, a name from your journal, or "Mend"/],
  ])('refuses %j with a plain reason, creating nothing', async (passphrase, extra, reason) => {
    const vault = join(temp.path, `refused-${passphrase.replace(/\W/g, '')}`)
    const run = await mend(['init', '--vault', vault, ...extra], { MEND_NEW_PASSPHRASE: passphrase })
    expect(run.code).toBe(1)
    const lines = run.stderr.trim().split('\n')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^mend: This passphrase is not strong enough\. /)
    expect(lines[0]).toMatch(reason)
    expect(lines[0]).toMatch(/A few unrelated words are strong and easy to remember\.$/)
    expect(run.stderr).not.toContain(passphrase)
    expect(existsSync(join(vault, 'vault-header.json'))).toBe(false)
  })

  it('accepts a strong one and prints the recovery key once', async () => {
    const vault = join(temp.path, 'accepted')
    const run = await mend(['init', '--vault', vault, '--name', 'Zephyrine Okonkwo'], {
      MEND_NEW_PASSPHRASE: 'copper kettle 91 meadow whisper',
    })
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^Recovery key: [A-Z2-7-]+$/m)
    expect(existsSync(join(vault, 'vault-header.json'))).toBe(true)
  })
})

describe('mend change-passphrase', () => {
  it('refuses the name of someone in the journal, and keeps the old passphrase', async () => {
    const directory = join(temp.path, 'with-people')
    const vault = makeVault(directory)
    await vault.create(GOOD_PASSPHRASE)
    journalOf(vault.database(), vault.clock).people.create({ name: 'Ksawery Wiśniewski' })
    vault.lockNow()
    const run = await mend(['change-passphrase', '--vault', directory], {
      MEND_PASSPHRASE: GOOD_PASSPHRASE,
      MEND_NEW_PASSPHRASE: 'ksawery wiśniewski 2026',
    })
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/a name from your journal/)
    const again = makeVault(directory)
    await again.unlock(GOOD_PASSPHRASE)
    again.lockNow()
  })
})
