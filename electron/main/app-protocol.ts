import { CONTENT_SECURITY_POLICY } from '../contract'
import { readStaticFile } from '../ipc/transports/static-files'

/** Serves the built renderer on app://mend/, with the CSP on every response. */
export function createAppProtocolHandler(rendererDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    const file = request.method === 'GET' ? await readStaticFile(rendererDir, new URL(request.url).pathname) : null
    if (!file) return new Response('Not found', { status: 404 })
    return new Response(new Uint8Array(file.body), {
      status: 200,
      headers: {
        'Content-Type': file.contentType,
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
      },
    })
  }
}
