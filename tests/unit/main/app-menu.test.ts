import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it } from 'vitest'
import { MenuCommand } from '../../../electron/contract'
import { appMenuTemplate } from '../../../electron/main/app-menu'

type Platform = 'darwin' | 'win32' | 'linux'
const PLATFORMS: Platform[] = ['darwin', 'win32', 'linux']

function build(platform: Platform, isPackaged = true) {
  const sent: MenuCommand[] = []
  let aboutShown = 0
  const template = appMenuTemplate({
    platform,
    isPackaged,
    send: (command) => sent.push(command),
    showAbout: () => aboutShown++,
  })
  return { template, sent, aboutShown: () => aboutShown }
}

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])])
}

const submenu = (template: MenuItemConstructorOptions[], label: string) => {
  const menu = template.find((item) => item.label?.replace('&', '') === label)
  return flatten(Array.isArray(menu?.submenu) ? menu.submenu : [])
}
const roles = (items: MenuItemConstructorOptions[]) => items.flatMap((item) => (item.role ? [item.role] : []))

/** Electron's own shortcut for each role (lib/browser/api/menu-item-roles.ts), per platform. */
function roleAccelerator(role: string, platform: Platform): string | undefined {
  const mac = platform === 'darwin'
  const table: Record<string, string | undefined> = {
    close: 'CommandOrControl+W',
    copy: 'CommandOrControl+C',
    cut: 'CommandOrControl+X',
    paste: 'CommandOrControl+V',
    pasteandmatchstyle: mac ? 'Cmd+Option+Shift+V' : 'Shift+CommandOrControl+V',
    quit: platform === 'win32' ? undefined : 'CommandOrControl+Q',
    redo: platform === 'win32' ? 'Control+Y' : 'Shift+CommandOrControl+Z',
    undo: 'CommandOrControl+Z',
    reload: 'CmdOrCtrl+R',
    resetzoom: 'CommandOrControl+0',
    selectall: 'CommandOrControl+A',
    toggledevtools: mac ? 'Alt+Command+I' : 'Ctrl+Shift+I',
    togglefullscreen: mac ? 'Control+Command+F' : 'F11',
    zoomin: 'CommandOrControl+Plus',
    zoomout: 'CommandOrControl+-',
    minimize: 'CommandOrControl+M',
    hide: 'Command+H',
    hideothers: 'Command+Alt+H',
  }
  return table[role.toLowerCase()]
}

/** One spelling per key combination on a platform: 'CmdOrCtrl+N' is 'Ctrl+N' on Linux. */
function normalize(accelerator: string, platform: Platform): string {
  const parts = accelerator.split('+')
  const key = parts.pop()!.toUpperCase()
  const modifiers = parts.map((part) => {
    const name = part.toLowerCase()
    if (name === 'commandorcontrol' || name === 'cmdorctrl') return platform === 'darwin' ? 'Cmd' : 'Ctrl'
    if (name === 'command' || name === 'cmd') return 'Cmd'
    if (name === 'control' || name === 'ctrl') return 'Ctrl'
    if (name === 'option') return 'Alt'
    return part[0]!.toUpperCase() + part.slice(1).toLowerCase()
  })
  return [...modifiers.sort(), key].join('+')
}

const MEND_ITEMS: Array<[label: string, command: MenuCommand, accelerator: string | undefined]> = [
  ['New entry', 'new-entry', 'CmdOrCtrl+N'],
  ['Import…', 'import', undefined],
  ['Export…', 'export', undefined],
  ['Back up now', 'backup-now', undefined],
  ['Lock', 'lock', 'CmdOrCtrl+L'],
  ['Settings…', 'settings', 'CmdOrCtrl+,'],
  ['Journal', 'journal', 'CmdOrCtrl+1'],
  ['Plans', 'plans', 'CmdOrCtrl+2'],
  ['Trust', 'trust', 'CmdOrCtrl+3'],
  ['Search', 'search', 'CmdOrCtrl+K'],
  ['About the method', 'about-method', undefined],
]

