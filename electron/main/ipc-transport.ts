import type { IpcMain } from 'electron'
import { EVENT_CHANNEL, INVOKE_CHANNEL, type MendEvent, type Result } from '../contract'
import { isTrustedSender, type SenderInfo } from './security'

/** Where the window's requests go and its events come from: the core host (core-host.ts). */
export interface InvokeTarget {
  invoke(procedure: unknown, input: unknown): Promise<Result<unknown>>
  subscribe(listener: (event: MendEvent) => void): () => void
}

const FORBIDDEN: Result<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: 'This window is not allowed to use Mend.' },
}

/** The one invoke channel and the one event channel between main and the window. */
export function attachIpcTransport(options: {
  ipcMain: Pick<IpcMain, 'handle'>
  core: InvokeTarget
  appOrigin: string
  sendEvent: (channel: string, payload: unknown) => void
}): () => void {
  options.ipcMain.handle(INVOKE_CHANNEL, (event, request: unknown) => {
    if (!isTrustedSender(event as unknown as SenderInfo, options.appOrigin)) return FORBIDDEN
    const { procedure, input } = (typeof request === 'object' && request !== null ? request : {}) as {
      procedure?: unknown
      input?: unknown
    }
    return options.core.invoke(procedure, input)
  })
  return options.core.subscribe((event) => options.sendEvent(EVENT_CHANNEL, event))
}
