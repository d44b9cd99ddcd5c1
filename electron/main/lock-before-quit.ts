import type { App } from 'electron'

/**
 * Quitting waits for the core to lock (checkpoint, close, key wiped) and its thread to end: a
 * journal closed cleanly opens quickly next time (an unclean one is checked page by page). The
 * first quit is held back while that happens, then asked again; `stop` must settle on its own
 * (the core host ends the thread after a few seconds whatever happens).
 */
export function lockBeforeQuit(app: Pick<App, 'on' | 'quit'>, stop: () => Promise<void>): void {
  let state: 'running' | 'stopping' | 'stopped' = 'running'
  app.on('before-quit', (event) => {
    if (state === 'stopped') return
    event.preventDefault()
    if (state === 'stopping') return
    state = 'stopping'
    void stop()
      .catch(() => undefined)
      .then(() => {
        state = 'stopped'
        app.quit()
      })
  })
}
