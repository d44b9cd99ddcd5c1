import type { MendBridge, MendEvent, PassphraseRating, Result } from '../../../electron/contract'
import { createApiClient, setApiClient } from '../../../src/api/client'

/** A function reply may answer later (return a Promise) to control the order replies arrive in. */
type Reply = Result<unknown> | ((input: unknown) => Result<unknown> | Promise<Result<unknown>>)

/**
 * Stands in for the preload object (the Electron boundary): answers each procedure with a
 * scripted Result and records every call, so store and view tests see what main would see.
 */
export function installFakeBridge(replies: Record<string, Reply>) {
  const calls: Array<{ procedure: string; input: unknown }> = []
  const listeners = new Set<(event: MendEvent) => void>()
  const bridge: MendBridge = {
    invoke: async (procedure, input) => {
      calls.push({ procedure, input })
      const reply = replies[procedure]
      if (!reply) return { ok: false, error: { code: 'UNKNOWN_PROCEDURE', message: 'not scripted' } }
      return typeof reply === 'function' ? reply(input) : reply
    },
    onEvent: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
  const client = createApiClient(bridge)
  setApiClient(client)
  return {
    client,
    calls,
    replies,
    emit: (event: MendEvent) => listeners.forEach((listener) => listener(event)),
  }
}

export const INFO = {
  location: '/home/robin/.config/Mend/vault',
  createdAt: '2026-11-24T12:00:00.000Z',
  displayName: 'Robin',
  schemaVersion: 1,
  recoveryKeyConfirmed: true,
}

export const RECOVERY_KEY = 'ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567'
export const CREATED = { info: INFO, recoveryKey: RECOVERY_KEY }
export const STATUS = (state: 'none' | 'locked' | 'unlocked' | 'damaged', retryAfterMs = 0) => ({
  ok: true as const,
  value: { state, retryAfterMs, location: INFO.location },
})

/**
 * Main's ratings of the passphrases these tests type, as core rates them (the rule itself is
 * tested in tests/unit/core/passphrase); anything else counts as not strong enough.
 */
const RATINGS: Record<string, PassphraseRating> = {
  short: { strength: 0, acceptable: false, reasons: ['too-short'] },
  password1234: { strength: 0, acceptable: false, reasons: ['common-password', 'sequence'] },
  'copper kettle 91 meadow whisper': { strength: 4, acceptable: true, reasons: [] },
  'lantern orbit velvet fossil crane': { strength: 4, acceptable: true, reasons: [] },
}

export const SUGGESTED = 'lantern orbit velvet fossil crane'

export function rateReply(input: unknown): Result<PassphraseRating> {
  const { passphrase } = input as { passphrase: string }
  return { ok: true, value: RATINGS[passphrase] ?? { strength: 2, acceptable: false, reasons: ['too-guessable'] } }
}

/** The replies every screen that chooses a passphrase needs. */
export const PASSPHRASE_REPLIES = {
  'vault.ratePassphrase': rateReply,
  'vault.suggestPassphrase': { ok: true as const, value: { passphrase: SUGGESTED } },
}
