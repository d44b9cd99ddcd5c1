import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { EntryTemplate } from '../../../../electron/contract'
import { AUTOSAVE_DELAY_MS, useEntryEditorStore } from '../../../../src/stores/entry-editor'
import { useVaultStore } from '../../../../src/stores/vault'
import { installFakeBridge } from '../fake-bridge'
import { entry, heldReplies, settle } from '../journal-fixtures'

beforeEach(() => {
  setActivePinia(createPinia())
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

/** Main as the editor sees it: creating gives id 7, updates echo back what was sent. */
function journalBridge(existing = entry({ id: 3, title: 'Old title', body: 'Old body' })) {
  return installFakeBridge({
    'journal.getEntry': (input) => ({ ok: true, value: { ...existing, id: (input as { id: number }).id } }),
    'journal.createEntry': (input) => ({ ok: true, value: entry({ id: 7, ...(input as object) }) }),
    'journal.updateEntry': (input) => ({ ok: true, value: entry(input as object) }),
    'vault.lock': { ok: true, value: { state: 'locked', retryAfterMs: 0 } },
  })
}

const saves = (fake: ReturnType<typeof installFakeBridge>) =>
  fake.calls.filter((call) => call.procedure === 'journal.createEntry' || call.procedure === 'journal.updateEntry')

const REPAIR_TEMPLATE: EntryTemplate = {
  id: 'builtin:repair',
  name: 'After a hard talk',
  description: 'What was said, what I heard.',
  kind: 'reflection',
  title: 'After the talk',
  body: '## What I heard\n\n',
  builtIn: true,
}

describe('autosave while typing', () => {
  it('saves once, AUTOSAVE_DELAY_MS after the last keystroke, creating the entry', async () => {
    const fake = journalBridge()
    const editor = useEntryEditorStore()
    await editor.startNew()

    editor.change({ title: 'M' })
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 100)
    editor.change({ title: 'Mo' })
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 100)
    editor.change({ body: 'It went better than I feared.' })
    expect(editor.state).toBe('pending')
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 1)
    expect(saves(fake)).toEqual([])

    await vi.advanceTimersByTimeAsync(1)
    expect(saves(fake)).toEqual([
      {
        procedure: 'journal.createEntry',
        input: { kind: 'journal', title: 'Mo', body: 'It went better than I feared.' },
      },
    ])
    expect(editor.state).toBe('saved')
    expect(editor.id).toBe(7)
    // The date main chose is shown from now on.
    expect(editor.draft.entryDate).toBe('2026-11-24T09:30')
  })

  it('later saves update the same entry and send only what changed', async () => {
    const fake = journalBridge()
    const editor = useEntryEditorStore()
    await editor.startNew()
    editor.change({ body: 'First words' })
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS)

    editor.change({ mood: 4 })
    editor.change({ tags: ['repair'] })
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS)

    expect(saves(fake).map((call) => call.procedure)).toEqual(['journal.createEntry', 'journal.updateEntry'])
    expect(saves(fake)[1]?.input).toEqual({ id: 7, mood: 4, tags: ['repair'] })
    expect(editor.state).toBe('saved')
  })

  it('an opened entry is updated by id, never created again', async () => {
    const fake = journalBridge()
    const editor = useEntryEditorStore()
    await editor.open(3)
    expect(editor.draft.title).toBe('Old title')
    editor.change({ body: 'Old body, and more' })
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS)
    expect(saves(fake)).toEqual([{ procedure: 'journal.updateEntry', input: { id: 3, body: 'Old body, and more' } }])
  })

  it('keeps words typed while a save is under way and saves them right after', async () => {
    const create = heldReplies()
    const update = heldReplies()
    const fake = installFakeBridge({ 'journal.createEntry': create.reply, 'journal.updateEntry': update.reply })
    const editor = useEntryEditorStore()
    await editor.startNew()

    editor.change({ title: 'Sunday', body: 'We talked' })
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS)
    expect(create.held).toHaveLength(1)
    expect(editor.state).toBe('saving')

    // Still typing while main creates the entry; the debounce fires again meanwhile.
    editor.change({ body: 'We talked for an hour' })
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS)
    expect(update.held).toHaveLength(0)

    create.held[0]!.answer({ ok: true, value: entry({ id: 7, title: 'Sunday', body: 'We talked' }) })
    await settle()
    // A second save for the new entry (by id), with the newer text only; no duplicate create.
    expect(saves(fake).map((call) => call.procedure)).toEqual(['journal.createEntry', 'journal.updateEntry'])
    expect(update.held.map((call) => call.input)).toEqual([{ id: 7, body: 'We talked for an hour' }])

    update.held[0]!.answer({ ok: true, value: entry({ id: 7, title: 'Sunday', body: 'We talked for an hour' }) })
    await settle()
    expect(editor.state).toBe('saved')
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 3)
    expect(saves(fake)).toHaveLength(2)
  })

  it('a failed save shows the error and the next attempt sends the same fields again', async () => {
    let diskFull = true
    const fake = installFakeBridge({
      'journal.getEntry': { ok: true, value: entry({ id: 3 }) },
      'journal.updateEntry': (input) =>
        diskFull
          ? { ok: false, error: { code: 'DISK_FULL', message: 'The disk is full.' } }
          : { ok: true, value: entry(input as object) },
    })
    const editor = useEntryEditorStore()
    await editor.open(3)
    editor.change({ title: 'Kept', body: 'Not lost' })
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS)

    expect(editor.state).toBe('error')
    expect(editor.error).toEqual({ code: 'DISK_FULL', message: 'The disk is full.' })
    // Failing does not retry in a loop on its own.
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 5)
    expect(saves(fake)).toHaveLength(1)

    diskFull = false
    await editor.flush()
    expect(saves(fake).map((call) => call.input)).toEqual([
      { id: 3, title: 'Kept', body: 'Not lost' },
      { id: 3, title: 'Kept', body: 'Not lost' },
    ])
    expect(editor.state).toBe('saved')
    expect(editor.error).toBeNull()
  })

  it('a new entry whose first save failed is created (not updated) on retry', async () => {
    let fail = true
    const fake = installFakeBridge({
      'journal.createEntry': (input) =>
        fail
          ? { ok: false, error: { code: 'IO', message: 'Could not write.' } }
          : { ok: true, value: entry({ id: 9, ...(input as object) }) },
    })
    const editor = useEntryEditorStore()
    await editor.startNew()
    editor.change({ body: 'Draft' })
    await editor.flush()
    expect(editor.state).toBe('error')
    fail = false
    await editor.flush()
    expect(saves(fake).map((call) => [call.procedure, call.input])).toEqual([
      ['journal.createEntry', { kind: 'journal', body: 'Draft' }],
      ['journal.createEntry', { kind: 'journal', body: 'Draft' }],
    ])
    expect(editor.id).toBe(9)
  })

  it('flush with nothing unsaved asks main for nothing', async () => {
    const fake = journalBridge()
    const editor = useEntryEditorStore()
    await editor.startNew()
    await editor.flush()
    await editor.open(3)
    await editor.flush()
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 2)
    expect(fake.calls.map((call) => call.procedure)).toEqual(['journal.getEntry'])

    editor.change({ starred: true })
    await editor.flush()
    await editor.flush()
    expect(saves(fake)).toHaveLength(1)
  })
})

