import type { IpcMain } from 'electron'
import { EVENT_CHANNEL, INVOKE_CHANNEL, type Result } from '../contract'
import type { AppApi } from '../ipc'
import { isTrustedSender, type SenderInfo } from './security'

const FORBIDDEN: Result<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: 'This window is not allowed to use Mend.' },
}

/** The one invoke channel and the one event channel between main and the window. */
export function attachIpcTransport(options: {
  ipcMain: Pick<IpcMain, 'handle'>
  api: Pick<AppApi, 'router' | 'events'>
  appOrigin: string
  sendEvent: (channel: string, payload: unknown) => void
}): () => void {
  options.ipcMain.handle(INVOKE_CHANNEL, (event, request: unknown) => {
    if (!isTrustedSender(event as unknown as SenderInfo, options.appOrigin)) return FORBIDDEN
    const { procedure, input } = (typeof request === 'object' && request !== null ? request : {}) as {
      procedure?: unknown
      input?: unknown
    }
    return options.api.router.dispatch(procedure, input)
  })
  return options.api.events.subscribe((event) => options.sendEvent(EVENT_CHANNEL, event))
}
