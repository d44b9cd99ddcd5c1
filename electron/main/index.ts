import { join } from 'node:path'
import { app, BrowserWindow, dialog, ipcMain, Notification, powerMonitor, protocol, session } from 'electron'
import { CONTENT_SECURITY_POLICY } from '../contract'
import { consoleLogger } from '../core'
import { createAppApi, type AppApi } from '../ipc'
import { APP_ORIGIN, APP_SCHEME } from './app-origin'
import { createAppProtocolHandler } from './app-protocol'
import { electronDialogs } from './dialogs'
import { attachIpcTransport } from './ipc-transport'
import { startReminderNotifier } from './reminder-notifier'
import { installNavigationGuards, installSessionGuards } from './security'
import { installHiddenLock, mainWindowOptions, showWhenReady } from './window'

// The composition root: the only file that touches Electron's live objects.

const devServerUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined
const rendererOrigin = devServerUrl ? new URL(devServerUrl).origin : APP_ORIGIN
// Vite's dev server injects styles and talks to its HMR socket; the packaged app never sees this.
// (Edited in place: a second connect-src directive would be ignored by the browser.)
const csp = devServerUrl
  ? CONTENT_SECURITY_POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'").replace(
      "connect-src 'self'",
      `connect-src 'self' ws://${new URL(devServerUrl).host}`,
    )
  : CONTENT_SECURITY_POLICY

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
])
app.enableSandbox()

if (!app.requestSingleInstanceLock()) app.quit()

let mainWindow: BrowserWindow | null = null
let api: AppApi | null = null

function createWindow(): void {
  mainWindow = new BrowserWindow(mainWindowOptions(join(__dirname, '../preload/index.cjs'), !app.isPackaged))
  showWhenReady(mainWindow)
  mainWindow.on('closed', () => {
    mainWindow = null
    // On macOS the app lives on without a window: nothing may stay unlocked behind it.
    void api?.lock('shutdown')
  })
  installHiddenLock(
    mainWindow,
    () => api?.settings()?.lockWhenHidden ?? false,
    () => void api?.lock('hidden'),
  )
  void mainWindow.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`)
}

app.on('web-contents-created', (_event, contents) => installNavigationGuards(contents, rendererOrigin))

app.on('second-instance', () => {
  if (mainWindow?.isMinimized()) mainWindow.restore()
  mainWindow?.focus()
})

void app.whenReady().then(() => {
  // MEND_VAULT_DIR: the command line and the Playwright Electron target point at a chosen vault.
  const directory = process.env['MEND_VAULT_DIR'] ?? join(app.getPath('userData'), 'vault')
  api = createAppApi({
    directory,
    logger: consoleLogger,
    dialogs: electronDialogs(dialog, () => mainWindow, app.getPath('documents')),
  })
  installSessionGuards(session.defaultSession, rendererOrigin, csp)
  protocol.handle(APP_SCHEME, createAppProtocolHandler(join(__dirname, '../renderer')))
  attachIpcTransport({
    ipcMain,
    api,
    appOrigin: rendererOrigin,
    sendEvent: (channel, payload) => mainWindow?.webContents.send(channel, payload),
  })
  const lockFor = (reason: 'suspend' | 'screen-lock') => () => void api?.lock(reason)
  powerMonitor.on('suspend', lockFor('suspend'))
  powerMonitor.on('lock-screen', lockFor('screen-lock'))
  startReminderNotifier({
    take: () => api?.takeDueNotifications() ?? [],
    show: ({ title, body }) => {
      if (!Notification.isSupported()) return
      const notification = new Notification({ title, body, silent: false })
      notification.on('click', () => {
        if (!mainWindow) createWindow()
        else if (mainWindow.isMinimized()) mainWindow.restore()
        mainWindow?.focus()
      })
      notification.show()
    },
    onError: (error) => consoleLogger.error('showing a reminder failed', error),
  })
  createWindow()
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow()
  })
})

// Close the database and wipe the key before the process goes away.
app.on('before-quit', () => api?.vault.lockNow())

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit()
})
