import { afterEach, describe, expect, it } from 'vitest'
import { EVENT_CHANNEL, INVOKE_CHANNEL, type Result } from '../../../electron/contract'
import { silentLogger } from '../../../electron/core'
import { createAppApi } from '../../../electron/ipc'
import { APP_ORIGIN } from '../../../electron/main/app-origin'
import { attachIpcTransport } from '../../../electron/main/ipc-transport'
import { FAST_SCRYPT, GOOD_PASSPHRASE, makeTempDir } from '../../helpers/temp-vault'

type InvokeHandler = (event: unknown, request: unknown) => Promise<Result<unknown>> | Result<unknown>

function setup() {
  const dir = makeTempDir()
  const api = createAppApi({ directory: dir.path, logger: silentLogger, scrypt: FAST_SCRYPT })
  const handlers = new Map<string, InvokeHandler>()
  const sent: Array<{ channel: string; payload: unknown }> = []
  attachIpcTransport({
    ipcMain: { handle: (channel: string, handler: InvokeHandler) => handlers.set(channel, handler) } as never,
    core: {
      invoke: (procedure, input) => api.router.dispatch(procedure, input),
      subscribe: (l) => api.events.subscribe(l),
    },
    appOrigin: APP_ORIGIN,
    sendEvent: (channel, payload) => sent.push({ channel, payload }),
  })
  const mainFrame = { url: `${APP_ORIGIN}/index.html` }
  const invoke = (request: unknown, event: unknown = { senderFrame: mainFrame, sender: { mainFrame } }) =>
    Promise.resolve(handlers.get(INVOKE_CHANNEL)?.(event, request))
  return { api, dir, handlers, sent, invoke }
}

let cleanup: (() => void) | undefined
afterEach(() => cleanup?.())

describe('the Electron IPC transport', () => {
  it('registers exactly one invoke channel', () => {
    const { handlers, api, dir } = setup()
    cleanup = () => (api.vault.lockNow(), dir.remove())
    expect([...handlers.keys()]).toEqual([INVOKE_CHANNEL])
  })

  it('dispatches calls from our top frame to the router', async () => {
    const { invoke, api, dir } = setup()
    cleanup = () => (api.vault.lockNow(), dir.remove())
    expect(await invoke({ procedure: 'vault.getStatus', input: {} })).toEqual({
      ok: true,
      value: { state: 'none', retryAfterMs: 0, location: dir.path },
    })
  })

  it('refuses calls from a subframe or another origin without touching the vault', async () => {
    const { invoke, api, dir } = setup()
    cleanup = () => (api.vault.lockNow(), dir.remove())
    const mainFrame = { url: `${APP_ORIGIN}/index.html` }
    const fromChild = { senderFrame: { url: `${APP_ORIGIN}/x` }, sender: { mainFrame } }
    const foreign = { url: 'https://example.com/' }
    const request = { procedure: 'vault.create', input: { passphrase: GOOD_PASSPHRASE } }
    expect(await invoke(request, fromChild)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await invoke(request, { senderFrame: foreign, sender: { mainFrame: foreign } })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    })
    expect(api.vault.status().state).toBe('none')
  })

  it('answers malformed envelopes with a typed error, never a throw', async () => {
    const { invoke, api, dir } = setup()
    cleanup = () => (api.vault.lockNow(), dir.remove())
    for (const request of [null, 42, 'vault.getStatus', [], { input: {} }]) {
      expect(await invoke(request)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_PROCEDURE' } })
    }
  })

  it('forwards main-side events on the single event channel', async () => {
    const { invoke, sent, api, dir } = setup()
    cleanup = () => (api.vault.lockNow(), dir.remove())
    await invoke({ procedure: 'vault.create', input: { passphrase: GOOD_PASSPHRASE } })
    await api.lock('idle')
    expect(sent).toEqual([{ channel: EVENT_CHANNEL, payload: { type: 'vault.locked', reason: 'idle' } }])
  })
})
