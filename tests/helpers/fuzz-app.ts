import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { BRIDGE_TOKEN_HEADER, INVOKE_CHANNEL, type Result } from '../../electron/contract'
import type { Logger } from '../../electron/core'
import { createAppApi, type AppApi } from '../../electron/ipc'
import { inProcessCore, startHttpBridge, type HttpBridge } from '../../electron/ipc/transports/http-bridge'
import { bridgeToken } from './http-client'
import { APP_ORIGIN } from '../../electron/main/app-origin'
import { attachIpcTransport } from '../../electron/main/ipc-transport'
import { httpCall, type HttpReply } from './http-client'
import { FAST_SCRYPT, GOOD_PASSPHRASE, makeTempDir, manualClock } from './temp-vault'

/**
 * The real app API on a real encrypted vault, reachable the three ways a payload can arrive:
 * Electron's IPC handler (after a structured clone, as Electron's IPC does), the HTTP bridge
 * (as JSON text), and a direct router call. All three end in the same router.dispatch.
 */
export interface FuzzApp {
  api: AppApi
  vaultDir: string
  clock: ReturnType<typeof manualClock>
  /** Unexpected failures the router logged (it logs nothing for input it merely refuses). */
  loggedErrors: string[]
  /** Warnings, e.g. input whose validation threw (refused as INVALID_INPUT). */
  warnings: string[]
  ipc(procedure: string, input: unknown): Promise<Result<unknown>>
  http(procedure: string, input: unknown): Promise<Result<unknown>>
  /** A raw body for the bridge's /rpc, well-formed or not. */
  httpRaw(body: string | Buffer): Promise<HttpReply>
  direct(procedure: string, input: unknown): Promise<Result<unknown>>
  /** Unlocks again after a payload that happened to be a valid `vault.lock` (or similar). */
  ensureUnlocked(): Promise<void>
  close(): Promise<void>
}

type InvokeHandler = (event: unknown, request: unknown) => Promise<Result<unknown>> | Result<unknown>

/** JSON cannot carry BigInt; a renderer's JSON.stringify would have thrown, so send it as text. */
const jsonSafe = (_key: string, value: unknown) => (typeof value === 'bigint' ? value.toString() : value)

export async function startFuzzApp(): Promise<FuzzApp> {
  const temp = makeTempDir('mend-fuzz-')
  const vaultDir = join(temp.path, 'vault')
  const staticDir = join(temp.path, 'static')
  mkdirSync(staticDir)
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Mend fuzz</title>')

  const loggedErrors: string[] = []
  const warnings: string[] = []
  const logger: Logger = {
    info: () => {},
    warn: (message) => warnings.push(message),
    error: (message, error) => loggedErrors.push(error ? `${message}: ${String(error).slice(0, 300)}` : message),
  }
  // A clock the test moves, so the unlock throttle a wrong fuzzed passphrase starts can be waited out at once;
  // and no real idle timer, so a fuzzed settings.update cannot lock the vault in the middle of the run.
  const clock = manualClock()
  const api = createAppApi({
    directory: vaultDir,
    scrypt: FAST_SCRYPT,
    logger,
    clock,
    timers: { setTimeout: () => 0, clearTimeout: () => {} },
  })

  let handler: InvokeHandler | undefined
  attachIpcTransport({
    ipcMain: {
      handle: (channel: string, listener: InvokeHandler) => channel === INVOKE_CHANNEL && (handler = listener),
    },
    core: inProcessCore(api),
    appOrigin: APP_ORIGIN,
    sendEvent: () => {},
  } as unknown as Parameters<typeof attachIpcTransport>[0])
  const mainFrame = { url: `${APP_ORIGIN}/index.html` }
  const trustedEvent = { senderFrame: mainFrame, sender: { mainFrame } }

  const bridge: HttpBridge = await startHttpBridge({ core: inProcessCore(api), staticDir })
  const token = bridgeToken(bridge.url)

  const app: FuzzApp = {
    api,
    vaultDir,
    clock,
    loggedErrors,
    warnings,
    async ipc(procedure, input) {
      // Electron serializes both ways with the structured clone algorithm; so does this.
      const request = structuredClone({ procedure, input })
      return structuredClone(await handler!(trustedEvent, request))
    },
    httpRaw: (body) =>
      httpCall(bridge.origin, {
        method: 'POST',
        path: '/rpc',
        body,
        headers: { [BRIDGE_TOKEN_HEADER]: token, origin: bridge.origin, 'content-type': 'application/json' },
      }),
    async http(procedure, input) {
      const reply = await app.httpRaw(JSON.stringify({ procedure, input }, jsonSafe))
      if (reply.status !== 200) throw new Error(`the bridge answered HTTP ${reply.status}`)
      return JSON.parse(reply.body) as Result<unknown>
    },
    direct: (procedure, input) => api.router.dispatch(procedure, input),
    async ensureUnlocked() {
      if (api.vault.isUnlocked) return
      clock.advance(10 * 60_000) // past the longest unlock throttle delay (5 minutes)
      const result = await api.router.dispatch('vault.unlock', { passphrase: GOOD_PASSPHRASE })
      if (!result.ok) throw new Error(`could not unlock again: ${result.error.code}`)
    },
    async close() {
      await bridge.close()
      await api.lock('manual')
      temp.remove()
    },
  }
  return app
}

/** A little of everything, so that ids 1 and 2 name real rows when a fuzzed payload happens to be valid. */
export async function seedVault(app: FuzzApp): Promise<void> {
  const breach = {
    whatHappened: 'Missed the appointment',
    occurredOn: '2024-05-01',
    severity: 2,
    kind: 'care',
    involvedDeception: false,
  }
  const calls: Array<[string, unknown]> = [
    ['vault.create', { passphrase: GOOD_PASSPHRASE }],
    ['people.create', { name: 'Ana' }],
    ['people.create', { name: 'Ben' }],
    ['journal.createEntry', { title: 'First', body: 'A quiet day.', tags: ['calm'], personIds: [1] }],
    ['journal.createEntry', { body: 'Second entry.' }],
    ['templates.create', { name: 'Evening', body: 'What went well?' }],
    ['plans.create', { personId: 1, breach }],
    ['plans.addAmend', { planId: 1, description: 'Say sorry in person', horizon: 'now' }],
    ['assessments.create', { personId: 2, breach }],
  ]
  for (const [procedure, input] of calls) {
    const result = await app.direct(procedure, input)
    if (!result.ok) throw new Error(`seeding ${procedure} failed: ${result.error.code} ${result.error.message}`)
  }
}
