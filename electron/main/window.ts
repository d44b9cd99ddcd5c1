import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron'
import { mainWindowWebPreferences } from './security'

export function mainWindowOptions(preloadPath: string, allowDevTools: boolean): BrowserWindowConstructorOptions {
  return {
    width: 1100,
    height: 760,
    minWidth: 720,
    minHeight: 520,
    title: 'Mend',
    // Shown once the first paint is ready, so the user never sees a white flash.
    show: false,
    backgroundColor: '#f6f3ee',
    autoHideMenuBar: true,
    webPreferences: mainWindowWebPreferences(preloadPath, allowDevTools),
  }
}

export function showWhenReady(window: Pick<BrowserWindow, 'once' | 'show'>): void {
  window.once('ready-to-show', () => window.show())
}

/** Locks when the window is hidden or minimized, if the person asked for it in Settings. */
export function installHiddenLock(window: Pick<BrowserWindow, 'on'>, wantsLock: () => boolean, lock: () => void): void {
  const lockIfWanted = () => {
    if (wantsLock()) lock()
  }
  window.on('hide', lockIfWanted)
  window.on('minimize', lockIfWanted)
}
