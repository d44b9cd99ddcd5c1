import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { BRIDGE_GLOBAL, EVENT_CHANNEL, INVOKE_CHANNEL } from '../contract/channels'
import type { MendBridge, MendEvent, Result } from '../contract'

// Exposes one small object, never ipcRenderer itself: the page can only invoke and listen.
const bridge: MendBridge = {
  invoke: (procedure, input) => ipcRenderer.invoke(INVOKE_CHANNEL, { procedure, input }) as Promise<Result<unknown>>,
  onEvent(listener) {
    const handler = (_event: IpcRendererEvent, payload: MendEvent) => listener(payload)
    ipcRenderer.on(EVENT_CHANNEL, handler)
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, handler)
    }
  },
}

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, bridge)
