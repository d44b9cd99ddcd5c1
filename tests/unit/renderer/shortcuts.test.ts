import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Router } from 'vue-router'
import { SHOW_SHORTCUTS_EVENT, shortcutsHelpOpen } from '../../../src/app-actions'
import { keyPresses } from '../../../src/components/shortcut-keys'
import ShortcutsOverlay from '../../../src/components/ShortcutsOverlay.vue'
import { createAppRouter } from '../../../src/router'
import { SEQUENCE_TIMEOUT_MS, SHORTCUTS, installShortcuts } from '../../../src/shortcuts'
import { useVaultStore } from '../../../src/stores/vault'
import { CREATED, INFO, installFakeBridge } from './fake-bridge'

let pinia: Pinia
let router: Router
let uninstall: (() => void) | undefined
let clock = 0

beforeEach(() => {
  pinia = createPinia()
  setActivePinia(pinia)
  window.location.hash = ''
  document.body.innerHTML = ''
  shortcutsHelpOpen.value = false
  clock = 1_000_000
})
afterEach(() => uninstall?.())

function vaultBridge(state: 'locked' | 'unlocked' = 'unlocked') {
  let current = state
  return installFakeBridge({
    'vault.getStatus': () => ({ ok: true, value: { state: current, retryAfterMs: 0 } }),
    'vault.getInfo': { ok: true, value: INFO },
    'vault.create': { ok: true, value: CREATED },
    'vault.lock': () => {
      current = 'locked'
      return { ok: true, value: {} }
    },
  })
}

async function start(at: string, state: 'locked' | 'unlocked' = 'unlocked') {
  const fake = vaultBridge(state)
  router = createAppRouter()
  uninstall = installShortcuts(window, { pinia, router, document }, SHORTCUTS, () => clock)
  await router.push(at)
  return fake
}

/** Presses a key on `target` (the page by default), as the browser would send it. */
function press(key: string, init: KeyboardEventInit = {}, target: EventTarget = document.body): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init })
  target.dispatchEvent(event)
  return event
}

function field(html: string): HTMLElement {
  document.body.innerHTML = html
  return document.body.firstElementChild as HTMLElement
}

const route = () => router.currentRoute.value.name

