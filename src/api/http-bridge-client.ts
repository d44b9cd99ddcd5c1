import type { MendBridge, MendEvent, Result } from '../../electron/contract'
import { parseWithBytes, stringifyWithBytes } from '../../electron/contract/binary-json'
import { messages } from '../messages'

/**
 * The preload object's twin over the loopback test bridge (HTTP for calls, server-sent events
 * for main's events). Used only when the page runs in a plain browser, never in the app.
 */
export function createHttpBridgeClient(): MendBridge {
  return {
    async invoke(procedure, input) {
      try {
        const response = await fetch('/rpc', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: stringifyWithBytes({ procedure, input }),
        })
        if (!response.ok) throw new Error(`bridge answered ${response.status}`)
        return parseWithBytes(await response.text()) as Result<unknown>
      } catch {
        return { ok: false, error: { code: 'IO', message: messages.notices.bridgeUnreachable } }
      }
    },
    onEvent(listener) {
      const source = new EventSource('/events')
      source.onmessage = (message: MessageEvent<string>) => {
        // From our own main process; the renderer bundle stays free of the schema library.
        const event = JSON.parse(message.data) as MendEvent
        if (typeof event === 'object' && event !== null && typeof event.type === 'string') listener(event)
      }
      return () => source.close()
    },
  }
}
