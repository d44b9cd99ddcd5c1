import { EventEmitter } from 'node:events'
import { playsType, recorded, wrap, type ApiUse } from './api-use'

/**
 * A stand-in for the `electron` module, for running the built main process under plain Node
 * (Electron's binary cannot run here). It does what the real module does as far as main can tell:
 * events, a window with its webContents, the registered protocol and IPC handlers. What main asked
 * of it is kept in `seen` (JSON only) for the test; what the test raises goes through `drive`.
 */
export interface StandInOptions {
  userData: string
  documents: string
  /** False as when another Mend already runs. */
  singleInstanceLock: boolean
}

export interface SeenWindow {
  options: { webPreferences?: { preload?: string; sandbox?: boolean; contextIsolation?: boolean } } & object
  loadedUrls: string[]
  /** Every message main sent to the window, in order. */
  sent: Array<{ channel: string; payload: unknown }>
  shown: number
  focused: number
  closed: boolean
}

export interface Seen {
  privilegedSchemes: unknown
  sandboxEnabled: boolean
  protocols: string[]
  ipcHandlers: string[]
  windows: SeenWindow[]
  menu: { labels: string[] } | null
  quitCalls: number
  preventedOpenFiles: string[]
}

type IpcHandler = (event: unknown, ...args: unknown[]) => unknown
type ProtocolHandler = (request: Request) => Response | Promise<Response>

type Preventable = { defaultPrevented: boolean; preventDefault(): void }

export interface FakeElectron {
  /** What main gets from `require('electron')`: every read through it is recorded. */
  electron: object
  /** The same objects unrecorded, for the stand-in's own moves (raising events, quitting). */
  raw: { app: EventEmitter & { quit(): void }; powerMonitor: EventEmitter }
  seen: Seen
  dialogAnswers: { open: string | null; save: string | null }
  /** Electron is ready: whenReady resolves. */
  ready(): void
  protocolHandler(scheme: string): ProtocolHandler | undefined
  ipcHandler(channel: string): IpcHandler | undefined
  /** The open window main created `index`-th (the real object, not the app's recorded view of it). */
  window(index: number): { close(): void } | null
  /** Runs when the app quits for good, as Electron's process would end then. */
  onExit(hook: () => void): void
  preventable(): Preventable
  /** Every stand-in object, to list what the stand-in offers (see offeredApi in stand-in.ts). */
  objects(): object[]
}

