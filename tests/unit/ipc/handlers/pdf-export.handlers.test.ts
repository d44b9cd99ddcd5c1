import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DEFAULT_PLAN_PDF_SECTIONS, type MendEvent, type Result } from '../../../../electron/contract'
import { silentLogger } from '../../../../electron/core'
import { createAppApi, type AppApi } from '../../../../electron/ipc'
import { fakeTimers } from '../../../helpers/fake-timers'
import { pdfInfo, pdfMetadata, pdfText } from '../../../helpers/pdf-tools'
import { FAST_SCRYPT, GOOD_PASSPHRASE, makeTempDir, manualClock } from '../../../helpers/temp-vault'

/** Every section but the private notes: the linked entries are asked for (they are off by default). */
const OPTIONS = {
  pageSize: 'A4',
  fontSize: 'normal',
  sections: { ...DEFAULT_PLAN_PDF_SECTIONS, entries: true },
} as const

function value<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`)
  return result.value as T
}

describe('export.planPdf and export.journalPdf, with a fake save dialog', () => {
  let temp: ReturnType<typeof makeTempDir>
  let api: AppApi
  let target: string | null
  let choosePdfTarget: ReturnType<typeof vi.fn<(name: string) => Promise<string | null>>>
  let clock: ReturnType<typeof manualClock>
  const events: MendEvent[] = []

  beforeEach(async () => {
    temp = makeTempDir()
    target = null
    events.length = 0
    choosePdfTarget = vi.fn(async () => target)
    clock = manualClock()
    api = createAppApi({
      directory: join(temp.path, 'vault'),
      scrypt: FAST_SCRYPT,
      logger: silentLogger,
      clock,
      timeZone: 'Europe/Berlin',
      timers: fakeTimers(),
      dialogs: {
        chooseBackupFile: async () => null,
        chooseExportTarget: async () => null,
        chooseImportSource: async () => null,
        choosePdfTarget,
      },
    })
    api.events.subscribe((event) => events.push(event))
    await api.router.dispatch('vault.create', { passphrase: GOOD_PASSPHRASE })
  })
  afterEach(() => {
    api.vault.lockNow()
    temp.remove()
  })

  const call = (procedure: string, input: unknown) => api.router.dispatch(procedure, input)
  const everything = () => readdirSync(temp.path, { recursive: true }).map(String).sort()

  async function makePlan(): Promise<number> {
    const person = value<{ id: number }>(await call('people.create', { name: 'Zoë Ωmega' }))
    const plan = value<{ id: number }>(
      await call('plans.create', {
        personId: person.id,
        title: 'Repairing things with Zoë',
        breach: {
          whatHappened: 'I missed her recital.',
          occurredOn: '2026-10-01',
          severity: 3,
          kind: 'care',
          involvedDeception: false,
        },
      }),
    )
    await call('plans.update', { id: plan.id, ownership: 'I chose **work** over her recital. Это была моя ошибка.' })
    await call('plans.addAmend', { planId: plan.id, description: 'Take her to the next concert', horizon: 'now' })
    const entry = value<{ id: number }>(
      await call('journal.createEntry', {
        title: 'After the recital',
        body: 'She cried in the car.',
        personIds: [person.id],
      }),
    )
    await call('plans.linkEntry', { planId: plan.id, entryId: entry.id })
    return plan.id
  }

  it.each<[string, unknown, string]>([
    ['without a password and without confirmUnprotected', { planId: 1, options: OPTIONS }, 'confirmUnprotected'],
    ['with confirmUnprotected false', { planId: 1, options: OPTIONS, confirmUnprotected: false }, 'confirmUnprotected'],
    [
      'with a page size it does not know',
      { planId: 1, options: { ...OPTIONS, pageSize: 'A3' }, confirmUnprotected: true },
      'options.pageSize',
    ],
    ['with a too short password', { planId: 1, options: { ...OPTIONS, password: 'abc' } }, 'options.password'],
    [
      'with a path from the renderer',
      { planId: 1, options: OPTIONS, confirmUnprotected: true, path: join('elsewhere', 'chosen-by-the-page.pdf') },
      'path',
    ],
    [
      'with a section it does not know',
      { planId: 1, options: { ...OPTIONS, sections: { ...OPTIONS.sections, extra: true } }, confirmUnprotected: true },
      'options.sections.extra',
    ],
  ])('refuses a plan PDF %s with INVALID_INPUT, before any dialog', async (_label, input, field) => {
    expect(await call('export.planPdf', input)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field } })
    expect(choosePdfTarget).not.toHaveBeenCalled()
  })

  it('answers LOCKED while locked and NOT_FOUND for an unknown plan, without a dialog', async () => {
    expect(await call('export.planPdf', { planId: 99, options: OPTIONS, confirmUnprotected: true })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
    await call('vault.lock', {})
    expect(await call('export.planPdf', { planId: 1, options: OPTIONS, confirmUnprotected: true })).toMatchObject({
      ok: false,
      error: { code: 'LOCKED' },
    })
    expect(choosePdfTarget).not.toHaveBeenCalled()
  })

  it('writes nothing when the person cancels the save dialog', async () => {
    const planId = await makePlan()
    const before = everything()
    expect(await call('export.planPdf', { planId, options: OPTIONS, confirmUnprotected: true })).toEqual({
      ok: true,
      value: null,
    })
    expect(choosePdfTarget).toHaveBeenCalledWith('Mend plan 2026-11-24.pdf')
    expect(everything()).toEqual(before)
  })

  it('names and describes an unprotected plan PDF neutrally: no title, no name, the local date', async () => {
    const planId = await makePlan()
    // 23:30 UTC is already the next day in Berlin, the writer's zone.
    clock.advance(11.5 * 60 * 60 * 1000)
    target = join(temp.path, 'chosen.pdf')
    value(await call('export.planPdf', { planId, options: OPTIONS, confirmUnprotected: true }))
    expect(choosePdfTarget).toHaveBeenCalledWith('Mend plan 2026-11-25.pdf')
    const { info, xmp } = pdfMetadata(target)
    expect(info).toMatch(/^Title:\s+Mend plan$/m)
    expect(xmp).toContain('Mend plan')
    const bytes = readFileSync(target)
    for (const secret of ['Zoë', 'Zo', 'Repairing', 'Ωmega', 'recital']) {
      expect(`${info}${xmp}`, secret).not.toContain(secret)
      for (const encoding of ['utf8', 'utf16le', 'latin1'] as const) {
        expect(bytes.includes(Buffer.from(secret, encoding)), `${secret} as ${encoding}`).toBe(false)
      }
      // PDF text strings outside Latin-1 are UTF-16 big-endian.
      expect(bytes.includes(Buffer.from(secret, 'utf16le').swap16()), `${secret} as UTF-16BE`).toBe(false)
    }
    // What the reader sees on the page is unchanged.
    expect(pdfText(target)).toContain('Repairing things with Zoë')
  })

  it('writes the PDF only to the chosen path, reports progress, and returns the page count', async () => {
    const planId = await makePlan()
    target = join(temp.path, 'chosen.pdf')
    const before = everything()
    const result = value<{ path: string; pages: number }>(
      await call('export.planPdf', { planId, options: OPTIONS, confirmUnprotected: true }),
    )
    expect(result).toEqual({ path: target, pages: pdfInfo(target).pages })
    expect(everything()).toEqual([...before, 'chosen.pdf'].sort())
    const text = pdfText(target)
    expect(text).toContain('Repairing things with Zoë')
    expect(text).toContain('With Zoë Ωmega')
    expect(text).toContain('Это была моя ошибка.')
    expect(text).toContain('Take her to the next concert')
    expect(text).toContain('After the recital')
    const progress = events.filter((event) => event.type === 'export.progress')
    expect(progress.length).toBeGreaterThan(2)
    expect(progress.at(-1)).toMatchObject({ done: progress.at(-1)?.total })
  })

  it('encrypts with the password, and then needs no confirmation', async () => {
    const planId = await makePlan()
    target = join(temp.path, 'locked.pdf')
    value(await call('export.planPdf', { planId, options: { ...OPTIONS, password: 'ορθογώνιο κήπος 9' } }))
    expect(() => pdfText(target!)).toThrow()
    expect(pdfText(target, { password: 'ορθογώνιο κήπος 9' })).toContain('Repairing things with Zoë')
    expect(readFileSync(target).includes(Buffer.from('Zoë'))).toBe(false)
  })

  it("refuses to save over the journal's own files", async () => {
    const planId = await makePlan()
    target = join(temp.path, 'vault', 'mend.db')
    const before = readFileSync(target)
    expect(await call('export.planPdf', { planId, options: OPTIONS, confirmUnprotected: true })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'path' },
    })
    expect(readFileSync(target).equals(before)).toBe(true)
  })

  it('prints journal entries picked by dates, tag and person, oldest first', async () => {
    const person = value<{ id: number }>(await call('people.create', { name: 'Ксения' }))
    const write = (title: string, entryDate: string, extra: object = {}) =>
      call('journal.createEntry', { title, body: `About ${title}.`, entryDate, ...extra })
    await write('Too early', '2026-01-10T09:00', { tags: ['walks'], personIds: [person.id] })
    await write('Walk in March', '2026-03-05T09:00', { tags: ['walks'], personIds: [person.id] })
    await write('Walk in April', '2026-04-02T18:30', { tags: ['walks'], personIds: [person.id], mood: 4 })
    await write('No tag', '2026-03-06T09:00', { personIds: [person.id] })
    target = join(temp.path, 'journal.pdf')
    const filter = { from: '2026-03-01', to: '2026-04-30', tags: ['walks'], personIds: [person.id] }
    const result = value<{ pages: number }>(
      await call('export.journalPdf', {
        filter,
        options: { pageSize: 'Letter', fontSize: 'large' },
        confirmUnprotected: true,
      }),
    )
    expect(choosePdfTarget).toHaveBeenCalledWith('Mend journal 2026-03-01 to 2026-04-30.pdf')
    const text = pdfText(target)
    expect(text.indexOf('Walk in March')).toBeLessThan(text.lastIndexOf('Walk in April'))
    expect(text).not.toContain('Too early')
    expect(text).not.toContain('No tag')
    for (const word of ['March 2026', 'April 2026', 'Contents', 'Ксения', '#walks', 'Mood: Good (4 of 5)']) {
      expect(text, word).toContain(word)
    }
    expect(pdfInfo(target)).toMatchObject({ pages: result.pages, width: 612, height: 792 })
  })

  it('says NOT_FOUND before any dialog when no entry matches', async () => {
    const result = await call('export.journalPdf', {
      filter: { tags: ['nothing-here'] },
      options: { pageSize: 'A4', fontSize: 'normal' },
      confirmUnprotected: true,
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(choosePdfTarget).not.toHaveBeenCalled()
  })

  it('refuses a date range that ends before it starts', async () => {
    const result = await call('export.journalPdf', {
      filter: { from: '2026-05-01', to: '2026-04-01' },
      options: { pageSize: 'A4', fontSize: 'normal' },
      confirmUnprotected: true,
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'filter.to' } })
  })
})
