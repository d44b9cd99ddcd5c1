import { spawn, type ChildProcess } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { connect } from 'node:net'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { httpCall } from '../../../helpers/http-client'
import { makeTempDir } from '../../../helpers/temp-vault'

/** The bridge runs in a child process here, so that a crash shows as an exit instead of taking vitest down. */
function setUpFolders(temp: { path: string }) {
  const staticDir = join(temp.path, 'static')
  mkdirSync(staticDir)
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Mend test</title>')
  return { staticDir, vaultDir: join(temp.path, 'vault') }
}

describe('HTTP bridge process', () => {
  let temp: ReturnType<typeof makeTempDir>
  let child: ChildProcess
  let origin: string
  beforeAll(async () => {
    temp = makeTempDir()
    const { staticDir, vaultDir } = setUpFolders(temp)
    const script = resolve(__dirname, '../../../helpers/bridge-child.ts')
    child = spawn(process.execPath, ['--import', 'tsx', script, staticDir, vaultDir], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const line = await new Promise<string>((resolveLine, reject) => {
      let out = ''
      child.stdout?.on('data', (chunk: Buffer) => {
        out += chunk.toString('utf8')
        if (out.includes('\n')) resolveLine(out.split('\n')[0] ?? '')
      })
      child.on('exit', (code) => reject(new Error(`bridge child exited early (${code})`)))
    })
    const started = JSON.parse(line) as { url: string; origin: string }
    origin = started.origin
  })
  afterAll(() => {
    if (child.exitCode === null) child.kill()
    temp.remove()
  })

  it('survives a request line that is not a valid URL, and answers it with a 4xx', async () => {
    const { port } = new URL(origin)
    const firstLine = await new Promise<string>((resolveReply) => {
      const socket = connect(Number(port), '127.0.0.1', () =>
        socket.write(`GET //[ HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`),
      )
      let text = ''
      socket.on('data', (chunk: Buffer) => (text += chunk.toString('latin1')))
      socket.on('close', () => resolveReply(text.split('\r\n')[0] ?? ''))
      socket.on('error', () => resolveReply(text.split('\r\n')[0] ?? ''))
      setTimeout(() => socket.destroy(), 2_000)
    })
    await new Promise((r) => setTimeout(r, 200))
    expect(child.exitCode).toBeNull()
    expect((await httpCall(origin, { path: '/' })).status).toBe(200)
    expect(firstLine).toMatch(/^HTTP\/1\.1 4\d\d/)
  })
})
