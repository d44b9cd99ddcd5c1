import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import type { TimelineOutline } from '../../../../electron/contract'
import { TIMELINE_PAGE, useJournalStore } from '../../../../src/stores/journal'
import { installFakeBridge } from '../fake-bridge'
import { heldReplies, settle, summary } from '../journal-fixtures'

beforeEach(() => {
  setActivePinia(createPinia())
})

/** main's answer to listEntries: the rows at the offsets asked for. */
const page = (offset: number) => Array.from({ length: TIMELINE_PAGE }, (_, i) => summary(offset + i))
const pageReply = (input: unknown) => {
  const { offset } = input as { offset: number }
  return { ok: true as const, value: page(offset) }
}
const OUTLINE: TimelineOutline = {
  total: 1000,
  months: [
    { month: '2026-11', count: 400 },
    { month: '2026-10', count: 600 },
  ],
}

describe('journal timeline pages', () => {
  it('loads just the pages covering a range, each once', async () => {
    const list = heldReplies()
    const fake = installFakeBridge({ 'journal.listEntries': list.reply })
    const journal = useJournalStore()

    journal.ensureRange(0, 250)
    // Scrolling on before the answers arrive asks for nothing again.
    journal.ensureRange(50, 150)
    journal.ensureRange(0, 250)
    expect(fake.calls.map((call) => call.input)).toEqual([
      { offset: 0, limit: TIMELINE_PAGE },
      { offset: 100, limit: TIMELINE_PAGE },
      { offset: 200, limit: TIMELINE_PAGE },
    ])
    expect(journal.entryAt(0)).toBeUndefined()

    // Answers in any order land on their own page.
    for (const call of [...list.held].reverse()) call.answer(pageReply(call.input))
    await settle()
    expect(journal.entryAt(0)?.title).toBe('Entry 0')
    expect(journal.entryAt(99)?.title).toBe('Entry 99')
    expect(journal.entryAt(150)?.title).toBe('Entry 150')
    expect(journal.entryAt(299)?.title).toBe('Entry 299')
    expect(journal.entryAt(300)).toBeUndefined()

    // Already loaded: nothing asked again; the next page only when scrolled to.
    journal.ensureRange(120, 280)
    expect(fake.calls).toHaveLength(3)
    journal.ensureRange(280, 320)
    expect(fake.calls.map((call) => call.input)).toEqual([
      { offset: 0, limit: TIMELINE_PAGE },
      { offset: 100, limit: TIMELINE_PAGE },
      { offset: 200, limit: TIMELINE_PAGE },
      { offset: 300, limit: TIMELINE_PAGE },
    ])
  })

  it('a page deep in a long journal costs one request', async () => {
    const fake = installFakeBridge({ 'journal.listEntries': pageReply })
    const journal = useJournalStore()
    journal.ensureRange(99_950, 99_960)
    await settle()
    expect(fake.calls.map((call) => call.input)).toEqual([{ offset: 99_900, limit: TIMELINE_PAGE }])
    expect(journal.entryAt(99_955)?.title).toBe('Entry 99955')
  })

  it('a failed page shows the error and is asked for again later', async () => {
    let fail = true
    const fake = installFakeBridge({
      'journal.listEntries': (input) =>
        fail ? { ok: false, error: { code: 'IO', message: 'Could not read.' } } : pageReply(input),
    })
    const journal = useJournalStore()
    journal.ensureRange(0, 10)
    await settle()
    expect(journal.error?.code).toBe('IO')
    expect(journal.entryAt(0)).toBeUndefined()
    fail = false
    journal.ensureRange(0, 10)
    await settle()
    expect(fake.calls).toHaveLength(2)
    expect(journal.entryAt(0)?.title).toBe('Entry 0')
  })

  it('ignores a page that arrives after the vault locked (reset)', async () => {
    const list = heldReplies()
    const fake = installFakeBridge({ 'journal.listEntries': list.reply })
    const journal = useJournalStore()
    journal.ensureRange(0, 10)
    journal.reset()
    // After unlocking again the same page is asked for anew.
    journal.ensureRange(0, 10)
    expect(fake.calls).toHaveLength(2)

    list.held[0]!.answer(pageReply({ offset: 0 }))
    await settle()
    expect(journal.entryAt(0)).toBeUndefined()
    // The late answer did not cancel the new request: nothing is asked a third time.
    journal.ensureRange(0, 10)
    expect(fake.calls).toHaveLength(2)

    list.held[1]!.answer({ ok: true, value: [{ ...summary(0), title: 'Fresh' }] })
    await settle()
    expect(journal.entryAt(0)?.title).toBe('Fresh')
  })

  it('ignores a page asked for before the outline was reloaded', async () => {
    const list = heldReplies()
    installFakeBridge({
      'journal.listEntries': list.reply,
      'journal.getTimelineOutline': { ok: true, value: OUTLINE },
    })
    const journal = useJournalStore()
    journal.ensureRange(0, 10)
    await journal.loadOutline()
    list.held[0]!.answer(pageReply({ offset: 0 }))
    await settle()
    expect(journal.outline).toEqual(OUTLINE)
    expect(journal.entryAt(0)).toBeUndefined()
  })
})

describe('journal outline', () => {
  it('an outline that arrives after the vault locked is dropped', async () => {
    const outline = heldReplies()
    installFakeBridge({ 'journal.getTimelineOutline': outline.reply })
    const journal = useJournalStore()
    const loading = journal.loadOutline()
    await settle()
    journal.reset()
    outline.held[0]!.answer({ ok: true, value: OUTLINE })
    await loading
    expect(journal.outline).toBeNull()
  })

  it('a slower answer to an earlier request never replaces the newer outline', async () => {
    const outline = heldReplies()
    installFakeBridge({ 'journal.getTimelineOutline': outline.reply })
    const journal = useJournalStore()
    const older = journal.loadOutline()
    const newer = journal.loadOutline()
    await settle()
    const fresh: TimelineOutline = { total: 1001, months: [{ month: '2026-12', count: 1 }, ...OUTLINE.months] }
    outline.held[1]!.answer({ ok: true, value: fresh })
    await newer
    outline.held[0]!.answer({ ok: true, value: OUTLINE })
    await older
    expect(journal.outline).toEqual(fresh)
  })
})
