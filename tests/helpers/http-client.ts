import { request as httpRequest, type IncomingHttpHeaders } from 'node:http'
import { BRIDGE_TOKEN_FRAGMENT } from '../../electron/contract'

export interface HttpReply {
  status: number
  headers: IncomingHttpHeaders
  body: string
}

/**
 * A raw HTTP request with full control of Host, Origin and Cookie (fetch forbids setting them).
 * Rejects on a transport error (e.g. the server reset the connection).
 */
export function httpCall(
  origin: string,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer },
): Promise<HttpReply> {
  const { hostname, port } = new URL(origin)
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { hostname, port, method: options.method ?? 'GET', path: options.path, headers: options.headers, agent: false },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
        )
        res.on('error', reject)
      },
    )
    req.on('error', reject)
    req.end(options.body)
  })
}

/** The token a bridge's link carries in its fragment (#mend-bridge=...). */
export function bridgeToken(url: string): string {
  const prefix = `#${BRIDGE_TOKEN_FRAGMENT}=`
  const hash = new URL(url).hash
  if (!hash.startsWith(prefix)) throw new Error(`no bridge token in ${url}`)
  return hash.slice(prefix.length)
}
