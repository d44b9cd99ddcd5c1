import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { RouterView, type Router } from 'vue-router'
import { DEFAULT_SETTINGS, type MenuCommand } from '../../../electron/contract'
import { SHOW_SHORTCUTS_EVENT } from '../../../src/app-actions'
import { installMenuCommands } from '../../../src/menu-commands'
import { createAppRouter } from '../../../src/router'
import { useNoticesStore } from '../../../src/stores/notices'
import { useVaultStore } from '../../../src/stores/vault'
import { INFO, installFakeBridge } from './fake-bridge'

const BACKUP = { id: 'b1', name: 'mend-backup-20261124T120000000Z.mendbackup', createdAt: INFO.createdAt, sizeBytes: 1 }

let pinia: Pinia
let router: Router
let uninstall: (() => void) | undefined

beforeEach(() => {
  pinia = createPinia()
  setActivePinia(pinia)
  router = createAppRouter()
  window.location.hash = ''
  document.body.innerHTML = ''
})
afterEach(() => uninstall?.())

/** A bridge for a vault in `state`, where locking works and a backup can be made. */
function bridge(state: 'unlocked' | 'locked', backup: 'works' | 'fails' = 'works') {
  let current: 'unlocked' | 'locked' = state
  const fake = installFakeBridge({
    'vault.getStatus': () => ({ ok: true, value: { state: current, retryAfterMs: 0 } }),
    'vault.getInfo': { ok: true, value: INFO },
    'vault.lock': () => {
      current = 'locked'
      return { ok: true, value: { state: current, retryAfterMs: 0 } }
    },
    'backup.create':
      backup === 'works'
        ? { ok: true, value: BACKUP }
        : { ok: false, error: { code: 'IO', message: 'The disk is full.' } },
    'backup.list': { ok: true, value: [BACKUP] },
    'settings.get': { ok: true, value: DEFAULT_SETTINGS },
  })
  uninstall = installMenuCommands(router, { pinia, document, window })
  const choose = async (command: MenuCommand) => {
    fake.emit({ type: 'menu.command', command })
    await flushPromises()
  }
  return { fake, choose }
}

const route = () => router.currentRoute.value
/** Long enough for a navigation that was going to happen (a screen module loading) to finish. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 100))

describe('menu commands in an open journal', () => {
  it('opens the screen each View and Help item names', async () => {
    const { choose } = bridge('unlocked')
    await router.push('/home')
    const expected: Array<[MenuCommand, string]> = [
      ['journal', '/journal'],
      ['plans', '/plans'],
      ['trust', '/assessments'],
      ['search', '/search'],
      ['about-method', '/about-method'],
      ['import', '/import'],
      ['settings', '/settings'],
    ]
    for (const [command, path] of expected) {
      await choose(command)
      // The screens are loaded on first use: the navigation ends when the module is in.
      await vi.waitFor(() => expect(route().path, command).toBe(path))
    }
  })

  it('starts a new entry with File > New entry', async () => {
    const { choose } = bridge('unlocked')
    await router.push('/journal')
    await choose('new-entry')
    await vi.waitFor(() => expect(route().name).toBe('entry'))
    expect(route().params['id']).toBe('new')
  })

  it('locks with File > Lock: main is asked and the unlock screen shows', async () => {
    const { fake, choose } = bridge('unlocked')
    await router.push('/journal')
    await choose('lock')
    await vi.waitFor(() => expect(route().name).toBe('unlock'))
    expect(fake.calls.filter((call) => call.procedure === 'vault.lock')).toHaveLength(1)
    expect(useVaultStore().info).toBeNull()
  })

  it('backs up now and says so in a toast, from any screen', async () => {
    const { fake, choose } = bridge('unlocked')
    await router.push('/plans')
    await choose('backup-now')
    expect(fake.calls.filter((call) => call.procedure === 'backup.create')).toHaveLength(1)
    expect(useNoticesStore().notices.map((notice) => [notice.text, notice.tone])).toEqual([['Backup saved.', 'info']])
    expect(route().path).toBe('/plans')
  })

  it('says why a backup failed, and keeps the message until dismissed', async () => {
    vi.useFakeTimers()
    try {
      const { choose } = bridge('unlocked', 'fails')
      await router.push('/home')
      await choose('backup-now')
      vi.advanceTimersByTime(60_000)
      expect(useNoticesStore().notices.map((notice) => [notice.text, notice.tone])).toEqual([
        ['The backup failed: The disk is full.', 'error'],
      ])
    } finally {
      vi.useRealTimers()
    }
  })

  it('opens Settings at the export section with File > Export…, keyboard on its first step', async () => {
    const { choose } = bridge('unlocked')
    const App = defineComponent({ render: () => h(RouterView) })
    await router.push('/about-method')
    const wrapper = mount(App, { global: { plugins: [pinia, router] }, attachTo: document.body })
    await flushPromises()

    await choose('export')
    await vi.waitFor(() => expect((document.activeElement as HTMLInputElement).type).toBe('checkbox'))
    expect(route().name).toBe('settings')
    const focused = document.activeElement as HTMLInputElement
    expect(focused.closest('section')?.querySelector('h2')?.textContent).toBe('Export (not encrypted)')
    wrapper.unmount()
  })

  it('asks the shortcuts overlay to open', async () => {
    const { choose } = bridge('unlocked')
    const opened = vi.fn()
    window.addEventListener(SHOW_SHORTCUTS_EVENT, opened)
    try {
      await choose('shortcuts')
      expect(opened).toHaveBeenCalledTimes(1)
    } finally {
      window.removeEventListener(SHOW_SHORTCUTS_EVENT, opened)
    }
  })
})

describe('menu commands while locked', () => {
  it('reach nothing behind the lock and change nothing', async () => {
    const { fake, choose } = bridge('locked')
    await router.push('/unlock')
    for (const command of ['journal', 'new-entry', 'export', 'import', 'search', 'lock', 'backup-now'] as const) {
      await choose(command)
    }
    await settle()
    expect(route().name).toBe('unlock')
    expect(fake.calls.map((call) => call.procedure).filter((name) => !name.startsWith('vault.get'))).toEqual([])
    expect(useNoticesStore().notices).toEqual([])
  })
})

describe('the subscription', () => {
  it('ignores other events and unknown commands, and stops when uninstalled', async () => {
    const { fake, choose } = bridge('unlocked')
    await router.push('/home')
    fake.emit({ type: 'backup.completed', name: BACKUP.name })
    fake.emit({ type: 'menu.command', command: 'format-disk' as MenuCommand })
    await settle()
    expect(route().path).toBe('/home')

    uninstall?.()
    uninstall = undefined
    await choose('journal')
    await settle()
    expect(route().path).toBe('/home')
  })
})
