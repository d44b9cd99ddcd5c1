import type { BrowserWindow, BrowserWindowConstructorOptions, Rectangle } from 'electron'
import { mainWindowWebPreferences } from './security'

/** The size a first window opens at, before the person has moved or resized it. */
export const DEFAULT_WINDOW_SIZE = { width: 1100, height: 760 } as const
/** The smallest size the screens are laid out for; the window cannot be made smaller. */
export const MIN_WINDOW_SIZE = { width: 720, height: 520 } as const

/**
 * `bounds` is where the window was last time (see window-state.ts); without x and y the
 * system centres the window.
 */
export function mainWindowOptions(
  preloadPath: string,
  allowDevTools: boolean,
  bounds: Partial<Rectangle> = DEFAULT_WINDOW_SIZE,
): BrowserWindowConstructorOptions {
  return {
    width: bounds.width ?? DEFAULT_WINDOW_SIZE.width,
    height: bounds.height ?? DEFAULT_WINDOW_SIZE.height,
    ...(bounds.x !== undefined && bounds.y !== undefined ? { x: bounds.x, y: bounds.y } : {}),
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: 'Mend',
    // Shown once the first paint is ready, so the user never sees a white flash.
    show: false,
    backgroundColor: '#f6f3ee',
    autoHideMenuBar: true,
    webPreferences: mainWindowWebPreferences(preloadPath, allowDevTools),
  }
}

/**
 * Maximizing is done here, not at creation: maximize() also shows a hidden window, which would
 * bring back the white flash that `show: false` avoids.
 */
export function showWhenReady(window: Pick<BrowserWindow, 'once' | 'show' | 'maximize'>, maximized = false): void {
  window.once('ready-to-show', () => {
    if (maximized) window.maximize()
    window.show()
  })
}

/**
 * A second launch of Mend (from the dock, a shortcut, or a double-clicked backup file) brings
 * the window that is already open to the front instead of opening another.
 */
export function bringToFront(window: Pick<BrowserWindow, 'isMinimized' | 'restore' | 'show' | 'focus'>): void {
  if (window.isMinimized()) window.restore()
  window.show()
  window.focus()
}

/** Locks when the window is hidden or minimized, if the person asked for it in Settings. */
export function installHiddenLock(window: Pick<BrowserWindow, 'on'>, wantsLock: () => boolean, lock: () => void): void {
  const lockIfWanted = () => {
    if (wantsLock()) lock()
  }
  window.on('hide', lockIfWanted)
  window.on('minimize', lockIfWanted)
}
