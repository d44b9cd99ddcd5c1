import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { installFlushOnExit } from '../../../src/session'
import { AUTOSAVE_DELAY_MS, useEntryEditorStore } from '../../../src/stores/entry-editor'
import { installFakeBridge } from './fake-bridge'
import { entry, settle } from './journal-fixtures'

let pinia: Pinia
let uninstall: (() => void) | undefined
beforeEach(() => {
  pinia = createPinia()
  setActivePinia(pinia)
  vi.useFakeTimers()
})
afterEach(() => {
  uninstall?.()
  uninstall = undefined
  vi.useRealTimers()
})

function editorBridge() {
  return installFakeBridge({
    'journal.getEntry': { ok: true, value: entry({ id: 3, body: 'Before' }) },
    'journal.updateEntry': (input) => ({ ok: true, value: entry(input as object) }),
  })
}

describe('closing or reloading the window', () => {
  it('pagehide sends the unsaved text at once, without waiting for the autosave delay', async () => {
    const fake = editorBridge()
    const editor = useEntryEditorStore()
    await editor.open(3)
    uninstall = installFlushOnExit(window, pinia)
    editor.change({ body: 'Before, and the last sentence' })

    window.dispatchEvent(new Event('pagehide'))
    // Synchronously: the window may be gone a moment later.
    expect(fake.calls.at(-1)).toEqual({
      procedure: 'journal.updateEntry',
      input: { id: 3, body: 'Before, and the last sentence' },
    })
    await settle()
    expect(editor.state).toBe('saved')
    // The debounced save was replaced, not repeated.
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 2)
    expect(fake.calls.filter((call) => call.procedure === 'journal.updateEntry')).toHaveLength(1)
  })

  it('beforeunload saves too', async () => {
    const fake = editorBridge()
    const editor = useEntryEditorStore()
    await editor.open(3)
    uninstall = installFlushOnExit(window, pinia)
    editor.change({ title: 'Closing' })
    window.dispatchEvent(new Event('beforeunload'))
    expect(fake.calls.at(-1)).toEqual({ procedure: 'journal.updateEntry', input: { id: 3, title: 'Closing' } })
  })

  it('sends nothing when everything is saved, or once uninstalled', async () => {
    const fake = editorBridge()
    const editor = useEntryEditorStore()
    await editor.open(3)
    uninstall = installFlushOnExit(window, pinia)
    window.dispatchEvent(new Event('pagehide'))
    await settle()
    expect(fake.calls.map((call) => call.procedure)).toEqual(['journal.getEntry'])

    uninstall()
    uninstall = undefined
    editor.change({ body: 'later' })
    window.dispatchEvent(new Event('pagehide'))
    expect(fake.calls.map((call) => call.procedure)).toEqual(['journal.getEntry'])
  })
})
