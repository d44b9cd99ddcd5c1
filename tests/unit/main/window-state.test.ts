import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { MIN_WINDOW_SIZE, mainWindowOptions, showWhenReady } from '../../../electron/main/window'
import {
  DEFAULT_WINDOW_STATE,
  SAVE_DELAY_MS,
  WINDOW_STATE_FILE,
  fitToDisplays,
  loadWindowState,
  parseWindowState,
  saveWindowState,
  trackWindowState,
  type Displays,
  type Timers,
  type WindowState,
} from '../../../electron/main/window-state'

/** A laptop screen with a menu bar, and a second monitor to its right. */
const LAPTOP = { x: 0, y: 25, width: 1440, height: 875 }
const MONITOR = { x: 1440, y: 0, width: 2560, height: 1415 }
const BOTH: Displays = { primary: LAPTOP, all: [LAPTOP, MONITOR] }
const LAPTOP_ONLY: Displays = { primary: LAPTOP, all: [LAPTOP] }

const inside = (state: WindowState, area: typeof LAPTOP) =>
  state.x! >= area.x &&
  state.y! >= area.y &&
  state.x! + state.width <= area.x + area.width &&
  state.y! + state.height <= area.y + area.height

let folder: string
beforeEach(() => (folder = mkdtempSync(join(tmpdir(), 'mend-window-state-'))))
afterEach(() => rmSync(folder, { recursive: true, force: true }))

describe('reading the saved window state', () => {
  it('opens a first window at the default size, centred by the system', () => {
    const state = loadWindowState(join(folder, WINDOW_STATE_FILE), BOTH)
    expect(state).toEqual({ width: 1100, height: 760, maximized: false })
    expect(state).not.toHaveProperty('x')
  })

  it('falls back to the defaults for a damaged or hand-edited file', () => {
    for (const text of [
      '',
      '{"x": 10, "y": 1',
      'null',
      '[]',
      '"big"',
      '{"width": "1200", "height": 800}',
      '{"width": -5, "height": 800}',
      '{"width": 1e400, "height": 800}',
      '{"width": 1200.5, "height": 800}',
      '{"height": 800}',
    ]) {
      expect(parseWindowState(text), text).toEqual(DEFAULT_WINDOW_STATE)
    }
    writeFileSync(join(folder, WINDOW_STATE_FILE), '\u0000\u0001garbage')
    expect(loadWindowState(join(folder, WINDOW_STATE_FILE), BOTH)).toEqual(DEFAULT_WINDOW_STATE)
  })

  it('keeps the size but drops a position with a missing or absurd coordinate', () => {
    expect(parseWindowState('{"x": 100, "width": 900, "height": 600}')).toEqual({
      width: 900,
      height: 600,
      maximized: false,
    })
    expect(parseWindowState('{"x": 100, "y": 5e9, "width": 900, "height": 600, "maximized": "yes"}')).toEqual({
      width: 900,
      height: 600,
      maximized: false,
    })
  })
})

describe('fitting the window to the displays there are now', () => {
  it('leaves a window that is fully on a display where it was', () => {
    const onMonitor = { x: 2000, y: 200, width: 1200, height: 900, maximized: true }
    expect(fitToDisplays(onMonitor, BOTH)).toEqual(onMonitor)
  })

  it('brings a window from a monitor that is gone back onto the remaining screen', () => {
    const fitted = fitToDisplays({ x: 2000, y: 200, width: 1200, height: 900, maximized: false }, LAPTOP_ONLY)
    expect(inside(fitted, LAPTOP)).toBe(true)
    // Centred, and shrunk to the laptop's height.
    expect(fitted).toEqual({ x: 120, y: 25, width: 1200, height: 875, maximized: false })
  })

  it('pulls a window hanging off an edge fully onto the display showing most of it', () => {
    const offLeft = fitToDisplays({ x: -300, y: 100, width: 1000, height: 700, maximized: false }, BOTH)
    expect(offLeft).toMatchObject({ x: 0, y: 100, width: 1000, height: 700 })
    // Above the menu bar, where the title bar could not be grabbed.
    expect(fitToDisplays({ x: 200, y: -40, width: 1000, height: 700, maximized: false }, BOTH)).toMatchObject({
      x: 200,
      y: 25,
    })
    // Straddling both displays, mostly on the monitor: it moves there.
    const straddling = fitToDisplays({ x: 1300, y: 100, width: 1000, height: 700, maximized: false }, BOTH)
    expect(straddling.x).toBe(1440)
    expect(inside(straddling, MONITOR)).toBe(true)
  })

  it('clamps the size between the window minimum and the display', () => {
    const huge = fitToDisplays({ x: 0, y: 25, width: 9000, height: 9000, maximized: false }, LAPTOP_ONLY)
    expect(huge).toMatchObject({ width: LAPTOP.width, height: LAPTOP.height })
    const tiny = fitToDisplays({ width: 100, height: 50, maximized: false }, LAPTOP_ONLY)
    expect(tiny).toEqual({ ...MIN_WINDOW_SIZE, maximized: false })
  })
})

