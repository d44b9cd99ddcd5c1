import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../../../electron/contract'
import { APP_ORIGIN } from '../../../electron/main/app-origin'
import { installNavigationGuards, installSessionGuards, isAllowedRequest } from '../../../electron/main/security'

/**
 * Issue 9, "Network" (main-process side): whatever the page asks for, main denies permissions,
 * navigation, new windows and every request that would leave the app. Electron cannot run here,
 * so the guards are driven through the same factory functions main calls, with stand-ins.
 */

/** Every permission kind Electron names, read from the installed Electron's own typings. */
function electronPermissionKinds(): string[] {
  const typings = readFileSync(createRequire(__filename).resolve('electron/electron.d.ts'), 'utf8')
  const signature =
    /setPermissionRequestHandler\(handler: \(\(webContents: WebContents, permission: ([^,]+), callback/.exec(
      typings,
    )?.[1]
  return [...(signature ?? '').matchAll(/'([^']+)'/g)].map((match) => match[1] ?? '')
}

type Handler = (...args: never[]) => unknown

/** A stand-in session that keeps whatever handlers the guards install. */
function guardedSession() {
  const handlers = new Map<string, Handler>()
  const keep = (name: string) => (handler: Handler) => void handlers.set(name, handler)
  installSessionGuards(
    {
      setPermissionRequestHandler: keep('request'),
      setPermissionCheckHandler: keep('check'),
      setDevicePermissionHandler: keep('device'),
      webRequest: { onBeforeRequest: keep('beforeRequest'), onHeadersReceived: keep('headers') },
    } as never,
    APP_ORIGIN,
  )
  const call = (name: string, ...args: unknown[]) => (handlers.get(name) as (...a: unknown[]) => unknown)(...args)
  return {
    requestGranted(permission: string): boolean | undefined {
      let granted: boolean | undefined
      call('request', {}, permission, (answer: boolean) => (granted = answer), { requestingUrl: `${APP_ORIGIN}/` })
      return granted
    },
    checkGranted: (permission: string) => call('check', null, permission, APP_ORIGIN, { isMainFrame: true }),
    deviceGranted: (deviceType: string) => call('device', { deviceType, origin: APP_ORIGIN, device: {} }),
    cancelled(url: string): boolean | undefined {
      let cancel: boolean | undefined
      call('beforeRequest', { url, method: 'GET', resourceType: 'xhr' }, (answer: { cancel: boolean }) => {
        cancel = answer.cancel
      })
      return cancel
    },
  }
}

/** A stand-in WebContents recording the navigation listeners and the window-open handler. */
function guardedContents(appOrigin = APP_ORIGIN) {
  const listeners = new Map<string, (event: unknown, url?: string) => void>()
  let openHandler: (details: { url: string }) => { action: string } = () => ({ action: 'allow' })
  installNavigationGuards(
    {
      on: (name: string, listener: (event: unknown, url?: string) => void) => listeners.set(name, listener),
      setWindowOpenHandler: (handler: typeof openHandler) => (openHandler = handler),
    } as never,
    appOrigin,
  )
  /** True when the guard stopped the navigation. */
  const blocked = (name: string, url: string): boolean => {
    const listener = listeners.get(name)
    if (!listener) throw new Error(`no ${name} guard installed`)
    let prevented = false
    // Electron passes the URL inside the event (will-frame-navigate) and, for the older events, beside it too.
    listener({ url, isMainFrame: true, preventDefault: () => (prevented = true) }, url)
    return prevented
  }
  return { blocked, open: (url: string) => openHandler({ url }).action }
}

/** Places a page may try to go: other origins, other schemes, look-alikes of our own origin. */
const FOREIGN_URLS = [
  'http://example.com/',
  'https://example.com/login',
  'http://127.0.0.1:5173/',
  'http://localhost/',
  'https://[::1]:8443/',
  'file:///etc/passwd',
  'file:///C:/Windows/System32/',
  'data:text/html,<script>alert(1)</script>',
  'javascript:alert(document.domain)',
  'ws://example.com/socket',
  'wss://example.com/socket',
  'ftp://example.com/file',
  'mailto:someone@example.com',
  'blob:https://example.com/7f1c',
  'chrome://settings',
  'about:blank',
  'mend://open',
  'vscode://file/etc/passwd',
  'app://evil/index.html',
  'app://mend.evil.com/index.html',
  'app://mend:8080/index.html',
  'app://user@mend/index.html',
  'app://user:secret@mend/index.html',
  'APP://MEND.EVIL/index.html',
  '//evil.example/x',
  'not a url',
  '',
]

const OWN_URLS = [`${APP_ORIGIN}/index.html`, `${APP_ORIGIN}/index.html#/journal`, `${APP_ORIGIN}/assets/index-abc.js`]

describe('permissions', () => {
  it('denies a request and a check of every kind Electron knows, even from our own origin', () => {
    const kinds = electronPermissionKinds()
    // Guards against the typings' shape changing and this list silently shrinking to nothing.
    expect(kinds.length).toBeGreaterThanOrEqual(40)
    expect(kinds).toEqual(expect.arrayContaining(['media', 'geolocation', 'notifications', 'openExternal', 'usb']))
    const session = guardedSession()
    const granted = [...kinds, 'some-future-permission'].filter(
      (kind) => session.requestGranted(kind) !== false || session.checkGranted(kind) !== false,
    )
    console.info(`permissions: ${kinds.length + 1 - granted.length} of ${kinds.length + 1} kinds denied`)
    expect(granted).toEqual([])
  })

  it('denies HID, USB and serial devices even after a picker', () => {
    const session = guardedSession()
    for (const deviceType of ['hid', 'usb', 'serial']) expect(session.deviceGranted(deviceType), deviceType).toBe(false)
  })
})

describe('navigation and new windows', () => {
  it('blocks every navigation, redirect and frame navigation away from the app', () => {
    const contents = guardedContents()
    const leaks = FOREIGN_URLS.flatMap((url) =>
      ['will-navigate', 'will-redirect', 'will-frame-navigate']
        .filter((event) => !contents.blocked(event, url))
        .map((event) => `${event} ${url}`),
    )
    console.info(
      `navigation: ${FOREIGN_URLS.length * 3 - leaks.length} of ${FOREIGN_URLS.length * 3} foreign attempts blocked`,
    )
    expect(leaks).toEqual([])
  })

  it('lets the app move between its own pages', () => {
    const contents = guardedContents()
    for (const url of OWN_URLS) {
      for (const event of ['will-navigate', 'will-redirect', 'will-frame-navigate']) {
        expect(contents.blocked(event, url), `${event} ${url}`).toBe(false)
      }
    }
  })

  it('denies every new window, the app’s own pages included', () => {
    const contents = guardedContents()
    for (const url of [...FOREIGN_URLS, ...OWN_URLS]) expect(contents.open(url), url).toBe('deny')
  })
})

describe('requests (webRequest)', () => {
  const REMOTE_REQUESTS = [
    ...['http', 'https', 'ws', 'wss', 'ftp'].flatMap((scheme) => [
      `${scheme}://example.com/`,
      `${scheme}://localhost/`,
      `${scheme}://localhost:5173/`,
      `${scheme}://127.0.0.1:9/`,
      `${scheme}://[::1]:8080/`,
      `${scheme}://0.0.0.0/`,
      `${scheme}://mend/`,
    ]),
    'https://fonts.googleapis.com/css2?family=Inter',
    'http://169.254.169.254/latest/meta-data/',
    'file:///etc/passwd',
    'blob:https://example.com/7f1c',
    'app://evil/x.js',
    'app://mend.evil.com/x.js',
    'app://mend:1/x.js',
    'app://user@mend/x.js',
    'devtools-evil://x',
    'chrome-extension://abcdef/script.js',
  ]

  it('cancels every request that would leave the app, to localhost on any port too', () => {
    const session = guardedSession()
    const allowed = REMOTE_REQUESTS.filter((url) => session.cancelled(url) !== true)
    console.info(
      `webRequest: ${REMOTE_REQUESTS.length - allowed.length} of ${REMOTE_REQUESTS.length} outside requests cancelled`,
    )
    expect(allowed).toEqual([])
  })

  it('lets the app load its own files, inline images and (with devTools) the inspector', () => {
    const session = guardedSession()
    for (const url of [
      ...OWN_URLS,
      'data:image/png;base64,iVBORw0KGgo=',
      'devtools://devtools/bundled/inspector.html',
    ]) {
      expect(session.cancelled(url), url).toBe(false)
    }
  })

  it('allows the development server’s own hot-reload socket and nothing beside it', () => {
    const dev = 'http://localhost:5173'
    expect(isAllowedRequest(`${dev}/src/main.ts`, dev)).toBe(true)
    expect(isAllowedRequest('ws://localhost:5173/?token=x', dev)).toBe(true)
    for (const url of ['ws://localhost:5174/', 'wss://localhost:5173/', 'ws://127.0.0.1:5173/', 'ws://example.com/']) {
      expect(isAllowedRequest(url, dev), url).toBe(false)
    }
    // The packaged app's origin has no socket twin at all.
    expect(isAllowedRequest('ws://mend/', APP_ORIGIN)).toBe(false)
  })
})

/** The Content-Security-Policy as a map of directive -> sources. */
function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>()
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/)
    if (!name) throw new Error('empty directive')
    if (directives.has(name)) throw new Error(`duplicate directive ${name}`)
    directives.set(name.toLowerCase(), sources)
  }
  return directives
}

