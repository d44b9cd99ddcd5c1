import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { randomBytes, timingSafeEqual } from 'node:crypto'
import type { AddressInfo } from 'node:net'
import {
  BRIDGE_TOKEN_FRAGMENT,
  BRIDGE_TOKEN_HEADER,
  CONTENT_SECURITY_POLICY,
  type MendEvent,
  type Result,
} from '../../contract'
import { parseWithBytes, stringifyWithBytes } from '../../contract/binary-json'
import type { AppApi } from '../app-api'
import { readStaticFile } from './static-files'

/**
 * The browser bridge: the same API over HTTP on 127.0.0.1, for Playwright and for a development
 * preview of the UI in any Chromium. Never started by the packaged app.
 *
 * Guarded against other local pages (another port of 127.0.0.1 is the same site, not the same
 * origin) and DNS rebinding:
 * - the Host must be ours;
 * - every request must come from our own origin or be typed by the person (Sec-Fetch-Site
 *   same-origin or none; a browser always sends it, so a page elsewhere cannot leave it out), and
 *   a POST must carry our Origin;
 * - calls and events need the per-run token, which the page gets in the URL's fragment (never
 *   sent to a server, kept by the page for its tab only) and sends back in a header. No cookie:
 *   a cookie for 127.0.0.1 would go with requests to every other port of it too.
 */
export interface HttpBridge {
  /** Open this URL once: its fragment gives the page the token. */
  url: string
  origin: string
  close(): Promise<void>
}

/** What the bridge serves: the core host (or, in tests, an in-process API). */
export interface BridgeCore {
  invoke(procedure: unknown, input: unknown): Promise<Result<unknown>>
  subscribe(listener: (event: MendEvent) => void): () => void
}

/** An API in this thread, served as the core host would serve it (tests that need no worker thread). */
export function inProcessCore(api: Pick<AppApi, 'router' | 'events'>): BridgeCore {
  return {
    invoke: (procedure, input) => api.router.dispatch(procedure, input),
    subscribe: (listener) => api.events.subscribe(listener),
  }
}

// Large enough that oversized fields (a photo over the limit, in base64) reach validation and get a proper INVALID_INPUT.
const MAX_BODY_BYTES = 64 * 1024 * 1024

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name]
  return Array.isArray(value) ? value[0] : value
}

function readBody(request: IncomingMessage): Promise<string | null> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    // Past the limit, keep draining (without storing) so the client still receives its answer.
    request.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size <= MAX_BODY_BYTES) chunks.push(chunk)
      else chunks.length = 0
    })
    request.on('end', () => resolveBody(size > MAX_BODY_BYTES ? null : Buffer.concat(chunks).toString('utf8')))
    request.on('error', reject)
  })
}

function send(response: ServerResponse, status: number, body: string | Buffer, contentType: string): void {
  response.writeHead(status, {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
    'Referrer-Policy': 'no-referrer',
  })
  response.end(body)
}

function parseRequest(text: string): { procedure?: unknown; input?: unknown } | null {
  try {
    const message: unknown = parseWithBytes(text)
    return typeof message === 'object' && message !== null
      ? (message as { procedure?: unknown; input?: unknown })
      : null
  } catch {
    return null
  }
}

async function handleInvoke(core: BridgeCore, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const text = await readBody(request)
  const message = text === null ? null : parseRequest(text)
  let reply: Result<unknown>
  if (text === null) reply = { ok: false, error: { code: 'INVALID_INPUT', message: 'The request is too large.' } }
  else if (!message) reply = { ok: false, error: { code: 'INVALID_INPUT', message: 'The request is not valid JSON.' } }
  else reply = await core.invoke(message.procedure, message.input)
  send(response, 200, stringifyWithBytes(reply), 'application/json')
}

function handleEvents(core: BridgeCore, response: ServerResponse): void {
  response.writeHead(200, {
    'Content-Type': 'text/event-stream',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
  })
  response.write(': connected\n\n')
  const unsubscribe = core.subscribe((event) => response.write(`data: ${JSON.stringify(event)}\n\n`))
  response.on('close', unsubscribe)
}

/**
 * Whether a request may be answered at all: from a page of our own origin, or a navigation the
 * person made (typed, bookmarked, opened by the test runner). Tools that send no Sec-Fetch-Site
 * header are not browsers, so no web page can be behind them.
 */
function fromOurOrigin(request: IncomingMessage, origin: string): boolean {
  const site = header(request, 'sec-fetch-site')
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return false
  const from = header(request, 'origin')
  return from === undefined || from === origin
}

export async function startHttpBridge(options: {
  core: BridgeCore
  staticDir: string
  port?: number
}): Promise<HttpBridge> {
  const token = randomBytes(24).toString('hex')
  let origin = ''

  const server = createServer((request, response) => {
    let url: URL
    try {
      url = new URL(request.url ?? '/', origin)
    } catch {
      return send(response, 400, 'Bad request', 'text/plain')
    }
    if (request.headers.host !== new URL(origin).host) return send(response, 421, 'Wrong host', 'text/plain')
    if (!fromOurOrigin(request, origin)) return send(response, 403, 'Forbidden', 'text/plain')
    const withToken = sameSecret(header(request, BRIDGE_TOKEN_HEADER.toLowerCase()) ?? '', token)

    if (url.pathname === '/rpc' && request.method === 'POST') {
      if (!withToken || header(request, 'origin') !== origin) return send(response, 403, 'Forbidden', 'text/plain')
      handleInvoke(options.core, request, response).catch(() => send(response, 500, 'Bridge error', 'text/plain'))
      return
    }
    if (url.pathname === '/events' && request.method === 'GET') {
      if (!withToken) return send(response, 403, 'Forbidden', 'text/plain')
      return handleEvents(options.core, response)
    }
    if (request.method !== 'GET') return send(response, 405, 'Method not allowed', 'text/plain')

    // The built renderer itself is no secret: the token guards what it can reach, not its files.
    readStaticFile(options.staticDir, url.pathname)
      .then((file) =>
        file ? send(response, 200, file.body, file.contentType) : send(response, 404, 'Not found', 'text/plain'),
      )
      .catch(() => send(response, 500, 'Bridge error', 'text/plain'))
  })

  await new Promise<void>((resolveListen) => server.listen(options.port ?? 0, '127.0.0.1', resolveListen))
  const { port } = server.address() as AddressInfo
  origin = `http://127.0.0.1:${port}`

  return {
    url: `${origin}/#${BRIDGE_TOKEN_FRAGMENT}=${token}`,
    origin,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.closeAllConnections()
        server.close(() => resolveClose())
      }),
  }
}