export function createFakeElectron(options: StandInOptions, uses: Map<string, ApiUse>): FakeElectron {
  const seen: Seen = {
    privilegedSchemes: null,
    sandboxEnabled: false,
    protocols: [],
    ipcHandlers: [],
    windows: [],
    menu: null,
    quitCalls: 0,
    preventedOpenFiles: [],
  }
  const protocolHandlers = new Map<string, ProtocolHandler>()
  const ipcHandlers = new Map<string, IpcHandler>()
  const windows: FakeWindow[] = []
  const seenWindows = new WeakMap<object, SeenWindow>()
  let ready = false
  let resolveReady: () => void = () => {}
  const whenReady = new Promise<void>((resolve) => (resolveReady = resolve))
  const exitHooks: Array<() => void> = []

  class App extends EventEmitter {
    isPackaged = true
    enableSandbox() {
      seen.sandboxEnabled = true
    }
    setPath(name: string, path: string) {
      if (name !== 'userData') throw new Error(`the stand-in keeps no path for ${name}`)
      options.userData = path
    }
    getPath(name: string) {
      if (name === 'userData') return options.userData
      if (name === 'documents') return options.documents
      throw new Error(`the stand-in has no path for ${name}`)
    }
    getVersion = () => '0.0.0-boot-test'
    requestSingleInstanceLock = () => options.singleInstanceLock
    isReady = () => ready
    whenReady = () => whenReady
    setAboutPanelOptions(_options: object) {}
    showAboutPanel() {}
    /** As Electron: 'before-quit' may hold it back; otherwise the windows close and the process ends. */
    quit() {
      seen.quitCalls += 1
      const event = preventable()
      this.emit('before-quit', event)
      if (event.defaultPrevented) return
      for (const window of [...windows]) window.close()
      this.emit('will-quit', preventable())
      this.emit('quit', preventable(), 0)
      for (const hook of exitHooks) hook()
    }
  }
  const app = playsType(new App(), 'App')

  // Bookkeeping lives in #private fields: the stand-in's surface is only what Electron offers.
  class WebContents extends EventEmitter {
    mainFrame = { url: '' }
    readonly #window: SeenWindow
    constructor(window: SeenWindow) {
      super()
      this.#window = window
    }
    send(channel: string, payload: unknown) {
      this.#window.sent.push({ channel, payload })
    }
    setWindowOpenHandler(_handler: unknown) {}
  }

  class FakeWindow extends EventEmitter {
    readonly webContents: WebContents
    readonly #seen: SeenWindow
    #minimized = false
    constructor(windowOptions: SeenWindow['options']) {
      super()
      this.#seen = { options: windowOptions, loadedUrls: [], sent: [], shown: 0, focused: 0, closed: false }
      seen.windows.push(this.#seen)
      seenWindows.set(this, this.#seen)
      this.webContents = playsType(new WebContents(this.#seen), 'WebContents')
      windows.push(this)
      playsType(this, 'BrowserWindow')
      app.emit('web-contents-created', preventable(), wrap(this.webContents, uses))
    }
    static getAllWindows = () => [...windows]
    loadURL(url: string) {
      this.#seen.loadedUrls.push(url)
      this.webContents.mainFrame.url = url
      queueMicrotask(() => this.emit('ready-to-show'))
      return Promise.resolve()
    }
    show() {
      this.#seen.shown += 1
    }
    focus() {
      this.#seen.focused += 1
    }
    maximize() {}
    restore() {
      this.#minimized = false
    }
    isMinimized = () => this.#minimized
    isMaximized = () => false
    isFullScreen = () => false
    getNormalBounds = () => ({ x: 10, y: 10, width: 1100, height: 760 })
    close() {
      if (this.#seen.closed) return
      this.emit('close', preventable())
      this.#seen.closed = true
      windows.splice(windows.indexOf(this), 1)
      this.emit('closed')
    }
  }
  playsType(FakeWindow, 'typeof BrowserWindow')

  class Menu {
    readonly #labels: string[]
    constructor(labels: string[]) {
      this.#labels = labels
    }
    static buildFromTemplate(template: Array<{ label?: string; role?: string }>) {
      return playsType(new Menu(template.map((item) => item.label ?? item.role ?? '')), 'Menu')
    }
    static setApplicationMenu(menu: Menu | null) {
      seen.menu = menu ? { labels: menu.#labels } : null
    }
  }
  playsType(Menu, 'typeof Menu')

  class Notification extends EventEmitter {
    static isSupported = () => false
    show() {}
  }
  playsType(Notification, 'typeof Notification')

  const display = { workArea: { x: 0, y: 0, width: 1920, height: 1080 } }
  const webRequest = playsType({ onBeforeRequest() {}, onHeadersReceived() {} }, 'WebRequest')
  const defaultSession = playsType(
    { setPermissionRequestHandler() {}, setPermissionCheckHandler() {}, setDevicePermissionHandler() {}, webRequest },
    'Session',
  )
  const dialogAnswers = { open: null as string | null, save: null as string | null }
  const module = {
    app,
    BrowserWindow: FakeWindow,
    Menu,
    Notification,
    protocol: playsType(
      {
        registerSchemesAsPrivileged(schemes: unknown) {
          seen.privilegedSchemes = schemes
        },
        handle(scheme: string, handler: ProtocolHandler) {
          seen.protocols.push(scheme)
          protocolHandlers.set(scheme, handler)
        },
      },
      'Protocol',
    ),
    ipcMain: playsType(
      Object.assign(new EventEmitter(), {
        handle(channel: string, handler: IpcHandler) {
          seen.ipcHandlers.push(channel)
          ipcHandlers.set(channel, handler)
        },
      }),
      'IpcMain',
    ),
    powerMonitor: playsType(new EventEmitter(), 'PowerMonitor'),
    screen: playsType({ getPrimaryDisplay: () => display, getAllDisplays: () => [display] }, 'Screen'),
    session: playsType({ defaultSession }, 'typeof Session'),
    dialog: playsType(
      {
        showOpenDialog: async () => answer(dialogAnswers.open, (path) => ({ canceled: false, filePaths: [path] })),
        showSaveDialog: async () => answer(dialogAnswers.save, (filePath) => ({ canceled: false, filePath })),
      },
      'Dialog',
    ),
  }
  return {
    electron: recorded(module, 'electron', uses),
    raw: module,
    seen,
    dialogAnswers,
    ready() {
      ready = true
      resolveReady()
    },
    protocolHandler: (scheme: string) => protocolHandlers.get(scheme),
    ipcHandler: (channel: string) => ipcHandlers.get(channel),
    window: (index: number) => windows.find((window) => seenWindows.get(window) === seen.windows[index]) ?? null,
    objects: () => [
      module,
      app,
      module.protocol,
      module.ipcMain,
      module.powerMonitor,
      module.screen,
      module.session,
      defaultSession,
      webRequest,
      module.dialog,
      FakeWindow,
      Menu,
      Notification,
      ...windows,
      ...windows.map((w) => w.webContents),
    ],
    onExit: (hook) => void exitHooks.push(hook),
    preventable,
  }

  function preventable(): Preventable {
    const event = {
      defaultPrevented: false,
      preventDefault: () => void (event.defaultPrevented = true),
    }
    return event
  }
}

function answer<T>(
  path: string | null,
  chosen: (path: string) => T,
): T | { canceled: true; filePaths: []; filePath: '' } {
  return path === null ? { canceled: true, filePaths: [], filePath: '' } : chosen(path)
}