/** CSP Level 3 fallbacks: which list a fetch directive really uses when it is not written. */
const FALLBACKS: Record<string, string[]> = {
  'script-src': ['default-src'],
  'script-src-elem': ['script-src', 'default-src'],
  'script-src-attr': ['script-src', 'default-src'],
  'style-src': ['default-src'],
  'style-src-elem': ['style-src', 'default-src'],
  'style-src-attr': ['style-src', 'default-src'],
  'img-src': ['default-src'],
  'font-src': ['default-src'],
  'connect-src': ['default-src'],
  'media-src': ['default-src'],
  'object-src': ['default-src'],
  'manifest-src': ['default-src'],
  'child-src': ['default-src'],
  'frame-src': ['child-src', 'default-src'],
  'worker-src': ['child-src', 'script-src', 'default-src'],
}

function effectiveSources(directives: Map<string, string[]>, name: string): string[] {
  for (const candidate of [name, ...(FALLBACKS[name] ?? [])]) {
    const sources = directives.get(candidate)
    if (sources) return sources
  }
  return ['*'] // no default-src at all: the browser allows everything
}

describe('content security policy', () => {
  const directives = parsePolicy(CONTENT_SECURITY_POLICY)

  it('restricts every fetch directive to the app itself, with no remote source', () => {
    expect(directives.get('default-src')).toEqual(["'none'"])
    const offending = Object.keys(FALLBACKS).flatMap((name) =>
      effectiveSources(directives, name)
        .filter(
          (source) =>
            !["'self'", "'none'"].includes(source) &&
            !(name === 'img-src' && (source === 'data:' || source === 'blob:')),
        )
        .map((source) => `${name} ${source}`),
    )
    console.info(
      `CSP: ${Object.keys(FALLBACKS).length} fetch directives checked, ${offending.length} remote or wildcard sources`,
    )
    expect(offending).toEqual([])
  })

  it('runs no inline script, no eval and no WebAssembly compiled from strings', () => {
    for (const name of ['script-src', 'script-src-elem', 'script-src-attr', 'worker-src']) {
      const sources = effectiveSources(directives, name)
      for (const unsafe of [
        "'unsafe-inline'",
        "'unsafe-eval'",
        "'wasm-unsafe-eval'",
        "'unsafe-hashes'",
        "'strict-dynamic'",
      ]) {
        expect(sources, `${name} ${unsafe}`).not.toContain(unsafe)
      }
    }
    // blob: only where photos are shown: images, never scripts, workers, frames or connections.
    const withoutImages = CONTENT_SECURITY_POLICY.replace(/img-src [^;]*/, '')
    expect(withoutImages).not.toMatch(/unsafe|\*|https?:|wss?:|ftp:|blob:|filesystem:/i)
    expect(directives.get('img-src')).toEqual(["'self'", 'data:', 'blob:'])
  })

  it('talks to nothing but the app, embeds nothing and posts nowhere', () => {
    expect(directives.get('connect-src')).toEqual(["'self'"])
    expect(effectiveSources(directives, 'frame-src')).toEqual(["'none'"])
    expect(directives.get('object-src')).toEqual(["'none'"])
    expect(directives.get('base-uri')).toEqual(["'none'"])
    expect(directives.get('form-action')).toEqual(["'none'"])
    expect(directives.get('frame-ancestors')).toEqual(["'none'"])
  })
})
