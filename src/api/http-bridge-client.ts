import {
  BRIDGE_TOKEN_FRAGMENT,
  BRIDGE_TOKEN_HEADER,
  type MendBridge,
  type MendEvent,
  type Result,
} from '../../electron/contract'
import { parseWithBytes, stringifyWithBytes } from '../../electron/contract/binary-json'
import { messages } from '../messages'

/** Where this tab keeps the bridge's token: per origin (so per port) and per tab, never on disk as a cookie. */
const TOKEN_KEY = 'mend-bridge-token'
const RECONNECT_MS = 1_000

type BrowserWindow = Pick<Window, 'location' | 'history' | 'sessionStorage'>

/**
 * The bridge prints a link whose fragment holds its token (#mend-bridge=...). Keeps the token for
 * this tab and puts the app's own first route in its place, before the router reads the URL, so
 * the token never shows in the address bar, the history or a screenshot.
 */
export function takeBridgeToken(page: BrowserWindow): void {
  const prefix = `#${BRIDGE_TOKEN_FRAGMENT}=`
  if (!page.location.hash.startsWith(prefix)) return
  page.sessionStorage.setItem(TOKEN_KEY, page.location.hash.slice(prefix.length))
  page.history.replaceState(null, '', `${page.location.pathname}#/`)
}

function tokenHeader(storage: Storage): Record<string, string> {
  return { [BRIDGE_TOKEN_HEADER]: storage.getItem(TOKEN_KEY) ?? '' }
}

/** Reads server-sent events from a streamed response (fetch, unlike EventSource, can send the header). */
async function readEvents(response: Response, deliver: (data: string) => void): Promise<void> {
  if (!response.body) return
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader()
  let buffer = ''
  for (;;) {
    const { value, done } = await reader.read()
    if (done) return
    buffer += value
    for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
      const block = buffer.slice(0, end)
      buffer = buffer.slice(end + 2)
      for (const line of block.split('\n')) if (line.startsWith('data: ')) deliver(line.slice(6))
    }
  }
}

/** Reads main's events until aborted; like EventSource, a dropped stream is opened again. */
function openEventStream(storage: Storage, deliver: (event: MendEvent) => void): AbortController {
  const stop = new AbortController()
  const onData = (data: string) => {
    // From our own main process; the renderer bundle stays free of the schema library.
    const event = JSON.parse(data) as MendEvent
    if (typeof event === 'object' && event !== null && typeof event.type === 'string') deliver(event)
  }
  void (async () => {
    while (!stop.signal.aborted) {
      try {
        const response = await fetch('/events', { headers: tokenHeader(storage), signal: stop.signal })
        await readEvents(response, onData)
      } catch {
        // The bridge went away (a restart) or the stream was stopped: try again, or end.
      }
      if (!stop.signal.aborted) await new Promise((resolve) => setTimeout(resolve, RECONNECT_MS))
    }
  })()
  return stop
}

/**
 * The preload object's twin over the loopback test bridge (HTTP for calls, a stream of server-sent
 * events for main's events). Used only when the page runs in a plain browser, never in the app.
 */
export function createHttpBridgeClient(storage: Storage = sessionStorage): MendBridge {
  // One stream for every listener: a browser keeps at most six connections to one server, and
  // each stream holds one open for as long as the page lives.
  const listeners = new Set<(event: MendEvent) => void>()
  let stream: AbortController | null = null
  return {
    async invoke(procedure, input) {
      try {
        const response = await fetch('/rpc', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', ...tokenHeader(storage) },
          body: stringifyWithBytes({ procedure, input }),
        })
        if (!response.ok) throw new Error(`bridge answered ${response.status}`)
        return parseWithBytes(await response.text()) as Result<unknown>
      } catch {
        return { ok: false, error: { code: 'IO', message: messages.notices.bridgeUnreachable } }
      }
    },
    onEvent(listener) {
      listeners.add(listener)
      // Each in its own task: one listener that throws does not keep the event from the others.
      stream ??= openEventStream(storage, (event) => listeners.forEach((each) => queueMicrotask(() => each(event))))
      return () => {
        listeners.delete(listener)
        if (listeners.size > 0) return
        stream?.abort()
        stream = null
      }
    },
  }
}