describe('leaving the entry', () => {
  it('locking saves the pending text first, then locks, then empties the editor', async () => {
    const fake = journalBridge()
    const editor = useEntryEditorStore()
    const vault = useVaultStore()
    await editor.open(3)
    editor.change({ body: 'Words typed just before Ctrl+L' })

    await vault.lock()
    expect(fake.calls.map((call) => call.procedure)).toEqual(['journal.getEntry', 'journal.updateEntry', 'vault.lock'])
    expect(fake.calls[1]?.input).toEqual({ id: 3, body: 'Words typed just before Ctrl+L' })
    expect(editor.id).toBeNull()
    expect(editor.draft.body).toBe('')
    expect(editor.draft.title).toBe('')
    expect(editor.state).toBe('idle')
  })

  it('locking waits for a save already under way', async () => {
    const update = heldReplies()
    const fake = installFakeBridge({
      'journal.getEntry': { ok: true, value: entry({ id: 3 }) },
      'journal.updateEntry': update.reply,
      'vault.lock': { ok: true, value: { state: 'locked', retryAfterMs: 0 } },
    })
    const editor = useEntryEditorStore()
    const vault = useVaultStore()
    await editor.open(3)
    editor.change({ body: 'in flight' })
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS)
    const locking = vault.lock()
    await settle()
    expect(fake.calls.map((call) => call.procedure)).not.toContain('vault.lock')

    update.held[0]!.answer({ ok: true, value: entry({ id: 3, body: 'in flight' }) })
    await locking
    expect(fake.calls.map((call) => call.procedure)).toEqual(['journal.getEntry', 'journal.updateEntry', 'vault.lock'])
  })

  it('reset (main locked the vault) clears the draft and cancels the pending save', async () => {
    const fake = journalBridge()
    const editor = useEntryEditorStore()
    await editor.open(3)
    editor.change({ body: 'typed' })
    editor.reset()
    expect(editor.draft.body).toBe('')
    expect(editor.id).toBeNull()
    expect(editor.saved).toBeNull()
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 2)
    expect(saves(fake)).toEqual([])
  })

  it('opening another entry saves the previous one first', async () => {
    const fake = journalBridge()
    const editor = useEntryEditorStore()
    await editor.open(3)
    editor.change({ body: 'unsaved in entry 3' })
    await editor.open(4)

    expect(fake.calls.map((call) => [call.procedure, call.input])).toEqual([
      ['journal.getEntry', { id: 3 }],
      ['journal.updateEntry', { id: 3, body: 'unsaved in entry 3' }],
      ['journal.getEntry', { id: 4 }],
    ])
    expect(editor.id).toBe(4)
    expect(editor.draft.body).toBe('Old body')
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 2)
    expect(saves(fake)).toHaveLength(1)
  })

  it('shows the entry opened last even when an earlier one answers later', async () => {
    const get = heldReplies()
    installFakeBridge({ 'journal.getEntry': get.reply })
    const editor = useEntryEditorStore()
    const first = editor.open(3)
    await settle()
    const second = editor.open(4)
    await settle()
    expect(get.held).toHaveLength(2)
    get.held[1]!.answer({ ok: true, value: entry({ id: 4, title: 'Four' }) })
    get.held[0]!.answer({ ok: true, value: entry({ id: 3, title: 'Three' }) })
    await Promise.all([first, second])
    expect(editor.id).toBe(4)
    expect(editor.draft.title).toBe('Four')
  })
})

