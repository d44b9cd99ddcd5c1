import type { MenuItemConstructorOptions } from 'electron'
import type { MenuCommand } from '../contract'

export interface AppMenuOptions {
  platform: NodeJS.Platform
  /** Reload and the developer tools are for development builds only. */
  isPackaged: boolean
  /** Hands a Mend action to the window (the `menu.command` event). */
  send: (command: MenuCommand) => void
  /** Shows the About panel. macOS has its own About item in the app menu. */
  showAbout: () => void
}

type Item = MenuItemConstructorOptions
const separator: Item = { type: 'separator' }

/**
 * The application menu: the platform's standard items (Edit's roles are what make copy and
 * paste work at all on macOS) and Mend's own actions with their shortcuts. A pure function of
 * its options, so every platform's menu can be checked without Electron.
 *
 * Most shortcuts are also the window's own (src/shortcuts.ts). Electron gives a key to the page
 * first and runs the menu's accelerator only when the page did not handle it, so one press
 * never does a thing twice; the menu's accelerator still works where the page's does not.
 */
export function appMenuTemplate(options: AppMenuOptions): Item[] {
  const mac = options.platform === 'darwin'
  // Alt+letter opens a menu on Windows and Linux; macOS has no mnemonics and would show the '&'.
  const title = (label: string) => (mac ? label.replace('&', '') : label)
  const action = (label: string, command: MenuCommand, accelerator?: string): Item => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => options.send(command),
  })
  const settings = action('Settings…', 'settings', 'CmdOrCtrl+,')
  const developer: Item[] = options.isPackaged ? [] : [{ role: 'reload' }, { role: 'toggleDevTools' }, separator]

  const appMenu: Item = {
    label: 'Mend',
    submenu: [
      { role: 'about' },
      separator,
      settings,
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit' },
    ],
  }

  const file: Item = {
    label: title('&File'),
    submenu: [
      action('New entry', 'new-entry', 'CmdOrCtrl+N'),
      separator,
      action('Import…', 'import'),
      action('Export…', 'export'),
      action('Back up now', 'backup-now'),
      separator,
      action('Lock', 'lock', 'CmdOrCtrl+L'),
      separator,
      ...(mac ? [{ role: 'close' } as Item] : [settings, separator, { role: 'quit' } as Item]),
    ],
  }

  const edit: Item = {
    label: title('&Edit'),
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'pasteAndMatchStyle' },
      { role: 'selectAll' },
    ],
  }

  const view: Item = {
    label: title('&View'),
    submenu: [
      action('Journal', 'journal', 'CmdOrCtrl+1'),
      action('Plans', 'plans', 'CmdOrCtrl+2'),
      action('Trust', 'trust', 'CmdOrCtrl+3'),
      // The editor's own Ctrl+K (a link) claims the key first, so this never fires while writing.
      action('Search', 'search', 'CmdOrCtrl+K'),
      separator,
      ...developer,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
    ],
  }

  const window: Item = mac
    ? {
        label: 'Window',
        role: 'window',
        submenu: [{ role: 'minimize' }, { role: 'zoom' }, separator, { role: 'front' }],
      }
    : { label: title('&Window'), submenu: [{ role: 'minimize' }, { role: 'close' }] }

  const help: Item = {
    label: title('&Help'),
    ...(mac ? { role: 'help' as const } : {}),
    submenu: [
      // "?" is the window's own key (outside text fields). Registered here it would also fire
      // on every "?" typed in a field, so it is only shown, where the platform can show it
      // without registering it (not macOS).
      mac
        ? action('Keyboard shortcuts', 'shortcuts')
        : { ...action('Keyboard shortcuts', 'shortcuts', '?'), registerAccelerator: false },
      action('About the method', 'about-method'),
      ...(mac ? [] : [separator, { label: 'About Mend', click: () => options.showAbout() } as Item]),
    ],
  }

  return [...(mac ? [appMenu] : []), file, edit, view, window, help]
}
