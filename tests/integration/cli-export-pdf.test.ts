import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Result } from '../../electron/contract'
import { silentLogger } from '../../electron/core'
import { createAppApi } from '../../electron/ipc'
import { pdfInfo, pdfText, pdfTextRun } from '../helpers/pdf-tools'
import { runMend } from '../helpers/run-mend'
import { FAST_SCRYPT, GOOD_PASSPHRASE, makeTempDir } from '../helpers/temp-vault'

function value<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`)
  return result.value as T
}

describe('mend export-pdf', () => {
  let temp: ReturnType<typeof makeTempDir>
  let vault: string
  let planId: number
  const mend = (args: string[], options: { input?: string; env?: Record<string, string> } = {}) =>
    runMend(args, { home: temp.path, ...options })

  beforeAll(async () => {
    temp = makeTempDir('mend-cli-pdf-')
    vault = join(temp.path, 'vault')
    const api = createAppApi({ directory: vault, scrypt: FAST_SCRYPT, logger: silentLogger })
    const call = (procedure: string, input: unknown) => api.router.dispatch(procedure, input)
    await call('vault.create', { passphrase: GOOD_PASSPHRASE })
    const person = value<{ id: number }>(await call('people.create', { name: 'Dmitri Волков' }))
    planId = value<{ id: number }>(
      await call('plans.create', {
        personId: person.id,
        title: 'Making it right with Dmitri',
        breach: {
          whatHappened: 'I broke a promise.',
          occurredOn: '2026-06-01',
          severity: 2,
          kind: 'ability',
          involvedDeception: false,
        },
      }),
    ).id
    await call('plans.update', { id: planId, privateNotes: 'Only for me: call the counsellor.' })
    const entry = value<{ id: number }>(
      await call('journal.createEntry', { title: 'The night I told Dmitri', body: 'I said it all.' }),
    )
    await call('plans.linkEntry', { planId, entryId: entry.id })
    api.vault.lockNow()
  }, 60_000)
  afterAll(() => temp.remove())

  it('prints the built-in sample plan without any journal, and warns that it has no password', async () => {
    const out = join(temp.path, 'sample.pdf')
    const run = await mend(['export-pdf', '--sample', '--out', out])
    expect(run).toMatchObject({ code: 0 })
    expect(run.stdout).toMatch(/^Saved the sample plan to .*sample\.pdf \(\d+ pages\)\.\n$/)
    expect(run.stderr).toContain('has no password; anyone who has the file can read it')
    expect(pdfText(out)).toContain('Rebuilding trust with Eléna')
    expect(pdfInfo(out)).toMatchObject({ pages: Number(/\((\d+) pages\)/.exec(run.stdout)?.[1]) })
    expect(existsSync(join(temp.path, 'xdg'))).toBe(false)
  })

  it('protects the sample with a password from stdin, on Letter paper', async () => {
    const out = join(temp.path, 'sample-locked.pdf')
    const run = await mend(['export-pdf', '--sample', '--out', out, '--password-stdin', '--page-size', 'Letter'], {
      input: 'Ωmega garden lantern 3 orbit\n',
    })
    expect(run).toMatchObject({ code: 0, stderr: '' })
    expect(pdfTextRun(out).status).not.toBe(0)
    expect(pdfText(out, { password: 'Ωmega garden lantern 3 orbit' })).toContain('Rebuilding trust with Eléna')
    expect(pdfInfo(out, 'Ωmega garden lantern 3 orbit')).toMatchObject({ width: 612, height: 792 })
  })

  it('prints a plan from the journal: passphrase on the first stdin line, PDF password on the second', async () => {
    const out = join(temp.path, 'plan.pdf')
    const run = await mend(
      [
        'export-pdf',
        '--plan',
        String(planId),
        '--out',
        out,
        '--vault',
        vault,
        '--passphrase-stdin',
        '--password-stdin',
      ],
      { input: `${GOOD_PASSPHRASE}\nvelvet harbour 9 crane fossil\n` },
    )
    expect(run).toMatchObject({ code: 0, stderr: '' })
    const text = pdfText(out, { password: 'velvet harbour 9 crane fossil' })
    expect(text).toContain('Making it right with Dmitri')
    expect(text).toContain('With Dmitri Волков')
    expect(text).not.toContain('call the counsellor')
  })

  it('prints the linked journal entries only with --entries (a PDF may be handed to them)', async () => {
    const without = join(temp.path, 'plan-no-entries.pdf')
    const withEntries = join(temp.path, 'plan-entries.pdf')
    const env = { MEND_PASSPHRASE: GOOD_PASSPHRASE }
    expect(
      (await mend(['export-pdf', '--plan', String(planId), '--out', without, '--vault', vault], { env })).code,
    ).toBe(0)
    const asked = ['export-pdf', '--plan', String(planId), '--out', withEntries, '--vault', vault, '--entries']
    expect((await mend(asked, { env })).code).toBe(0)
    expect(pdfText(without)).not.toContain('The night I told Dmitri')
    expect(pdfText(withEntries)).toContain('The night I told Dmitri')
  })

  it('adds the private notes only with --private-notes', async () => {
    const out = join(temp.path, 'plan-notes.pdf')
    const run = await mend(
      ['export-pdf', '--plan', String(planId), '--out', out, '--vault', vault, '--private-notes'],
      {
        env: { MEND_PASSPHRASE: GOOD_PASSPHRASE },
      },
    )
    expect(run.code).toBe(0)
    expect(pdfText(out)).toContain('Only for me: call the counsellor.')
  })

  it.each<[string, string[], number, RegExp]>([
    ['neither --plan nor --sample', ['--out', 'x.pdf'], 2, /either --plan ID or --sample/],
    ['both --plan and --sample', ['--plan', '1', '--sample', '--out', 'x.pdf'], 2, /either --plan ID or --sample/],
    ['a plan that is not a number', ['--plan', 'abc', '--out', 'x.pdf'], 2, /--plan takes the number/],
    [
      'an unknown page size',
      ['--sample', '--page-size', 'A3', '--out', 'x.pdf'],
      2,
      /--page-size must be A4 or Letter/,
    ],
    ['no --out', ['--sample'], 2, /needs --out FILE/],
  ])('refuses %s with a usage error and writes nothing', async (_label, args, code, message) => {
    const run = await mend(['export-pdf', ...args])
    expect(run.code).toBe(code)
    expect(run.stderr).toMatch(message)
    expect(existsSync(join(temp.path, 'x.pdf'))).toBe(false)
  })

  it('says plainly when the plan does not exist, and writes nothing', async () => {
    const out = join(temp.path, 'missing.pdf')
    const run = await mend(['export-pdf', '--plan', '999', '--out', out, '--vault', vault], {
      env: { MEND_PASSPHRASE: GOOD_PASSPHRASE },
    })
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/^mend: .*plan/)
    expect(existsSync(out)).toBe(false)
  })
})
