import type { Pinia } from 'pinia'
import type { Router } from 'vue-router'
import {
  SHOW_SHORTCUTS_EVENT,
  canUseJournal,
  closeTopDialog,
  focusSearch,
  goTo,
  lockVault,
  openModal,
  shortcutsHelpOpen,
  startNewEntry,
} from './app-actions'
import { messages } from './messages'

const text = messages.shortcuts

export type ShortcutGroup = keyof typeof text.groups

/** What a shortcut's action may use. */
export interface ShortcutContext {
  pinia: Pinia
  router: Router
  document: Document
}

/**
 * One shortcut. `keys` lists alternatives; each is a sequence of presses separated by spaces
 * ('g j' is g, then j), each press a chord like 'Mod+N' (Mod is Ctrl, or ⌘ on a Mac).
 */
export interface Shortcut {
  keys: readonly string[]
  group: ShortcutGroup
  description: string
  /** Also fires while typing in a field: only chords with Mod, and Escape. */
  whileTyping?: boolean
  /** Also fires while a modal dialog is open (everything else waits until it closes). */
  inDialogs?: boolean
  /** Needs the open vault (screens behind the lock). */
  needsJournal?: boolean
  /** Returns false when there was nothing to do, so the key keeps its usual meaning. */
  run(context: ShortcutContext): boolean | void
}

/** Screens behind the lock, reachable with a Mod chord even from inside a field. */
const fromFields = { whileTyping: true, needsJournal: true } as const

/**
 * Every shortcut of the app. The key handler below and the help overlay both read this list,
 * so what the overlay shows is what the keys do.
 */
export const SHORTCUTS: readonly Shortcut[] = [
  {
    keys: ['?'],
    group: 'anywhere',
    description: text.help,
    run: () => {
      shortcutsHelpOpen.value = true
    },
  },
  {
    keys: ['Mod+N'],
    group: 'anywhere',
    description: text.newEntry,
    whileTyping: true,
    needsJournal: true,
    run: ({ router }) => startNewEntry(router),
  },
  {
    keys: ['Mod+K', '/'],
    group: 'anywhere',
    description: text.search,
    whileTyping: true,
    needsJournal: true,
    run: ({ router, document }) => focusSearch(router, document),
  },
  {
    keys: ['Mod+L'],
    group: 'anywhere',
    description: text.lock,
    whileTyping: true,
    // Also while a new recovery key is on screen: locking is always allowed.
    run: ({ pinia, router }) => lockVault(pinia, router),
  },
  { keys: ['g h'], group: 'goTo', description: text.goHome, needsJournal: true, run: go('home') },
  // Mod+1..3 also work from inside a field; g then a letter never does (those are typed letters).
  { keys: ['g j', 'Mod+1'], group: 'goTo', description: text.goJournal, ...fromFields, run: go('journal') },
  { keys: ['g p', 'Mod+2'], group: 'goTo', description: text.goPlans, ...fromFields, run: go('plans') },
  { keys: ['g t', 'Mod+3'], group: 'goTo', description: text.goTrust, ...fromFields, run: go('assessments') },
  { keys: ['g s'], group: 'goTo', description: text.goSettings, needsJournal: true, run: go('settings') },
  {
    keys: ['Escape'],
    group: 'dialogs',
    description: text.escape,
    whileTyping: true,
    inDialogs: true,
    run: ({ document }) => closeTopDialog(document),
  },
]

function go(name: string): Shortcut['run'] {
  return ({ router }) => goTo(router, { name })
}

interface Chord {
  mod: boolean
  key: string
}

function parseChord(chord: string): Chord {
  const mod = chord.startsWith('Mod+')
  const key = mod ? chord.slice(4) : chord
  return { mod, key: key.length === 1 ? key.toLowerCase() : key }
}

/** The presses of one alternative: 'g j' gives two chords. */
export function parseKeys(keys: string): Chord[] {
  return keys.split(' ').map(parseChord)
}

