/// <reference types="vite/client" />
import type { MendBridge } from '../electron/contract'

declare global {
  interface Window {
    /** Present inside the Electron app (exposed by the preload script); absent in a plain browser. */
    mend?: MendBridge
  }
}