describe.each(PLATFORMS)('the application menu on %s', (platform) => {
  const mac = platform === 'darwin'

  it('gives every shortcut, its own and the standard roles’, to one item only', () => {
    for (const isPackaged of [true, false]) {
      const items = flatten(build(platform, isPackaged).template)
      const shortcuts = items
        .map((item) => item.accelerator ?? (item.role ? roleAccelerator(item.role, platform) : undefined))
        .filter((accelerator): accelerator is string => accelerator !== undefined)
        .map((accelerator) => normalize(accelerator, platform))
      expect(shortcuts.length).toBeGreaterThan(15)
      expect(shortcuts.filter((shortcut, index) => shortcuts.indexOf(shortcut) !== index)).toEqual([])
    }
  })

  it('sends each of Mend’s actions to the window, with its shortcut', () => {
    const menu = build(platform)
    const items = flatten(menu.template)
    for (const [label, command, accelerator] of MEND_ITEMS) {
      const item = items.find((candidate) => candidate.label === label)
      expect(item, label).toBeDefined()
      expect(item?.accelerator).toBe(accelerator)
      menu.sent.length = 0
      item?.click?.({} as never, undefined, {} as never)
      expect(menu.sent).toEqual([command])
    }
  })

  it('reaches every menu command there is', () => {
    const menu = build(platform)
    for (const item of flatten(menu.template)) item.click?.({} as never, undefined, {} as never)
    expect([...new Set(menu.sent)].sort()).toEqual([...MenuCommand.options].sort())
  })

  it('keeps the standard Edit roles, which copy and paste need', () => {
    expect(roles(submenu(build(platform).template, 'Edit'))).toEqual([
      'undo',
      'redo',
      'cut',
      'copy',
      'paste',
      'pasteAndMatchStyle',
      'selectAll',
    ])
  })

  it('offers reload and the developer tools only in a development build', () => {
    const packaged = roles(flatten(build(platform, true).template))
    expect(packaged).not.toContain('toggleDevTools')
    expect(packaged).not.toContain('reload')
    expect(packaged).not.toContain('forceReload')
    expect(roles(flatten(build(platform, false).template))).toEqual(
      expect.arrayContaining(['reload', 'toggleDevTools']),
    )
    expect(roles(submenu(build(platform).template, 'View'))).toEqual([
      'resetZoom',
      'zoomIn',
      'zoomOut',
      'togglefullscreen',
    ])
  })

  it('shows "?" for the shortcuts list without taking the key from text fields', () => {
    const item = flatten(build(platform).template).find((candidate) => candidate.label === 'Keyboard shortcuts')
    // A registered bare "?" would open the list whenever "?" is typed in the editor.
    if (mac) expect(item?.accelerator).toBeUndefined()
    else expect(item).toMatchObject({ accelerator: '?', registerAccelerator: false })
  })

  if (mac) {
    it('has the macOS app menu, Window menu and Close Window', () => {
      const { template } = build(platform)
      expect(template.map((item) => item.label)).toEqual(['Mend', 'File', 'Edit', 'View', 'Window', 'Help'])
      expect(roles(submenu(template, 'Mend'))).toEqual(['about', 'services', 'hide', 'hideOthers', 'unhide', 'quit'])
      expect(roles(submenu(template, 'File'))).toEqual(['close'])
      expect(roles(submenu(template, 'Window'))).toEqual(['minimize', 'zoom', 'front'])
      expect(template.find((item) => item.label === 'Window')?.role).toBe('window')
      // About is the app menu's role there; no second About in Help.
      expect(submenu(template, 'Help').map((item) => item.label)).not.toContain('About Mend')
    })

    it('shows no mnemonic ampersands, which macOS would print', () => {
      const labels = flatten(build(platform).template).flatMap((item) => (item.label ? [item.label] : []))
      expect(labels.filter((label) => label.includes('&'))).toEqual([])
    })
  } else {
    it('has File > Quit, a Window menu with Close, and Alt-letter menus', () => {
      const { template } = build(platform)
      expect(template.map((item) => item.label)).toEqual(['&File', '&Edit', '&View', '&Window', '&Help'])
      expect(roles(submenu(template, 'File'))).toEqual(['quit'])
      expect(roles(submenu(template, 'Window'))).toEqual(['minimize', 'close'])
      expect(roles(flatten(template))).not.toContain('services')
    })

    it('shows the About panel from Help > About Mend', () => {
      const menu = build(platform)
      const about = submenu(menu.template, 'Help').find((item) => item.label === 'About Mend')
      about?.click?.({} as never, undefined, {} as never)
      expect(menu.aboutShown()).toBe(1)
      expect(menu.sent).toEqual([])
    })
  }
})
