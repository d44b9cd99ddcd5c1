import { EventEmitter } from 'node:events'
import { describe, expect, it } from 'vitest'
import { lockBeforeQuit } from '../../../electron/main/lock-before-quit'

/** Electron's app at the boundary: before-quit events that can be held back, and quit() counted. */
function fakeApp() {
  const emitter = new EventEmitter()
  let quits = 0
  const app = {
    on: (event: string, listener: (...args: unknown[]) => void) => emitter.on(event, listener),
    quit: () => {
      quits += 1
      quitAttempt()
    },
  }
  function quitAttempt(): boolean {
    let prevented = false
    emitter.emit('before-quit', { preventDefault: () => (prevented = true) })
    return !prevented
  }
  return { app: app as never, quitAttempt, quits: () => quits }
}

describe('quitting waits for the core to lock', () => {
  it('holds the first quit back until the core has stopped, then quits for real', async () => {
    const { app, quitAttempt, quits } = fakeApp()
    let finish: () => void = () => {}
    let stops = 0
    lockBeforeQuit(app, () => {
      stops += 1
      return new Promise<void>((resolve) => (finish = resolve))
    })
    expect(quitAttempt()).toBe(false)
    // A second Cmd+Q while the journal is closing neither quits nor stops twice.
    expect(quitAttempt()).toBe(false)
    expect(stops).toBe(1)
    finish()
    await expect.poll(quits).toBe(1)
    expect(quitAttempt()).toBe(true)
  })

  it('quits even if stopping the core failed', async () => {
    const { app, quitAttempt, quits } = fakeApp()
    lockBeforeQuit(app, () => Promise.reject(new Error('gone')))
    expect(quitAttempt()).toBe(false)
    await expect.poll(quits).toBe(1)
  })
})
