import { request as httpRequest } from 'node:http'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../../../../electron/contract'
import { silentLogger } from '../../../../electron/core'
import { createAppApi, type AppApi } from '../../../../electron/ipc'
import { startHttpBridge, type HttpBridge } from '../../../../electron/ipc/transports/http-bridge'
import { httpCall } from '../../../helpers/http-client'
import { FAST_SCRYPT, GOOD_PASSPHRASE, makeTempDir } from '../../../helpers/temp-vault'

const INDEX = '<!doctype html><title>Mend test</title>'

function setUpFolders(temp: { path: string }) {
  const staticDir = join(temp.path, 'static')
  mkdirSync(staticDir)
  writeFileSync(join(staticDir, 'index.html'), INDEX)
  writeFileSync(join(temp.path, 'secret.txt'), 'TOP-SECRET-OUTSIDE-ROOT')
  return { staticDir, vaultDir: join(temp.path, 'vault') }
}

describe('HTTP bridge', () => {
  let temp: ReturnType<typeof makeTempDir>
  let api: AppApi
  let bridge: HttpBridge
  let cookie: string
  let vaultDir: string
  beforeAll(async () => {
    temp = makeTempDir()
    const folders = setUpFolders(temp)
    vaultDir = folders.vaultDir
    api = createAppApi({ directory: vaultDir, scrypt: FAST_SCRYPT, logger: silentLogger })
    bridge = await startHttpBridge({ api, staticDir: folders.staticDir })
    cookie = `mend_bridge=${new URL(bridge.url).searchParams.get('token')}`
  })
  afterAll(async () => {
    await bridge.close()
    api.vault.lockNow()
    temp.remove()
  })

  const get = (path: string, headers: Record<string, string> = { cookie }) => httpCall(bridge.origin, { path, headers })
  const rpc = (body: string | Buffer, headers: Record<string, string> = {}) =>
    httpCall(bridge.origin, {
      method: 'POST',
      path: '/rpc',
      body,
      headers: { cookie, origin: bridge.origin, 'content-type': 'application/json', ...headers },
    })

  it('listens on 127.0.0.1 only, with the token in the URL', () => {
    expect(bridge.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect(bridge.url).toMatch(new RegExp(`^${bridge.origin}/\\?token=[0-9a-f]{48}$`))
  })

  it('refuses a page without the session cookie with 403', async () => {
    const reply = await get('/', {})
    expect(reply.status).toBe(403)
    expect(reply.body).not.toContain('Mend test')
  })

  it('turns the one-time token URL into a 302 with an HttpOnly, SameSite=Strict cookie', async () => {
    const url = new URL(bridge.url)
    const reply = await get(`${url.pathname}${url.search}`, {})
    expect(reply.status).toBe(302)
    expect(reply.headers.location).toBe('/')
    const setCookie = reply.headers['set-cookie']?.join('; ') ?? ''
    expect(setCookie).toContain(cookie)
    expect(setCookie).toMatch(/HttpOnly/)
    expect(setCookie).toMatch(/SameSite=Strict/)
  })

  it('gives no cookie for a wrong token', async () => {
    const reply = await get(`/?token=${'0'.repeat(48)}`, {})
    expect(reply.status).toBe(403)
    expect(reply.headers['set-cookie']).toBeUndefined()
  })

  it('serves the app with the cookie, under exactly the shared Content-Security-Policy', async () => {
    const reply = await get('/')
    expect(reply.status).toBe(200)
    expect(reply.body).toBe(INDEX)
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY)
    expect(reply.headers['x-content-type-options']).toBe('nosniff')
  })

  it('puts the Content-Security-Policy on refusals and not-found pages too', async () => {
    for (const reply of [
      await get('/', {}),
      await get('/missing.js'),
      await rpc('{}', { origin: 'http://evil.example' }),
    ]) {
      expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY)
    }
  })

  it('answers POST /rpc from our own Origin with a Result envelope', async () => {
    const reply = await rpc(JSON.stringify({ procedure: 'vault.getStatus', input: {} }))
    expect(reply.status).toBe(200)
    expect(reply.headers['content-type']).toBe('application/json')
    expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY)
    expect(JSON.parse(reply.body)).toEqual({
      ok: true,
      value: { state: 'none', retryAfterMs: 0, location: join(temp.path, 'vault') },
    })
  })

  it.each<[string, Record<string, string>]>([
    ['another Origin', { origin: 'http://evil.example' }],
    ['a look-alike Origin on another port', { origin: 'http://127.0.0.1:1' }],
    ['the "null" Origin', { origin: 'null' }],
  ])('refuses POST /rpc from %s with 403 and runs nothing', async (_label, headers) => {
    const reply = await rpc(
      JSON.stringify({ procedure: 'vault.create', input: { passphrase: GOOD_PASSPHRASE } }),
      headers,
    )
    expect(reply.status).toBe(403)
    expect(existsSync(join(vaultDir, 'vault-header.json'))).toBe(false)
  })

  it('refuses POST /rpc without the cookie or without an Origin with 403', async () => {
    const body = JSON.stringify({ procedure: 'vault.create', input: { passphrase: GOOD_PASSPHRASE } })
    expect((await rpc(body, { cookie: '' })).status).toBe(403)
    const noOrigin = await httpCall(bridge.origin, { method: 'POST', path: '/rpc', body, headers: { cookie } })
    expect(noOrigin.status).toBe(403)
    expect(existsSync(join(vaultDir, 'vault-header.json'))).toBe(false)
  })

  it('refuses a wrong Host header (DNS rebinding) with 421, cookie or not', async () => {
    expect((await get('/', { cookie, host: 'evil.example' })).status).toBe(421)
    expect((await get('/', { cookie, host: `localhost:${new URL(bridge.origin).port}` })).status).toBe(421)
    const reply = await rpc(JSON.stringify({ procedure: 'vault.getStatus', input: {} }), { host: 'evil.example:80' })
    expect(reply.status).toBe(421)
  })

  it.each([
    '/../../etc/passwd',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/%2e%2e%2fsecret.txt',
    '//etc/passwd',
  ])('does not serve files outside the static folder: %s gives 404', async (path) => {
    const reply = await get(path)
    expect(reply.status).toBe(404)
    expect(reply.body).not.toContain('TOP-SECRET')
    expect(reply.body).not.toContain('root:')
  })

  it('answers a method other than GET/POST with 405', async () => {
    expect((await httpCall(bridge.origin, { method: 'PUT', path: '/', headers: { cookie } })).status).toBe(405)
  })

  it.each(['{not json', '', '42', 'null', '"vault.getStatus"'])(
    'answers the body %j with INVALID_INPUT',
    async (body) => {
      const reply = await rpc(body)
      expect(reply.status).toBe(200)
      expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    },
  )

  it('routes unknown procedures and bad input to typed errors', async () => {
    expect(JSON.parse((await rpc(JSON.stringify({ procedure: 'toString', input: {} }))).body)).toMatchObject({
      error: { code: 'UNKNOWN_PROCEDURE' },
    })
    const bad = JSON.parse((await rpc(JSON.stringify({ procedure: 'vault.unlock', input: { passphrase: 1 } }))).body)
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'passphrase' } })
  })

  it('answers a body over 16 MB with INVALID_INPUT (not a dropped connection), then keeps serving', async () => {
    const huge = Buffer.alloc(16 * 1024 * 1024 + 1024, 0x20)
    const reply = await rpc(huge).catch((error: unknown) => ({ status: -1, body: String(error), headers: {} }))
    expect(reply.status).toBe(200)
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect((await get('/')).status).toBe(200)
  })

  it('streams a vault.locked event on /events when the vault is locked', async () => {
    const received = new Promise<string>((resolveEvent, reject) => {
      const { hostname, port } = new URL(bridge.origin)
      const req = httpRequest({ hostname, port, path: '/events', headers: { cookie }, agent: false }, (res) => {
        expect(res.headers['content-type']).toBe('text/event-stream')
        let text = ''
        res.on('data', (chunk: Buffer) => {
          text += chunk.toString('utf8')
          if (text.includes(': connected')) void createAndLock()
          if (text.includes('vault.locked')) {
            req.destroy()
            resolveEvent(text)
          }
        })
      })
      req.on('error', reject)
      req.end()
    })
    let started = false
    async function createAndLock() {
      if (started) return
      started = true
      await rpc(JSON.stringify({ procedure: 'vault.create', input: { passphrase: GOOD_PASSPHRASE } }))
      await rpc(JSON.stringify({ procedure: 'vault.lock', input: {} }))
    }
    expect(await received).toContain('data: {"type":"vault.locked","reason":"manual"}')
  })
})
