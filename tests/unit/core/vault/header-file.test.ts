import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  HEADER_FORMAT,
  HEADER_VERSION,
  readHeader,
  slotContext,
  writeHeader,
  type VaultHeader,
} from '../../../../electron/core/vault/header-file'
import { DEFAULT_SCRYPT, scryptPolicy } from '../../../../electron/core/vault/key-derivation'
import { makeTempDir } from '../../../helpers/temp-vault'
import { expectMendErrorSync } from '../../../helpers/vault-files'

/** What the app accepts: scrypt N from 2^17 to 2^20, r = 8, p = 1. */
const APP_POLICY = scryptPolicy(DEFAULT_SCRYPT)

const b64 = (n: number) => Buffer.alloc(n, 9).toString('base64')

const HEADER: VaultHeader = {
  format: HEADER_FORMAT,
  version: HEADER_VERSION,
  cipher: 'sqlcipher-4',
  keySlots: [
    {
      kind: 'passphrase',
      kdf: { name: 'scrypt', N: 2 ** 17, r: 8, p: 1, salt: b64(16) },
      wrappedKey: { iv: b64(12), tag: b64(16), data: b64(32) },
    },
  ],
}

describe('vault key header file', () => {
  let temp: ReturnType<typeof makeTempDir>
  let path: string
  beforeEach(() => {
    temp = makeTempDir()
    path = join(temp.path, 'vault-header.json')
  })
  afterEach(() => temp.remove())

  function writeJson(value: unknown): void {
    writeFileSync(path, JSON.stringify(value))
  }

  it('reads back exactly what was written, as readable JSON, leaving no temp file', () => {
    writeHeader(path, HEADER)
    expect(readHeader(path, APP_POLICY)).toEqual(HEADER)
    expect(readFileSync(path, 'utf8')).toMatch(/^\{\n {2}"format": "mend-vault-header"/)
    expect(readdirSync(temp.path)).toEqual(['vault-header.json'])
  })

  it('binds each slot to the header format, version and slot kind', () => {
    expect(slotContext('passphrase')).toBe('mend-vault-header/v1/passphrase')
  })

  it('gives IO when the file cannot be read', () => {
    expectMendErrorSync(() => readHeader(join(temp.path, 'missing.json'), APP_POLICY), 'IO')
  })

  it('gives CORRUPT for text that is not JSON', () => {
    writeFileSync(path, '{"format":')
    expectMendErrorSync(() => readHeader(path, APP_POLICY), 'CORRUPT')
  })

  it('gives UNSUPPORTED_VERSION for a newer Mend header version, even if its shape is unknown', () => {
    writeJson({ ...HEADER, version: 2 })
    expectMendErrorSync(() => readHeader(path, APP_POLICY), 'UNSUPPORTED_VERSION')
    writeJson({ format: 'mend-vault-header', version: 7, somethingNew: true })
    expectMendErrorSync(() => readHeader(path, APP_POLICY), 'UNSUPPORTED_VERSION')
  })

  it.each<[string, unknown]>([
    ['no format', { version: 7, somethingNew: true }],
    ['a Mend export written over it', { format: 'mend-export', version: 2, entries: [] }],
    ['another format', { ...HEADER, format: 'other-app', version: 9 }],
  ])('calls a file with %s damaged, never newer', (_label, json) => {
    writeJson(json)
    expectMendErrorSync(() => readHeader(path, APP_POLICY), 'CORRUPT')
  })

  it.each<[string, unknown]>([
    ['null', null],
    ['an array', [HEADER]],
    ['a missing keySlots', { ...HEADER, keySlots: undefined }],
    ['no key slots', { ...HEADER, keySlots: [] }],
    ['another format', { ...HEADER, format: 'something-else' }],
    ['version 0', { ...HEADER, version: 0 }],
    ['version as a string', { ...HEADER, version: '1' }],
    ['another cipher', { ...HEADER, cipher: 'aes-cbc' }],
    ['an unknown top-level field', { ...HEADER, createdAt: '2026-01-01' }],
    ['an unknown slot kind', { ...HEADER, keySlots: [{ ...HEADER.keySlots[0], kind: 'recovery-phrase' }] }],
    [
      'a scrypt cost below the floor',
      { ...HEADER, keySlots: [{ ...HEADER.keySlots[0], kdf: { ...HEADER.keySlots[0]?.kdf, N: 2 } }] },
    ],
    [
      'a salt that is not base64',
      { ...HEADER, keySlots: [{ ...HEADER.keySlots[0], kdf: { ...HEADER.keySlots[0]?.kdf, salt: 'not base64!' } }] },
    ],
  ])('gives CORRUPT for %s', (_label, value) => {
    writeJson(value)
    const error = expectMendErrorSync(() => readHeader(path, APP_POLICY), 'CORRUPT')
    expect(error.message).toContain(path)
  })

  it('never changes a damaged file while reading it', () => {
    writeFileSync(path, 'damaged')
    expectMendErrorSync(() => readHeader(path, APP_POLICY), 'CORRUPT')
    expect(readFileSync(path, 'utf8')).toBe('damaged')
  })
})
