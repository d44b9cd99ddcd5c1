import { describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../../../electron/contract'
import { APP_ORIGIN, isSameOrigin } from '../../../electron/main/app-origin'
import {
  installNavigationGuards,
  installSessionGuards,
  isAllowedRequest,
  isTrustedSender,
  mainWindowWebPreferences,
} from '../../../electron/main/security'
import { installHiddenLock, mainWindowOptions } from '../../../electron/main/window'

type Listener = (event: { preventDefault(): void; prevented?: boolean }, url: string) => void

/** A stand-in for the two WebContents methods the guards use. */
function fakeContents() {
  const listeners = new Map<string, Listener>()
  let openHandler: ((details: { url: string }) => { action: string }) | null = null
  const contents = {
    on: (name: string, listener: Listener) => listeners.set(name, listener),
    setWindowOpenHandler: (handler: typeof openHandler) => (openHandler = handler),
  }
  return {
    contents,
    fire(name: string, url = '') {
      const event = { prevented: false, preventDefault: () => (event.prevented = true) }
      listeners.get(name)?.(event, url)
      return event.prevented
    },
    open: (url: string) => openHandler?.({ url }),
  }
}

function fakeSession() {
  const recorded: {
    permissionRequest?: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void
    permissionCheck?: () => boolean
    devicePermission?: () => boolean
    beforeRequest?: (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void
    headersReceived?: (
      details: { responseHeaders?: Record<string, string[]> },
      callback: (response: { responseHeaders: Record<string, string[]> }) => void,
    ) => void
  } = {}
  const session = {
    setPermissionRequestHandler: (handler: typeof recorded.permissionRequest) => (recorded.permissionRequest = handler),
    setPermissionCheckHandler: (handler: typeof recorded.permissionCheck) => (recorded.permissionCheck = handler),
    setDevicePermissionHandler: (handler: typeof recorded.devicePermission) => (recorded.devicePermission = handler),
    webRequest: {
      onBeforeRequest: (handler: typeof recorded.beforeRequest) => (recorded.beforeRequest = handler),
      onHeadersReceived: (handler: typeof recorded.headersReceived) => (recorded.headersReceived = handler),
    },
  }
  return { session, recorded }
}

describe('window web preferences', () => {
  it('isolates and sandboxes the renderer, with no Node and no remote features', () => {
    const prefs = mainWindowWebPreferences('/app/preload/index.cjs', false)
    expect(prefs).toMatchObject({
      preload: '/app/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
      devTools: false,
    })
    expect(mainWindowOptions('/p.cjs', false).webPreferences).toEqual(mainWindowWebPreferences('/p.cjs', false))
  })
})

describe('content security policy', () => {
  it('allows only the app origin, with no inline script, eval or remote source', () => {
    const directives = Object.fromEntries(
      CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]),
    )
    expect(directives['default-src']).toEqual(["'none'"])
    expect(directives['script-src']).toEqual(["'self'"])
    expect(directives['connect-src']).toEqual(["'self'"])
    expect(directives['object-src']).toEqual(["'none'"])
    expect(directives['frame-ancestors']).toEqual(["'none'"])
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe|https?:|\*|wss?:/)
  })
})

describe('navigation guards', () => {
  it('blocks navigation and redirects to any other origin, and allows the app itself', () => {
    const fake = fakeContents()
    installNavigationGuards(fake.contents as never, APP_ORIGIN)
    expect(fake.fire('will-navigate', 'https://example.com/')).toBe(true)
    expect(fake.fire('will-navigate', 'file:///etc/passwd')).toBe(true)
    expect(fake.fire('will-navigate', 'app://evil/index.html')).toBe(true)
    expect(fake.fire('will-redirect', 'http://127.0.0.1:9/')).toBe(true)
    expect(fake.fire('will-navigate', `${APP_ORIGIN}/index.html#/home`)).toBe(false)
  })

  it('denies every new window and every webview', () => {
    const fake = fakeContents()
    installNavigationGuards(fake.contents as never, APP_ORIGIN)
    expect(fake.open('https://example.com')).toEqual({ action: 'deny' })
    expect(fake.open(`${APP_ORIGIN}/index.html`)).toEqual({ action: 'deny' })
    expect(fake.fire('will-attach-webview')).toBe(true)
  })
})