describe('new entries', () => {
  it('a blank new entry that was never typed in leaves nothing behind', async () => {
    const fake = journalBridge()
    const editor = useEntryEditorStore()
    await editor.startNew()
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 2)
    await editor.flush()
    expect(fake.calls).toEqual([])
    expect(editor.id).toBeNull()
  })

  it('a template prefills the editor and is saved with the first change', async () => {
    const fake = journalBridge()
    const editor = useEntryEditorStore()
    await editor.startNew(REPAIR_TEMPLATE)
    expect(editor.draft).toMatchObject({ kind: 'reflection', title: 'After the talk', body: '## What I heard\n\n' })
    expect(editor.state).toBe('idle')
    // Opening a template alone does not start a save.
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 2)
    expect(fake.calls).toEqual([])

    editor.change({ mood: 2 })
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS)
    expect(saves(fake)).toEqual([
      {
        procedure: 'journal.createEntry',
        input: { kind: 'reflection', title: 'After the talk', body: '## What I heard\n\n', mood: 2 },
      },
    ])
  })

  it('a template left untouched creates nothing when the person leaves or locks', async () => {
    const fake = journalBridge()
    const editor = useEntryEditorStore()
    await editor.startNew(REPAIR_TEMPLATE)
    await editor.flush()
    expect(saves(fake)).toEqual([])
    expect(editor.hasUnsavedChanges()).toBe(false)
  })

  it('a failed save is reported as unsaved until it goes through', async () => {
    const fake = journalBridge()
    const editor = useEntryEditorStore()
    await editor.open(3)
    const working = fake.replies['journal.updateEntry']!
    fake.replies['journal.updateEntry'] = { ok: false, error: { code: 'DISK_FULL', message: 'The disk is full.' } }
    editor.change({ title: 'Kept' })
    await editor.flush()
    expect(editor.hasUnsavedChanges()).toBe(true)
    fake.replies['journal.updateEntry'] = working
    await editor.flush()
    expect(editor.hasUnsavedChanges()).toBe(false)
    expect(saves(fake).map((call) => call.input)).toEqual([
      { id: 3, title: 'Kept' },
      { id: 3, title: 'Kept' },
    ])
  })

  it('starting a new entry saves the one being written first and starts empty', async () => {
    const fake = journalBridge()
    const editor = useEntryEditorStore()
    await editor.open(3)
    editor.change({ title: 'Retitled' })
    await editor.startNew()
    expect(saves(fake).map((call) => call.input)).toEqual([{ id: 3, title: 'Retitled' }])
    expect(editor.id).toBeNull()
    expect(editor.draft).toMatchObject({ title: '', body: '', kind: 'journal', tags: [] })
  })
})
