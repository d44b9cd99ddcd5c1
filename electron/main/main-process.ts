import { join } from 'node:path'
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  Notification,
  powerMonitor,
  protocol,
  screen,
  session,
} from 'electron'
import { z } from 'zod'
import { CONTENT_SECURITY_POLICY, Reminder, type MenuCommand } from '../contract'
// Only what the shell itself needs from below: never the core's index, which would bundle the journal into main.
import { consoleLogger, systemTimeZone } from '../core/ports'
import { startCoreHost, type CoreHost } from '../core-host'
import type { CoreWorkerHandle } from '../core-host/core-host'
import type { HostDialogs } from '../ipc/host'
import { aboutPanelOptions } from './about'
import { appMenuTemplate } from './app-menu'
import { APP_ORIGIN, APP_SCHEME } from './app-origin'
import { createAppProtocolHandler } from './app-protocol'
import { electronDialogs } from './dialogs'
import { attachIpcTransport } from './ipc-transport'
import { lockBeforeQuit } from './lock-before-quit'
import { createLockedReminders, startReminderNotifier } from './reminder-notifier'
import { installNavigationGuards, installSessionGuards } from './security'
import { backupFileFromArgs, createOpenedBackupInbox, secondInstanceHandler } from './single-instance'
import { refreshSystemTimeZone } from './time-zone'
import { bringToFront, installHiddenLock, mainWindowOptions, showWhenReady } from './window'
import { loadWindowState, saveWindowState, trackWindowState, WINDOW_STATE_FILE, type Displays } from './window-state'

// The composition root: the only file that touches Electron's live objects. The journal itself
// lives in the core's worker thread (electron/core-host): nothing here waits on journal work.
// The app starts it from index.ts; a test build (electron/main/testing) starts the same with its
// own core worker and dialogs, and is never what `npm run build` makes.

export interface MainProcessOptions {
  /** How the core's worker thread starts on the journal in `directory`. */
  spawnCore(directory: string): (flags: SharedArrayBuffer) => CoreWorkerHandle
  /** The file dialogs the core asks for; Electron's own unless a test build answers them. */
  dialogs?(system: HostDialogs): HostDialogs
  /** Runs once the core host is up, before the window opens (test builds reach in here). */
  onCoreStarted?(started: { host: CoreHost; offerOpenedBackup(path: string): void }): void
}

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

let mainWindow: BrowserWindow | null = null
let core: CoreHost | null = null
/** The times of the next reminders, without text, in this process's memory only (issue 23). */
const lockedReminders = createLockedReminders()
/**
 * A .mendbackup file Mend was opened with (file association), kept until the window takes it
 * through backup.takeOpenedFile (electron/ipc/handlers/backup.handlers.ts) and offers a restore.
 */
const openedBackup = createOpenedBackupInbox()

/** Keeps the file and tells an open window; a window still to come asks for it when it starts. */
function offerOpenedBackup(path: string): void {
  openedBackup.offer(path)
  if (mainWindow) core?.emit({ type: 'backup.fileOpened' })
}

const DueReminders = z.array(Reminder)

function displaysNow(): Displays {
  return { primary: screen.getPrimaryDisplay().workArea, all: screen.getAllDisplays().map((d) => d.workArea) }
}