describe('session guards', () => {
  it('denies every permission request and check', () => {
    const { session, recorded } = fakeSession()
    installSessionGuards(session as never, APP_ORIGIN)
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      let granted: boolean | undefined
      recorded.permissionRequest?.({}, permission, (answer) => (granted = answer))
      expect(granted).toBe(false)
    }
    expect(recorded.permissionCheck?.()).toBe(false)
    expect(recorded.devicePermission?.()).toBe(false)
  })

  it('cancels every request that leaves the app origin', () => {
    const { session, recorded } = fakeSession()
    installSessionGuards(session as never, APP_ORIGIN)
    const cancelled = (url: string) => {
      let answer: boolean | undefined
      recorded.beforeRequest?.({ url }, (response) => (answer = response.cancel))
      return answer
    }
    expect(cancelled('https://fonts.googleapis.com/css')).toBe(true)
    expect(cancelled('http://127.0.0.1:8080/')).toBe(true)
    expect(cancelled('wss://example.com/')).toBe(true)
    expect(cancelled(`${APP_ORIGIN}/assets/index.js`)).toBe(false)
    expect(isAllowedRequest('app://mend.evil.com/x', APP_ORIGIN)).toBe(false)
  })

  it('puts the CSP on every response, replacing whatever was there', () => {
    const { session, recorded } = fakeSession()
    installSessionGuards(session as never, APP_ORIGIN)
    let headers: Record<string, string[]> = {}
    recorded.headersReceived?.(
      { responseHeaders: { 'Content-Type': ['text/html'] } },
      (r) => (headers = r.responseHeaders),
    )
    expect(headers['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY])
    expect(headers['Content-Type']).toEqual(['text/html'])
  })
})

describe('IPC sender validation', () => {
  const mainFrame = { url: `${APP_ORIGIN}/index.html` }
  it('accepts only our own top frame on our origin', () => {
    expect(isTrustedSender({ senderFrame: mainFrame, sender: { mainFrame } }, APP_ORIGIN)).toBe(true)
  })
  it('refuses a subframe, a foreign origin, or a destroyed frame', () => {
    const child = { url: `${APP_ORIGIN}/index.html` }
    expect(isTrustedSender({ senderFrame: child, sender: { mainFrame } }, APP_ORIGIN)).toBe(false)
    const foreign = { url: 'https://example.com/' }
    expect(isTrustedSender({ senderFrame: foreign, sender: { mainFrame: foreign } }, APP_ORIGIN)).toBe(false)
    expect(isTrustedSender({ senderFrame: null, sender: { mainFrame } }, APP_ORIGIN)).toBe(false)
  })
  it('compares scheme and host exactly', () => {
    expect(isSameOrigin('app://mend/x', APP_ORIGIN)).toBe(true)
    expect(isSameOrigin('app://mend.evil/x', APP_ORIGIN)).toBe(false)
    expect(isSameOrigin('app://user@mend/x', APP_ORIGIN)).toBe(false)
    expect(isSameOrigin('http://mend/x', APP_ORIGIN)).toBe(false)
    expect(isSameOrigin('not a url', APP_ORIGIN)).toBe(false)
  })
})

describe('lock when hidden', () => {
  it('locks on hide and minimize only when the setting asks for it', () => {
    const handlers = new Map<string, () => void>()
    const window = { on: (name: string, handler: () => void) => handlers.set(name, handler) }
    let wanted = false
    let locks = 0
    installHiddenLock(
      window as never,
      () => wanted,
      () => locks++,
    )
    handlers.get('hide')?.()
    handlers.get('minimize')?.()
    expect(locks).toBe(0)
    wanted = true
    handlers.get('hide')?.()
    handlers.get('minimize')?.()
    expect(locks).toBe(2)
  })
})
