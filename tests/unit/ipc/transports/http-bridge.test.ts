import { request as httpRequest } from 'node:http'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BRIDGE_TOKEN_HEADER, CONTENT_SECURITY_POLICY } from '../../../../electron/contract'
import { silentLogger } from '../../../../electron/core'
import { createAppApi, type AppApi } from '../../../../electron/ipc'
import { inProcessCore, startHttpBridge, type HttpBridge } from '../../../../electron/ipc/transports/http-bridge'
import { bridgeToken, httpCall } from '../../../helpers/http-client'
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
  let token: string
  let vaultDir: string
  beforeAll(async () => {
    temp = makeTempDir()
    const folders = setUpFolders(temp)
    vaultDir = folders.vaultDir
    api = createAppApi({ directory: vaultDir, scrypt: FAST_SCRYPT, logger: silentLogger })
    bridge = await startHttpBridge({ core: inProcessCore(api), staticDir: folders.staticDir })
    token = bridgeToken(bridge.url)
  })
  afterAll(async () => {
    await bridge.close()
    api.vault.lockNow()
    temp.remove()
  })

  const withToken = () => ({ [BRIDGE_TOKEN_HEADER]: token })
  const get = (path: string, headers: Record<string, string> = {}) => httpCall(bridge.origin, { path, headers })
  const rpc = (body: string | Buffer, headers: Record<string, string> = {}) =>
    httpCall(bridge.origin, {
      method: 'POST',
      path: '/rpc',
      body,
      headers: {
        ...withToken(),
        origin: bridge.origin,
        'sec-fetch-site': 'same-origin',
        'content-type': 'application/json',
        ...headers,
      },
    })
  const createVault = JSON.stringify({ procedure: 'vault.create', input: { passphrase: GOOD_PASSPHRASE } })
  const vaultCreated = () => existsSync(join(vaultDir, 'vault-header.json'))

  it("listens on 127.0.0.1 only, with the token in the link's fragment (never sent to a server)", () => {
    expect(bridge.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect(bridge.url).toMatch(new RegExp(`^${bridge.origin}/#mend-bridge=[0-9a-f]{48}$`))
    expect(new URL(bridge.url).search).toBe('')
  })

  it('serves the app to a navigation and to its own page, under exactly the shared Content-Security-Policy', async () => {
    for (const site of ['none', 'same-origin']) {
      const reply = await get('/', { 'sec-fetch-site': site })
      expect(reply.status).toBe(200)
      expect(reply.body).toBe(INDEX)
      expect(reply.headers['content-type']).toBe('text/html; charset=utf-8')
      expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY)
      expect(reply.headers['x-content-type-options']).toBe('nosniff')
    }
  })

  it('never sets a cookie (one for 127.0.0.1 would go to every other port of it too)', async () => {
    for (const reply of [
      await get('/'),
      await get(`/?token=${token}`),
      await rpc(JSON.stringify({ procedure: 'vault.getStatus', input: {} })),
    ]) {
      expect(reply.headers['set-cookie']).toBeUndefined()
    }
  })

  it.each(['same-site', 'cross-site'])(
    'refuses every route to a request a page of another origin made (Sec-Fetch-Site: %s)',
    async (site) => {
      // Another port of 127.0.0.1 is "same-site": it is still another origin.
      expect((await get('/', { 'sec-fetch-site': site })).status).toBe(403)
      expect((await get('/index.html', { 'sec-fetch-site': site })).status).toBe(403)
      expect((await get('/events', { ...withToken(), 'sec-fetch-site': site })).status).toBe(403)
      expect((await rpc(createVault, { 'sec-fetch-site': site })).status).toBe(403)
      expect(vaultCreated()).toBe(false)
    },
  )

  it('refuses a call with the old session cookie but without the token header', async () => {
    const reply = await rpc(createVault, { [BRIDGE_TOKEN_HEADER]: '', cookie: `mend_bridge=${token}` })
    expect(reply.status).toBe(403)
    expect((await rpc(createVault, { [BRIDGE_TOKEN_HEADER]: '0'.repeat(48) })).status).toBe(403)
    expect(vaultCreated()).toBe(false)
  })

  it('puts the Content-Security-Policy on refusals and not-found pages too', async () => {
    for (const reply of [
      await get('/', { 'sec-fetch-site': 'cross-site' }),
      await get('/missing.js'),
      await rpc('{}', { origin: 'http://evil.example' }),
    ]) {
      expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY)
    }
  })

  it('answers POST /rpc with the token, from our own Origin, with a Result envelope', async () => {
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
    expect((await rpc(createVault, headers)).status).toBe(403)
    expect(vaultCreated()).toBe(false)
  })

  it('refuses POST /rpc without an Origin with 403', async () => {
    const noOrigin = await httpCall(bridge.origin, {
      method: 'POST',
      path: '/rpc',
      body: createVault,
      headers: withToken(),
    })
    expect(noOrigin.status).toBe(403)
    expect(vaultCreated()).toBe(false)
  })

  it('refuses the event stream without the token', async () => {
    expect((await get('/events')).status).toBe(403)
  })

  it('refuses a wrong Host header (DNS rebinding) with 421, token or not', async () => {
    expect((await get('/', { ...withToken(), host: 'evil.example' })).status).toBe(421)
    expect((await get('/', { ...withToken(), host: `localhost:${new URL(bridge.origin).port}` })).status).toBe(421)
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
    expect((await httpCall(bridge.origin, { method: 'PUT', path: '/', headers: withToken() })).status).toBe(405)
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
      const req = httpRequest({ hostname, port, path: '/events', headers: withToken(), agent: false }, (res) => {
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
