import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readStaticFile, resolveStaticPath } from '../../../../electron/ipc'
import { makeTempDir } from '../../../helpers/temp-vault'

describe('static files', () => {
  let temp: ReturnType<typeof makeTempDir>
  let root: string
  beforeAll(() => {
    temp = makeTempDir()
    root = join(temp.path, 'static')
    mkdirSync(join(root, 'assets'), { recursive: true })
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>Mend</title>')
    writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)')
    writeFileSync(join(root, 'assets', 'data.xyz'), 'x')
    writeFileSync(join(temp.path, 'secret.txt'), 'outside the root')
    mkdirSync(join(temp.path, 'static-evil'))
    writeFileSync(join(temp.path, 'static-evil', 'x.js'), 'sibling folder')
  })
  afterAll(() => temp.remove())

  it('maps "/" and "" to index.html and plain paths inside the root', () => {
    expect(resolveStaticPath(root, '/')).toBe(join(root, 'index.html'))
    expect(resolveStaticPath(root, '')).toBe(join(root, 'index.html'))
    expect(resolveStaticPath(root, '/assets/app.js')).toBe(join(root, 'assets', 'app.js'))
    expect(resolveStaticPath(root, '/assets/a%20b.js')).toBe(join(root, 'assets', 'a b.js'))
  })

  it.each([
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/%2e%2e%2fsecret.txt',
    '/assets/../../secret.txt',
    '/../static-evil/x.js',
    '/..',
    '/.',
    '/%00index.html',
    '/index.html%00.js',
    '/%E0%A4%A',
  ])('refuses %s (outside the root, NUL or malformed)', (urlPath) => {
    expect(resolveStaticPath(root, urlPath)).toBeNull()
  })

  it('reads a file with its content type, and unknown types as octet-stream', async () => {
    expect(await readStaticFile(root, '/')).toEqual({
      body: Buffer.from('<!doctype html><title>Mend</title>'),
      contentType: 'text/html; charset=utf-8',
    })
    expect((await readStaticFile(root, '/assets/app.js'))?.contentType).toBe('text/javascript; charset=utf-8')
    expect((await readStaticFile(root, '/assets/data.xyz'))?.contentType).toBe('application/octet-stream')
  })

  it('returns null for missing files, folders and escapes', async () => {
    expect(await readStaticFile(root, '/nope.js')).toBeNull()
    expect(await readStaticFile(root, '/assets')).toBeNull()
    expect(await readStaticFile(root, '/../secret.txt')).toBeNull()
  })
})
