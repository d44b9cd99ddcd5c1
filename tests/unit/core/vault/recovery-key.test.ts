import { describe, expect, it } from 'vitest'
import {
  RECOVERY_KEY_BYTES,
  formatRecoveryKey,
  newRecoveryKey,
  parseRecoveryKey,
} from '../../../../electron/core/vault/recovery-key'
import { expectMendErrorSync } from '../../../helpers/vault-files'

const FORMAT = /^[A-Z2-7]{4}(-[A-Z2-7]{4}){7}$/

describe('recovery key', () => {
  it('is shown as 8 groups of 4 base32 characters', () => {
    for (let i = 0; i < 50; i += 1) expect(formatRecoveryKey(newRecoveryKey())).toMatch(FORMAT)
  })

  it('holds 160 random bits: new keys differ', () => {
    const keys = new Set(Array.from({ length: 100 }, () => formatRecoveryKey(newRecoveryKey())))
    expect(RECOVERY_KEY_BYTES).toBe(20)
    expect(keys.size).toBe(100)
  })

  it('reads back to the same bytes it was shown from', () => {
    for (let i = 0; i < 50; i += 1) {
      const bytes = newRecoveryKey()
      expect(parseRecoveryKey(formatRecoveryKey(bytes)).equals(bytes)).toBe(true)
    }
  })

  it('encodes the edge values all-zero and all-one bytes', () => {
    expect(formatRecoveryKey(Buffer.alloc(20, 0))).toBe('AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA')
    expect(formatRecoveryKey(Buffer.alloc(20, 0xff))).toBe('7777-7777-7777-7777-7777-7777-7777-7777')
    expect(parseRecoveryKey('7777-7777-7777-7777-7777-7777-7777-7777').equals(Buffer.alloc(20, 0xff))).toBe(true)
  })

  describe('forgives how people copy it from paper', () => {
    const bytes = Buffer.from('00112233445566778899aabbccddeeff01234567', 'hex')
    const shown = formatRecoveryKey(bytes)

    it.each<[string, (key: string) => string]>([
      ['lower case', (key) => key.toLowerCase()],
      ['spaces instead of dashes', (key) => key.replaceAll('-', ' ')],
      ['no separators at all', (key) => key.replaceAll('-', '')],
      ['extra spaces, tabs and a newline around it', (key) => `  ${key.replaceAll('-', ' - ')}\t\n`],
      ['mixed separators and case', (key) => key.replaceAll('-', ' -').toLowerCase()],
    ])('%s', (_label, edit) => {
      expect(parseRecoveryKey(edit(shown)).equals(bytes)).toBe(true)
    })

    it('reads 0 as O, 1 as I and 8 as B (digits that base32 does not use)', () => {
      const expected = parseRecoveryKey('OIBO-IIBB-OOOO-IIII-BBBB-OIBO-AAAA-AAAA')
      expect(parseRecoveryKey('0180-1188-0000-1111-8888-0180-aaaa-aaaa').equals(expected)).toBe(true)
    })

    it('keeps L a letter of its own: a key full of L reads back unchanged', () => {
      const shownWithL = 'LLLL-LLLL-LLLL-LLLL-LLLL-LLLL-LLLL-LLLL'
      expect(formatRecoveryKey(parseRecoveryKey(shownWithL))).toBe(shownWithL)
      expect(parseRecoveryKey(shownWithL).equals(parseRecoveryKey('IIII-IIII-IIII-IIII-IIII-IIII-IIII-IIII'))).toBe(
        false,
      )
    })
  })

  describe('refuses what cannot be a recovery key with INVALID_INPUT on the field recoveryKey', () => {
    it.each([
      ['an empty string', ''],
      ['one character short', 'ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-456'],
      ['one character too many', 'ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567-A'],
      ['a character outside base32 (9)', 'ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4569'],
      ['punctuation', 'ABCD.EFGH.IJKL.MNOP.QRST.UVWX.YZ23.4567'],
      ['a passphrase typed in the wrong box', 'orchard lantern quietly 47 river'],
      ['non-Latin letters', 'АВСD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567'],
    ])('%s', (_label, text) => {
      const error = expectMendErrorSync(() => parseRecoveryKey(text), 'INVALID_INPUT')
      expect(error.extra.field).toBe('recoveryKey')
      expect(error.message).not.toContain(text || '\u0000')
    })
  })
})
