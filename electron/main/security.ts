import type { Session, WebContents, WebPreferences } from 'electron'
import { CONTENT_SECURITY_POLICY } from '../contract'
import { isSameOrigin } from './app-origin'

/**
 * The hardening of the renderer, as small factory functions over the few Electron objects they
 * touch, so tests can call them with fakes (Electron cannot run on CI).
 */

export function mainWindowWebPreferences(preloadPath: string, allowDevTools: boolean): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    // Chromium's spellchecker downloads dictionaries from Google's servers: no network, ever.
    spellcheck: false,
    // Electronegativity's AUXCLICK advice: no middle-click event for links. What really stops a
    // middle click opening a window is the window-open handler, which denies every one.
    disableBlinkFeatures: 'Auxclick',
    devTools: allowDevTools,
  }
}

type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>

/** No navigation away from the app, no new windows, no webviews. */
export function installNavigationGuards(contents: GuardedContents, appOrigin: string): void {
  const stayHome = (event: { preventDefault(): void }, url: string) => {
    if (!isSameOrigin(url, appOrigin)) event.preventDefault()
  }
  contents.on('will-navigate', stayHome)
  contents.on('will-redirect', stayHome)
  // will-navigate covers the main frame only; a subframe (which the CSP already forbids) too.
  contents.on('will-frame-navigate', (event) => stayHome(event, event.url))
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
}

type GuardedSession = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'
> & {
  webRequest: Pick<Session['webRequest'], 'onBeforeRequest' | 'onHeadersReceived'>
}

/** URLs the renderer may load at all; everything else (any network) is cancelled. */
export function isAllowedRequest(url: string, appOrigin: string): boolean {
  if (isSameOrigin(url, appOrigin) || url.startsWith('devtools://') || url.startsWith('data:')) return true
  const socketOrigin = websocketTwin(appOrigin)
  return socketOrigin !== null && isSameOrigin(url, socketOrigin)
}

/**
 * The development server (an http origin) keeps its hot-reload socket on the same host and port.
 * The packaged app's origin is app://mend, which has no twin: no socket is ever allowed there.
 */
function websocketTwin(origin: string): string | null {
  if (origin.startsWith('http://')) return `ws://${origin.slice('http://'.length)}`
  if (origin.startsWith('https://')) return `wss://${origin.slice('https://'.length)}`
  return null
}

/**
 * Denies every permission (camera, notifications, geolocation, USB/HID/serial devices...),
 * cancels every request that leaves the app's origin, and puts the CSP on every response.
 */
export function installSessionGuards(session: GuardedSession, appOrigin: string, csp = CONTENT_SECURITY_POLICY): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  // Without this, a device once chosen in a picker would stay granted for the session.
  session.setDevicePermissionHandler(() => false)
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, appOrigin) })
  })
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [csp] } })
  })
}

/** Minimal view of an IPC event: who sent it. */
export interface SenderInfo {
  senderFrame: { url: string } | null
  sender: { mainFrame: unknown }
}

/** Only our own top frame, loaded from our origin, may call the API. */
export function isTrustedSender(event: SenderInfo, appOrigin: string): boolean {
  const frame = event.senderFrame
  if (!frame) return false
  if (frame !== event.sender.mainFrame) return false
  return isSameOrigin(frame.url, appOrigin)
}