describe('the shortcuts', () => {
  it('Ctrl+L locks an open vault and shows the unlock screen, even from inside a field', async () => {
    const fake = await start('/home')
    const event = press('l', { ctrlKey: true }, field('<input type="text">'))
    expect(event.defaultPrevented).toBe(true)
    await vi.waitFor(() => expect(route()).toBe('unlock'))
    expect(fake.calls.filter((call) => call.procedure === 'vault.lock')).toHaveLength(1)
  })

  it('Ctrl+L with Shift, and Ctrl+L while locked, do nothing', async () => {
    const fake = await start('/unlock', 'locked')
    expect(press('l', { ctrlKey: true }).defaultPrevented).toBe(false)
    press('l', { ctrlKey: true, shiftKey: true })
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(fake.calls.filter((call) => call.procedure === 'vault.lock')).toEqual([])
  })

  it('Ctrl+N (or ⌘N) opens a new entry, but not while a new recovery key waits to be stored', async () => {
    await start('/journal')
    press('n', { metaKey: true })
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/journal/new'))

    await useVaultStore(pinia).create('orchard lantern quietly', '')
    await router.push('/recovery-key')
    press('n', { ctrlKey: true })
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(route()).toBe('recovery-key')
  })

  it('g then j goes to the journal; g then p, t, s to plans, trust, settings', async () => {
    await start('/home')
    for (const [key, name] of [
      ['j', 'journal'],
      ['p', 'plans'],
      ['t', 'assessments'],
      ['s', 'settings'],
      ['h', 'home'],
    ] as const) {
      press('g')
      press(key)
      await vi.waitFor(() => expect(route()).toBe(name))
    }
  })

  it('Ctrl+1, 2 and 3 go to the journal, plans and trust, also from inside a field', async () => {
    await start('/home')
    press('1', { ctrlKey: true }, field('<input type="text" aria-label="Tags">'))
    await vi.waitFor(() => expect(route()).toBe('journal'))
    press('2', { ctrlKey: true })
    await vi.waitFor(() => expect(route()).toBe('plans'))
    press('3', { ctrlKey: true })
    await vi.waitFor(() => expect(route()).toBe('assessments'))
  })

  it('a sequence waits only so long for its second key', async () => {
    await start('/home')
    press('g')
    clock += SEQUENCE_TIMEOUT_MS + 1
    press('j')
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(route()).toBe('home')
  })

  it('/ and Ctrl+K go to search; in a field only Ctrl+K does, and / stays a typed character', async () => {
    await start('/home')
    press('/')
    await vi.waitFor(() => expect(route()).toBe('search'))

    await router.push('/journal')
    const title = field('<input type="text" aria-label="Title">')
    expect(press('/', {}, title).defaultPrevented).toBe(false)
    expect(press('g', {}, title).defaultPrevented).toBe(false)
    press('j', {}, title)
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(route()).toBe('journal')

    expect(press('k', { ctrlKey: true }, title).defaultPrevented).toBe(true)
    await vi.waitFor(() => expect(route()).toBe('search'))
  })

  it('plain keys never fire while typing in a text area or an editor (contenteditable)', async () => {
    await start('/home')
    for (const target of [field('<textarea></textarea>'), field('<div contenteditable="true"><p>x</p></div>')]) {
      const inner = target.querySelector('p') ?? target
      expect(press('?', {}, inner).defaultPrevented).toBe(false)
      press('g', {}, inner)
      press('j', {}, inner)
    }
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(shortcutsHelpOpen.value).toBe(false)
    expect(route()).toBe('home')
  })

  it('leaves alone a key a component already handled (a menu’s own keys)', async () => {
    await start('/journal')
    const editor = field('<div contenteditable="true"></div>')
    editor.addEventListener('keydown', (event) => event.preventDefault())
    press('k', { ctrlKey: true }, editor)
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(route()).toBe('journal')
  })

  it('? opens the list of shortcuts, on the locked screens too, and so does the Help menu’s event', async () => {
    await start('/unlock', 'locked')
    expect(press('?', { shiftKey: true }).defaultPrevented).toBe(true)
    expect(shortcutsHelpOpen.value).toBe(true)

    shortcutsHelpOpen.value = false
    window.dispatchEvent(new Event(SHOW_SHORTCUTS_EVENT))
    expect(shortcutsHelpOpen.value).toBe(true)
  })

  it('while a modal dialog is open, only Escape acts, and it closes the dialog', async () => {
    await start('/home')
    const dialog = field('<dialog><button>Keep it</button></dialog>') as HTMLDialogElement
    dialog.showModal()
    const button = dialog.querySelector('button')!
    press('g', {}, button)
    press('j', {}, button)
    expect(press('n', { ctrlKey: true }, button).defaultPrevented).toBe(false)
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(route()).toBe('home')

    expect(press('Escape', {}, button).defaultPrevented).toBe(true)
    expect(dialog.open).toBe(false)
  })

  it('a dialog that refuses to be cancelled (busy) stays open on Escape', async () => {
    await start('/home')
    const dialog = field('<dialog><p>Deleting…</p></dialog>') as HTMLDialogElement
    dialog.showModal()
    dialog.addEventListener('cancel', (event) => event.preventDefault())
    press('Escape', {}, dialog)
    expect(dialog.open).toBe(true)
  })
})

describe('the shortcuts overlay', () => {
  it('lists every shortcut of the registry, grouped, with the keys that the handler listens for', () => {
    const wrapper = mount(ShortcutsOverlay, { attachTo: document.body })
    const rows = wrapper.findAll('dt').map((dt) => dt.text())
    expect(rows).toEqual(
      ['anywhere', 'goTo', 'dialogs'].flatMap((group) =>
        SHORTCUTS.filter((shortcut) => shortcut.group === group).map((shortcut) => shortcut.description),
      ),
    )
    expect(wrapper.findAll('h3').map((h3) => h3.text())).toEqual(['Anywhere', 'Go to', 'Dialogs'])
    const journalRow = wrapper.findAll('.row').find((row) => row.find('dt').text() === 'Journal')!
    expect(journalRow.find('dd').text().replace(/\s+/g, ' ').trim()).toBe('g then j or Ctrl+1')
    wrapper.unmount()
  })

  it('writes chords with the platform’s modifier and sequences as separate presses', () => {
    expect(keyPresses('Mod+N', 'Ctrl')).toEqual([['Ctrl', 'N']])
    expect(keyPresses('Mod+K', '⌘')).toEqual([['⌘', 'K']])
    expect(keyPresses('g j', 'Ctrl')).toEqual([['g'], ['j']])
    expect(keyPresses('Escape', 'Ctrl')).toEqual([['Esc']])
  })
})
