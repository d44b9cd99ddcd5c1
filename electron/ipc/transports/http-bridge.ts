import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { randomBytes, timingSafeEqual } from 'node:crypto'
import type { AddressInfo } from 'node:net'
import { CONTENT_SECURITY_POLICY, type Result } from '../../contract'
import { parseWithBytes, stringifyWithBytes } from '../../contract/binary-json'
import type { AppApi } from '../app-api'
import { readStaticFile } from './static-files'

/**
 * The browser bridge: the same router over HTTP on 127.0.0.1, for Playwright and for a
 * development preview of the UI in any Chromium. Never started by the packaged app.
 *
 * Guarded against other local pages and DNS rebinding: the Host must be ours, a random per-run
 * token (given once in the URL) becomes an HttpOnly SameSite=Strict cookie that every request
 * needs, and calls must come from our own Origin.
 */
export interface HttpBridge {
  /** Open this URL once to get the session cookie; it redirects to the app. */
  url: string
  origin: string
  close(): Promise<void>
}

const COOKIE = 'mend_bridge'
// Large enough that oversized fields (a photo over the limit, in base64) reach validation and get a proper INVALID_INPUT.
const MAX_BODY_BYTES = 64 * 1024 * 1024

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}

function cookieToken(request: IncomingMessage): string {
  const match = /(?:^|;\s*)mend_bridge=([0-9a-f]+)/.exec(request.headers.cookie ?? '')
  return match?.[1] ?? ''
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

async function handleInvoke(api: AppApi, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const text = await readBody(request)
  const message = text === null ? null : parseRequest(text)
  let reply: Result<unknown>
  if (text === null) reply = { ok: false, error: { code: 'INVALID_INPUT', message: 'The request is too large.' } }
  else if (!message) reply = { ok: false, error: { code: 'INVALID_INPUT', message: 'The request is not valid JSON.' } }
  else reply = await api.router.dispatch(message.procedure, message.input)
  send(response, 200, stringifyWithBytes(reply), 'application/json')
}

function handleEvents(api: AppApi, response: ServerResponse): void {
  response.writeHead(200, {
    'Content-Type': 'text/event-stream',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
  })
  response.write(': connected\n\n')
  const unsubscribe = api.events.subscribe((event) => response.write(`data: ${JSON.stringify(event)}\n\n`))
  response.on('close', unsubscribe)
}

export async function startHttpBridge(options: { api: AppApi; staticDir: string; port?: number }): Promise<HttpBridge> {
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

    const offered = url.searchParams.get('token')
    if (request.method === 'GET' && offered !== null && sameSecret(offered, token)) {
      response.writeHead(302, { Location: '/', 'Set-Cookie': `${COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/` })
      return response.end()
    }
    if (!sameSecret(cookieToken(request), token)) return send(response, 403, 'Forbidden', 'text/plain')

    if (url.pathname === '/rpc' && request.method === 'POST') {
      if (request.headers.origin !== origin) return send(response, 403, 'Forbidden', 'text/plain')
      handleInvoke(options.api, request, response).catch(() => send(response, 500, 'Bridge error', 'text/plain'))
      return
    }
    if (url.pathname === '/events' && request.method === 'GET') return handleEvents(options.api, response)
    if (request.method !== 'GET') return send(response, 405, 'Method not allowed', 'text/plain')

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
    url: `${origin}/?token=${token}`,
    origin,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.closeAllConnections()
        server.close(() => resolveClose())
      }),
  }
}