function createWindow(): void {
  const statePath = join(app.getPath('userData'), WINDOW_STATE_FILE)
  const state = loadWindowState(statePath, displaysNow())
  mainWindow = new BrowserWindow(mainWindowOptions(join(__dirname, '../preload/index.cjs'), !app.isPackaged, state))
  showWhenReady(mainWindow, state.maximized)
  trackWindowState(
    mainWindow,
    (next) => saveWindowState(statePath, next),
    (error) => consoleLogger.error('remembering the window position failed', error),
  )
  mainWindow.on('closed', () => {
    mainWindow = null
    // On macOS the app lives on without a window: nothing may stay unlocked behind it.
    core?.lock('shutdown')
  })
  installHiddenLock(
    mainWindow,
    () => core?.state.lockWhenHidden ?? false,
    () => core?.lock('hidden'),
  )
  void mainWindow.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`)
}

/**
 * The menu's Mend actions run in the window, as its own buttons do: locking there first saves
 * what is being typed. With no window (macOS keeps the app running without one) the command
 * opens the window instead, which starts locked.
 */
function sendMenuCommand(command: MenuCommand): void {
  if (!mainWindow) createWindow()
  else core?.emit({ type: 'menu.command', command })
}

/** Runs the app: called once, from the entry file, before Electron is ready. */
export function startMainProcess(options: MainProcessOptions): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ])
  app.enableSandbox()
  // The vault belongs to one process: a second launch hands over to the first and quits.
  if (!app.requestSingleInstanceLock()) app.quit()
  else start(options)
}

function start(options: MainProcessOptions): void {
  app.on('web-contents-created', (_event, contents) => installNavigationGuards(contents, rendererOrigin))

  const backupAtLaunch = backupFileFromArgs(process.argv.slice(1), process.cwd())
  if (backupAtLaunch) openedBackup.offer(backupAtLaunch)

  const onSecondInstance = secondInstanceHandler({
    window: () => mainWindow,
    // Before ready, the window that whenReady opens is the one to come forward.
    createWindow: () => {
      if (app.isReady()) createWindow()
    },
    openBackup: offerOpenedBackup,
  })
  app.on('second-instance', (_event, argv, workingDirectory) => onSecondInstance(argv, workingDirectory))

  // macOS opens associated files through this event, not the command line, and may send it
  // before the app is ready (a launch by double-click).
  app.on('open-file', (event, path) => {
    if (!path.toLowerCase().endsWith('.mendbackup')) return
    event.preventDefault()
    offerOpenedBackup(path)
    if (mainWindow) bringToFront(mainWindow)
    else if (app.isReady()) createWindow()
  })

  void app.whenReady().then(() => {
    app.setAboutPanelOptions(
      aboutPanelOptions({ version: app.getVersion(), platform: process.platform, year: new Date().getFullYear() }),
    )
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        appMenuTemplate({
          platform: process.platform,
          isPackaged: app.isPackaged,
          send: sendMenuCommand,
          showAbout: () => app.showAboutPanel(),
        }),
      ),
    )
    // MEND_VAULT_DIR: the command line and the Playwright Electron target point at a chosen vault.
    const directory = process.env['MEND_VAULT_DIR'] ?? join(app.getPath('userData'), 'vault')
    const host = startCoreHost({
      spawn: options.spawnCore(directory),
      services: {
        dialogs: (options.dialogs ?? ((system) => system))(
          electronDialogs(dialog, () => mainWindow, app.getPath('documents')),
        ),
        takeBackupFile: () => openedBackup.take(),
      },
      logger: consoleLogger,
      onReminderSchedule: (schedule) => lockedReminders.update(schedule),
    })
    core = host
    options.onCoreStarted?.({ host, offerOpenedBackup })
    installSessionGuards(session.defaultSession, rendererOrigin, csp)
    protocol.handle(APP_SCHEME, createAppProtocolHandler(join(__dirname, '../renderer')))
    attachIpcTransport({
      ipcMain,
      core: host,
      appOrigin: rendererOrigin,
      sendEvent: (channel, payload) => mainWindow?.webContents.send(channel, payload),
    })
    const lockFor = (reason: 'suspend' | 'screen-lock') => () => host.lock(reason)
    powerMonitor.on('suspend', lockFor('suspend'))
    powerMonitor.on('lock-screen', lockFor('screen-lock'))
    // A machine that slept may wake in another zone.
    powerMonitor.on('resume', () => refreshSystemTimeZone())
    startReminderNotifier({
      take: async () => {
        const due = await host.call('takeDueNotifications')
        return due.ok ? DueReminders.parse(due.value) : []
      },
      beforeCheck: () => refreshSystemTimeZone(),
      whileLocked: {
        isLocked: () => !host.state.unlocked,
        reminders: lockedReminders,
        confirmRaised: (keys) => host.remindersRaised(keys),
        timeZone: systemTimeZone,
      },
      show: ({ title, body }) => {
        if (!Notification.isSupported()) return
        const notification = new Notification({ title, body, silent: false })
        notification.on('click', () => {
          if (!mainWindow) createWindow()
          else bringToFront(mainWindow)
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

  // Close the database and wipe the key (in the core's thread) before the process goes away.
  lockBeforeQuit(app, () => core?.stop() ?? Promise.resolve())

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
}