describe('saving the window state', () => {
  it('round-trips through the file, which holds geometry only', () => {
    const path = join(folder, WINDOW_STATE_FILE)
    const state = { x: 1600, y: 80, width: 1280, height: 820, maximized: true }
    saveWindowState(path, state)
    expect(loadWindowState(path, BOTH)).toEqual(state)
    expect(Object.keys(JSON.parse(readFileSync(path, 'utf8'))).sort()).toEqual([
      'height',
      'maximized',
      'width',
      'x',
      'y',
    ])
    // Written through a temp file that is gone afterwards.
    expect(readdirSync(folder)).toEqual([WINDOW_STATE_FILE])
  })

  it('replaces the previous state whole', () => {
    const path = join(folder, WINDOW_STATE_FILE)
    saveWindowState(path, { x: 10, y: 40, width: 900, height: 700, maximized: true })
    saveWindowState(path, { width: 800, height: 600, maximized: false })
    expect(loadWindowState(path, BOTH)).toEqual({ width: 800, height: 600, maximized: false })
  })
})

/** A window whose events the test fires, with timers the test runs by hand. */
function fakeWindow() {
  const listeners = new Map<string, () => void>()
  const geometry = { bounds: { x: 100, y: 100, width: 1000, height: 700 }, maximized: false, fullScreen: false }
  const window = {
    on: (event: string, listener: () => void) => listeners.set(event, listener),
    getNormalBounds: () => ({ ...geometry.bounds }),
    isMaximized: () => geometry.maximized,
    isFullScreen: () => geometry.fullScreen,
  }
  const queued = new Map<number, { run: () => void; at: number }>()
  let clock = 0
  let nextHandle = 1
  const timers: Timers = {
    setTimeout: (run, ms) => {
      queued.set(nextHandle, { run, at: clock + ms })
      return nextHandle++
    },
    clearTimeout: (handle) => queued.delete(handle as number),
  }
  const advance = (ms: number) => {
    clock += ms
    for (const [handle, timer] of [...queued]) {
      if (timer.at <= clock) {
        queued.delete(handle)
        timer.run()
      }
    }
  }
  return { window, geometry, timers, advance, fire: (event: string) => listeners.get(event)?.() }
}

describe('tracking the window', () => {
  it('saves once, 500 ms after the last move or resize', () => {
    const fake = fakeWindow()
    const saved: WindowState[] = []
    trackWindowState(
      fake.window as never,
      (state) => saved.push(state),
      () => {},
      fake.timers,
    )
    for (let step = 0; step < 20; step++) {
      fake.geometry.bounds.x += 10
      fake.fire(step % 2 ? 'move' : 'resize')
      fake.advance(100)
    }
    expect(saved).toEqual([])
    fake.advance(SAVE_DELAY_MS)
    expect(saved).toEqual([{ x: 300, y: 100, width: 1000, height: 700, maximized: false }])
  })

  it('saves at once on close, and the normal size while maximized', () => {
    const fake = fakeWindow()
    const saved: WindowState[] = []
    trackWindowState(
      fake.window as never,
      (state) => saved.push(state),
      () => {},
      fake.timers,
    )
    fake.geometry.maximized = true
    fake.fire('maximize')
    fake.fire('close')
    expect(saved).toEqual([{ x: 100, y: 100, width: 1000, height: 700, maximized: true }])
    // The pending debounced save was folded into the one on close.
    fake.advance(SAVE_DELAY_MS)
    expect(saved).toHaveLength(1)
  })

  it('reports a failed save instead of throwing into the event loop', () => {
    const fake = fakeWindow()
    const errors: unknown[] = []
    trackWindowState(
      fake.window as never,
      () => {
        throw new Error('read-only disk')
      },
      (error) => errors.push(error),
      fake.timers,
    )
    expect(() => fake.fire('close')).not.toThrow()
    expect(errors).toHaveLength(1)
  })
})

describe('opening the window where it was', () => {
  it('passes the saved bounds to the window, and centres one without a position', () => {
    expect(mainWindowOptions('/p.cjs', false, { x: 50, y: 60, width: 900, height: 650 })).toMatchObject({
      x: 50,
      y: 60,
      width: 900,
      height: 650,
      minWidth: MIN_WINDOW_SIZE.width,
      minHeight: MIN_WINDOW_SIZE.height,
      show: false,
    })
    const centred = mainWindowOptions('/p.cjs', false, { width: 900, height: 650 })
    expect(centred).not.toHaveProperty('x')
    expect(centred).not.toHaveProperty('y')
  })

  it('maximizes a window that was maximized just before showing it, never before it is ready', () => {
    const calls: string[] = []
    let ready: (() => void) | undefined
    const window = {
      once: (_event: string, listener: () => void) => (ready = listener),
      maximize: () => calls.push('maximize'),
      show: () => calls.push('show'),
    }
    showWhenReady(window as never, true)
    expect(calls).toEqual([])
    ready?.()
    expect(calls).toEqual(['maximize', 'show'])
  })
})
