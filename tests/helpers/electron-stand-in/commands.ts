import type { ApiUse } from './api-use'
import type { Seen } from './fake-electron'

/** What the test asks of the stand-in in the child running the built main process. */
export type StandInCommand =
  | { command: 'seen' }
  | { command: 'workers' }
  /** Calls the handler main registered with protocol.handle, with a GET Request for `url`. */
  | { command: 'protocol'; scheme: string; url: string }
  /** Calls the handler main registered with ipcMain.handle, as from a frame showing `senderUrl`. */
  | { command: 'invoke'; channel: string; senderUrl: string; subFrame?: boolean; request: unknown }
  /** Raises an app or powerMonitor event; the first argument is a preventable event. */
  | { command: 'emit'; on: 'app' | 'powerMonitor'; event: string; args: unknown[] }
  /** The person closes the `index`-th window main opened. */
  | { command: 'closeWindow'; index: number }
  /** What the system file dialogs answer next (null: Cancel). */
  | { command: 'answerDialogs'; answers: { open?: string | null; save?: string | null } }
  | { command: 'quit' }
  /** As Playwright's electronApp.evaluate: `source` is a function's text, run in main with the electron module and `arg`. */
  | { command: 'evaluate'; source: string; arg: unknown }
  | { command: 'apiUse' }

export interface TrackedWorker {
  script: string
  /** The worker said it stopped (journal locked and closed) before it ended. */
  stopped: boolean
  exitCode: number | null
}

export interface ApiUseReport {
  used: ApiUse[]
  offered: ApiUse[]
}

export type StandInMessage =
  | { type: 'ready' }
  | { type: 'reply'; id: number; ok: true; value: unknown }
  | { type: 'reply'; id: number; ok: false; error: string }
  /** Sent as the app quits for good, just before the process ends. */
  | { type: 'exit'; workers: TrackedWorker[]; seen: Seen }
