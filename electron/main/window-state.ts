import { readFileSync } from 'node:fs'
import type { BrowserWindow, Rectangle } from 'electron'
import { writeFileAtomic } from '../core/fs/atomic-write'
import { DEFAULT_WINDOW_SIZE, MIN_WINDOW_SIZE } from './window'

/**
 * Where the window was and how big, kept in userData/window-state.json between runs. Only
 * geometry: nothing of the journal goes in this file, which is not encrypted.
 */
export interface WindowState {
  /** Absent until the window has been placed once: the system centres a new window. */
  x?: number
  y?: number
  width: number
  height: number
  maximized: boolean
}

export const DEFAULT_WINDOW_STATE: WindowState = { ...DEFAULT_WINDOW_SIZE, maximized: false }
export const WINDOW_STATE_FILE = 'window-state.json'
/** Moving or resizing fires dozens of events a second: write once the hand has stopped. */
export const SAVE_DELAY_MS = 500

/** Far beyond any real desktop; anything outside is a damaged file, not a position. */
const COORDINATE_LIMIT = 1_000_000

const isCoordinate = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && Math.abs(value) <= COORDINATE_LIMIT
const isLength = (value: unknown): value is number => isCoordinate(value) && value > 0

/** The saved state, or the defaults for a missing, unreadable or hand-mangled file. */
export function parseWindowState(text: string | null): WindowState {
  if (text === null) return { ...DEFAULT_WINDOW_STATE }
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    return { ...DEFAULT_WINDOW_STATE }
  }
  if (typeof raw !== 'object' || raw === null) return { ...DEFAULT_WINDOW_STATE }
  const { x, y, width, height, maximized } = raw as Record<string, unknown>
  if (!isLength(width) || !isLength(height)) return { ...DEFAULT_WINDOW_STATE }
  const state: WindowState = { width, height, maximized: maximized === true }
  // A position needs both coordinates; half of one is no position at all.
  if (isCoordinate(x) && isCoordinate(y)) Object.assign(state, { x, y })
  return state
}

export interface Displays {
  /** The work area (screen minus task bar, dock and menu bar) of the primary display. */
  primary: Rectangle
  /** The work areas of every display connected now, the primary one included. */
  all: Rectangle[]
}

function overlap(a: Rectangle, b: Rectangle): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
  return width > 0 && height > 0 ? width * height : 0
}

const clamp = (value: number, low: number, high: number) => Math.max(low, Math.min(value, high))

/**
 * Puts a saved window where the person can see and grab it today: on the display that shows
 * most of it, wholly inside that display's work area, no larger than the area and no smaller
 * than the window's minimum. A window whose display has gone (a laptop off its dock) opens
 * centred on the primary display instead of somewhere nobody can reach.
 */
export function fitToDisplays(state: WindowState, displays: Displays): WindowState {
  const placed = state.x !== undefined && state.y !== undefined
  const saved = { x: state.x ?? 0, y: state.y ?? 0, width: state.width, height: state.height }
  let area = displays.primary
  let best = 0
  if (placed) {
    for (const candidate of displays.all) {
      const shown = overlap(saved, candidate)
      if (shown > best) [area, best] = [candidate, shown]
    }
  }
  // The minimum wins over a work area smaller than it: Electron would enforce it anyway.
  const width = Math.max(MIN_WINDOW_SIZE.width, Math.min(state.width, area.width))
  const height = Math.max(MIN_WINDOW_SIZE.height, Math.min(state.height, area.height))
  const fitted: WindowState = { width, height, maximized: state.maximized }
  if (!placed) return fitted
  if (best === 0) {
    return {
      ...fitted,
      x: area.x + Math.round((area.width - width) / 2),
      y: area.y + Math.round((area.height - height) / 2),
    }
  }
  return {
    ...fitted,
    x: clamp(saved.x, area.x, area.x + area.width - width),
    y: clamp(saved.y, area.y, area.y + area.height - height),
  }
}

/** Reads the file, with the defaults for anything wrong with it. Never throws. */
export function loadWindowState(path: string, displays: Displays): WindowState {
  let text: string | null = null
  try {
    text = readFileSync(path, 'utf8')
  } catch {
    // Missing on a first run; unreadable is no reason not to open the window.
  }
  return fitToDisplays(parseWindowState(text), displays)
}

/** Written whole through a temp file and a rename: a crash mid-write leaves the old state. */
export function saveWindowState(path: string, state: WindowState): void {
  const { x, y, width, height, maximized } = state
  writeFileAtomic(path, `${JSON.stringify({ x, y, width, height, maximized })}\n`, 'remember the window position')
}

type TrackedWindow = Pick<BrowserWindow, 'on' | 'getNormalBounds' | 'isMaximized' | 'isFullScreen'>

export interface Timers {
  setTimeout(run: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
}

const realTimers: Timers = {
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
}

/**
 * Saves the window's state after it stops moving or resizing, and at once when it closes.
 * The normal bounds are saved even while maximized or full screen, so un-maximizing next
 * time returns to the size the person chose. `save` failing (a read-only disk) is reported,
 * never thrown into Electron's event loop.
 */
export function trackWindowState(
  window: TrackedWindow,
  save: (state: WindowState) => void,
  onError: (error: unknown) => void,
  timers: Timers = realTimers,
): void {
  let pending: unknown = null
  const saveNow = () => {
    if (pending !== null) timers.clearTimeout(pending)
    pending = null
    try {
      save({ ...window.getNormalBounds(), maximized: window.isMaximized() || window.isFullScreen() })
    } catch (error) {
      onError(error)
    }
  }
  const saveSoon = () => {
    if (pending !== null) timers.clearTimeout(pending)
    pending = timers.setTimeout(saveNow, SAVE_DELAY_MS)
  }
  window.on('resize', saveSoon)
  window.on('move', saveSoon)
  window.on('maximize', saveSoon)
  window.on('unmaximize', saveSoon)
  window.on('close', saveNow)
}
