import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../../../electron/contract'
import { createAppProtocolHandler } from '../../../electron/main/app-protocol'
import { makeTempDir } from '../../helpers/temp-vault'

const dir = makeTempDir()
const rendererDir = join(dir.path, 'renderer')
mkdirSync(join(rendererDir, 'assets'), { recursive: true })
writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Mend</title>')
writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)')
writeFileSync(join(dir.path, 'secret.txt'), 'outside the renderer')
afterAll(() => dir.remove())

const handle = createAppProtocolHandler(rendererDir)

describe('the app:// protocol', () => {
  it('serves the renderer with the CSP and the right content type', async () => {
    const response = await handle(new Request('app://mend/index.html'))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(response.headers.get('content-type')).toContain('text/html')
    expect(await response.text()).toContain('<title>Mend</title>')
    const script = await handle(new Request('app://mend/assets/app.js'))
    expect(script.headers.get('content-type')).toContain('text/javascript')
  })

  it('never serves a file outside the renderer folder', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/%00']) {
      const response = await handle(new Request(`app://mend${path}`))
      expect(response.status, path).toBe(404)
    }
  })

  it('answers only GET', async () => {
    const response = await handle(new Request('app://mend/index.html', { method: 'POST', body: 'x' }))
    expect(response.status).toBe(404)
  })
})
