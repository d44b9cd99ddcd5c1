import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import type { ImportPreview } from '../../../../electron/contract'
import { createAppRouter } from '../../../../src/router'
import { installEventHandling } from '../../../../src/session'
import { useImportsStore } from '../../../../src/stores/imports'
import { installFakeBridge } from '../fake-bridge'
import { heldReplies, settle } from '../journal-fixtures'

let pinia: Pinia
beforeEach(() => {
  pinia = createPinia()
  setActivePinia(pinia)
})

const PREVIEW: ImportPreview = {
  token: 'tok-1',
  format: 'jrnl',
  sourceName: 'journal.txt',
  entries: 240,
  alreadyImported: 0,
  tags: 12,
  firstDate: '2019-01-02',
  lastDate: '2026-11-01',
  skipped: [],
  notes: [],
  photos: 0,
  dateFormat: null,
}
const RESULT = { added: 240, alreadyImported: 0, skipped: [], notes: [], photos: 0 }

describe('importing a journal', () => {
  it('previews, then imports with progress from main events, then shows the result', async () => {
    const run = heldReplies()
    const fake = installFakeBridge({ 'import.chooseSource': { ok: true, value: PREVIEW }, 'import.run': run.reply })
    const stop = installEventHandling(fake.client, pinia, createAppRouter())
    const imports = useImportsStore()

    await imports.choose('jrnl')
    expect(imports.preview).toEqual(PREVIEW)
    expect(fake.calls[0]?.input).toEqual({ format: 'jrnl' })

    const running = imports.run()
    expect(imports.busy).toBe(true)
    // Each entry is stored, then indexed: twice as many steps as entries.
    expect(imports.progress).toEqual({ done: 0, total: 480 })
    expect(run.held.map((call) => call.input)).toEqual([{ token: 'tok-1' }])

    fake.emit({ type: 'import.progress', done: 100, total: 480 })
    expect(imports.progress).toEqual({ done: 100, total: 480 })
    fake.emit({ type: 'import.progress', done: 480, total: 480 })
    expect(imports.progress).toEqual({ done: 480, total: 480 })

    run.held[0]!.answer({ ok: true, value: RESULT })
    expect(await running).toBe(true)
    expect(imports.result).toEqual(RESULT)
    expect(imports.preview).toBeNull()
    expect(imports.progress).toBeNull()
    expect(imports.busy).toBe(false)

    // A stray progress event after the import does not bring the bar back.
    fake.emit({ type: 'import.progress', done: 1, total: 2 })
    expect(imports.progress).toBeNull()
    stop()
  })

  it('cancelling the file dialog keeps what was shown', async () => {
    let answer: ImportPreview | null = PREVIEW
    installFakeBridge({ 'import.chooseSource': () => ({ ok: true, value: answer }) })
    const imports = useImportsStore()
    await imports.choose('jrnl')
    answer = null
    await imports.choose('markdown')
    expect(imports.preview).toEqual(PREVIEW)
    expect(imports.busy).toBe(false)
  })

  it('an unreadable file shows the error and no preview', async () => {
    installFakeBridge({
      'import.chooseSource': { ok: false, error: { code: 'UNREADABLE_FILE', message: 'That is not a jrnl file.' } },
    })
    const imports = useImportsStore()
    await imports.choose('jrnl')
    expect(imports.error?.message).toBe('That is not a jrnl file.')
    expect(imports.preview).toBeNull()
    expect(await imports.run()).toBe(false)
  })

  it('a failed import keeps the preview to try again', async () => {
    installFakeBridge({
      'import.chooseSource': { ok: true, value: PREVIEW },
      'import.run': { ok: false, error: { code: 'DISK_FULL', message: 'The disk is full.' } },
    })
    const imports = useImportsStore()
    await imports.choose('jrnl')
    expect(await imports.run()).toBe(false)
    await settle()
    expect(imports.error?.code).toBe('DISK_FULL')
    expect(imports.preview).toEqual(PREVIEW)
    expect(imports.progress).toBeNull()
    expect(imports.busy).toBe(false)
  })

  it('stopping a running import asks main to cancel it, and says plainly that nothing was added', async () => {
    const run = heldReplies()
    const fake = installFakeBridge({
      'import.chooseSource': { ok: true, value: PREVIEW },
      'import.run': run.reply,
      'session.cancelWork': { ok: true, value: {} },
    })
    const imports = useImportsStore()
    await imports.choose('jrnl')
    const running = imports.run()
    // Before the core has begun, a stop could be cleared by the import's start: not sent yet.
    await imports.stop()
    expect(imports.stopping).toBe(false)
    expect(fake.calls.map((call) => call.procedure)).not.toContain('session.cancelWork')
    imports.reportProgress(0, PREVIEW.entries * 2)
    await imports.stop()
    expect(imports.stopping).toBe(true)
    expect(fake.calls.map((call) => call.procedure)).toContain('session.cancelWork')
    run.held[0]!.answer({ ok: false, error: { code: 'CANCELLED', message: 'Cancelled. Nothing was changed.' } })
    expect(await running).toBe(false)
    expect(imports.stopped).toBe(true)
    expect(imports.error).toBeNull()
    expect(imports.preview).toEqual(PREVIEW)
    expect(imports.busy).toBe(false)
    expect(imports.stopping).toBe(false)
  })
})
