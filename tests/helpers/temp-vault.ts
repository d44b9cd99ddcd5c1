import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Vault, type VaultOptions } from '../../electron/core'
import { scryptPolicy, type ScryptParams } from '../../electron/core/vault/key-derivation'

/** Cheap scrypt for tests that create many vaults; the format and code path stay the same. */
export const FAST_SCRYPT: ScryptParams = { N: 2 ** 12, r: 8, p: 1 }
/** The key settings a vault made with FAST_SCRYPT accepts (its own cheap cost up to Mend's maximum). */
export const TEST_SCRYPT_POLICY = scryptPolicy(FAST_SCRYPT)

export const GOOD_PASSPHRASE = 'orchard lantern quietly 47 river'

export function makeTempDir(prefix = 'mend-test-'): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), prefix))
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) }
}

export function makeVault(directory: string, options: Partial<VaultOptions> = {}): Vault {
  return new Vault({ directory, scrypt: FAST_SCRYPT, ...options })
}

/** A clock the test moves by hand. */
export function manualClock(start = Date.parse('2026-11-24T12:00:00Z')) {
  let now = start
  return {
    now: () => now,
    advance(ms: number) {
      now += ms
    },
  }
}