function matches(chord: Chord, event: KeyboardEvent): boolean {
  if (event.altKey) return false
  if (chord.mod !== (event.ctrlKey || event.metaKey)) return false
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key
  if (key !== chord.key) return false
  // A letter or digit with Shift is another shortcut (or a capital); '?' needs Shift on most layouts.
  return !(event.shiftKey && /^[a-z0-9]$/.test(chord.key))
}

const TEXT_INPUT_TYPES = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image'])

/** A field that takes typed text: plain keys there are words, not shortcuts. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true
  if (target instanceof HTMLInputElement) return !TEXT_INPUT_TYPES.has(target.type)
  return target.closest('[contenteditable]:not([contenteditable="false"])') !== null
}

/** How long the second key of a sequence ('g', then 'j') may wait. */
export const SEQUENCE_TIMEOUT_MS = 1500

type KeyTarget = Pick<Window, 'addEventListener' | 'removeEventListener'>

/**
 * The one keydown handler for the whole app. Keys a component already handled
 * (defaultPrevented: the editor's own Ctrl+K, a menu's arrows) are left alone.
 */
export function installShortcuts(
  target: KeyTarget,
  context: ShortcutContext,
  shortcuts: readonly Shortcut[] = SHORTCUTS,
  now = () => Date.now(),
): () => void {
  let pending: { shortcuts: Array<{ shortcut: Shortcut; rest: Chord[] }>; at: number } | null = null

  // In a field, a plain key is a letter being typed: only Mod chords and Escape may act there,
  // even for a shortcut that has a plain alternative ('/' beside Mod+K).
  const typedThere = (event: KeyboardEvent) => !event.ctrlKey && !event.metaKey && event.key !== 'Escape'
  const allowed = (shortcut: Shortcut, event: KeyboardEvent, typing: boolean, modal: boolean) =>
    (!typing || (shortcut.whileTyping && !typedThere(event))) &&
    (!modal || shortcut.inDialogs) &&
    (!shortcut.needsJournal || canUseJournal(context.pinia))

  const fire = (shortcut: Shortcut, event: KeyboardEvent) => {
    if (shortcut.run(context) === false) return
    event.preventDefault()
  }

  const onKeyDown = (raw: Event) => {
    const event = raw as KeyboardEvent
    if (event.defaultPrevented || event.isComposing || event.repeat) return
    // The journal editor lives in a shadow root: at the window the target is its host, so the
    // key's real target is the first element of the composed path ("enough" lost its h to 'g h').
    const typing = isTypingTarget(event.composedPath()[0] ?? event.target)
    const modal = openModal(context.document) !== null

    const waiting = pending && now() - pending.at <= SEQUENCE_TIMEOUT_MS ? pending : null
    pending = null
    const second = waiting?.shortcuts.find(({ shortcut, rest }) => {
      const [next] = rest
      return next !== undefined && matches(next, event) && allowed(shortcut, event, typing, modal)
    })
    if (second) return fire(second.shortcut, event)

    const starts: Array<{ shortcut: Shortcut; rest: Chord[] }> = []
    for (const shortcut of shortcuts) {
      for (const keys of shortcut.keys) {
        const [first, ...rest] = parseKeys(keys)
        if (!first || !matches(first, event) || !allowed(shortcut, event, typing, modal)) continue
        if (rest.length === 0) return fire(shortcut, event)
        starts.push({ shortcut, rest })
      }
    }
    if (starts.length > 0) pending = { shortcuts: starts, at: now() }
  }

  const onShowShortcuts = () => {
    shortcutsHelpOpen.value = true
  }
  target.addEventListener('keydown', onKeyDown)
  target.addEventListener(SHOW_SHORTCUTS_EVENT, onShowShortcuts)
  return () => {
    target.removeEventListener('keydown', onKeyDown)
    target.removeEventListener(SHOW_SHORTCUTS_EVENT, onShowShortcuts)
  }
}
