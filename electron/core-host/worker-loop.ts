import type { Result } from '../contract'
import type { Clock, Logger, Timers } from '../core'
import { createAppApi, type AppApi, type HostDialogs } from '../ipc'
import { WorkFlags } from '../ipc/work-flags'
import { backupCopyThread } from './backup-copy-thread'
import type { FromCore } from './protocol'
import {
  ToCore,
  UNREADABLE_REQUEST,
  failed,
  requestIdOf,
  type CoreCallName,
  type CoreWorkerData,
  type HostAsk,
} from './protocol'

/** The worker's end of the channel to its host (worker_threads' parentPort, or a test's port). */
export interface CorePort {
  postMessage(message: unknown): void
  on(event: 'message', listener: (message: unknown) => void): unknown
}

export interface CoreWorkerSetup {
  port: CorePort
  data: CoreWorkerData
  /** Only a test host's worker (testing/control-worker.ts) moves the clock or speeds up timers. */
  clock?: Clock
  timers?: Timers
  /** This worker's own script: started again for backups beside the core's work (backup-copy-thread.ts). */
  script?: string
}

/** What a log line may carry from a thrown value: its kind, never its message (see consoleLogger). */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return ''
  const code = (error as NodeJS.ErrnoException).code
  return ` (${error.name}${code ? ` ${code}` : ''})`
}

/**
 * The core's side of the worker: builds the API on the journal's folder and serves the host's
 * messages. Requests run as they arrive, each answered by its number; a lock is acted on the
 * moment it is read (long work already saw the shared flag and stops at its next step); events
 * and the shell's facts (locked or not, lock when hidden) go back unasked.
 */
export function runCoreWorker(setup: CoreWorkerSetup): AppApi {
  const { port, data } = setup
  const post = (message: FromCore) => port.postMessage(message)
  const logger: Logger = {
    info: (message) => post({ kind: 'log', level: 'info', message }),
    warn: (message) => post({ kind: 'log', level: 'warn', message }),
    error: (message, error) => post({ kind: 'log', level: 'error', message: `${message}${describe(error)}` }),
  }

  const asks = new Map<number, { resolve(path: string | null): void; reject(error: Error): void }>()
  let lastAsk = 0
  function ask(request: HostAsk): Promise<string | null> {
    const id = ++lastAsk
    return new Promise((resolve, reject) => {
      asks.set(id, { resolve, reject })
      post({ kind: 'ask', id, ask: request })
    })
  }
  const dialogs: HostDialogs = {
    chooseBackupFile: () => ask({ name: 'chooseBackupFile' }),
    chooseExportTarget: (format, suggestedName) => ask({ name: 'chooseExportTarget', format, suggestedName }),
    chooseImportSource: (format) => ask({ name: 'chooseImportSource', format }),
    choosePdfTarget: (suggestedName) => ask({ name: 'choosePdfTarget', suggestedName }),
  }

  const api = createAppApi({
    directory: data.directory,
    logger,
    dialogs,
    openedFiles: { takeBackupFile: () => ask({ name: 'takeBackupFile' }) },
    flags: new WorkFlags(data.flags),
    // Times only, for main to remind from while locked; sent as plain data, never stored.
    onReminderSchedule: (schedule) => post({ kind: 'reminders', schedule }),
    ...(data.timeZone ? { timeZone: data.timeZone } : {}),
    ...(setup.clock ? { clock: setup.clock } : {}),
    ...(setup.timers ? { timers: setup.timers } : {}),
    ...(setup.script ? { backupCopier: backupCopyThread(setup.script) } : {}),
  })

  let shown = ''
  function postState(): void {
    let lockWhenHidden = false
    try {
      lockWhenHidden = api.settings()?.lockWhenHidden ?? false
    } catch (error) {
      logger.warn(`reading the settings for the shell failed${describe(error)}`)
    }
    const state = { kind: 'state' as const, unlocked: api.vault.isUnlocked, lockWhenHidden }
    const key = `${state.unlocked}/${state.lockWhenHidden}`
    if (key === shown) return
    shown = key
    post(state)
  }

  /** An answer that cannot be cloned across (it never should) still reaches its request as an error. */
  function answer(id: number, result: Result<unknown>): void {
    try {
      post({ kind: 'result', id, result })
    } catch (error) {
      logger.error('an answer could not be sent to the host', error)
      post({ kind: 'result', id, result: failed({ code: 'INTERNAL', message: 'Mend could not send its answer.' }) })
    }
  }

  async function call(name: CoreCallName): Promise<Result<unknown>> {
    // Asked of the database: waits, as requests do, for an import to end.
    await api.whenIdle()
    if (name === 'takeDueNotifications') return { ok: true, value: api.takeDueNotifications() }
    return failed({ code: 'UNKNOWN_PROCEDURE', message: 'Mend does not know that request.' })
  }

  async function receive(raw: unknown): Promise<void> {
    const parsed = ToCore.safeParse(raw)
    if (!parsed.success) {
      const id = requestIdOf(raw)
      const kind = (raw as { kind?: unknown } | null)?.kind
      if (id !== null && kind === 'answer') {
        asks.get(id)?.reject(new Error('the host sent an answer Mend cannot read'))
        asks.delete(id)
      } else if (id !== null) answer(id, failed(UNREADABLE_REQUEST))
      else post({ kind: 'unreadable', reason: 'a message from the host did not have a form Mend knows' })
      return
    }
    const message = parsed.data
    switch (message.kind) {
      case 'invoke':
        answer(message.id, await api.router.dispatch(message.procedure, message.input))
        break
      case 'call':
        answer(message.id, await call(message.name))
        break
      case 'lock':
        await api.lock(message.reason)
        break
      case 'answer': {
        const waiting = asks.get(message.id)
        asks.delete(message.id)
        if (message.failed !== undefined) waiting?.reject(new Error(message.failed))
        else waiting?.resolve(message.value ?? null)
        break
      }
      case 'stop':
        await api.lock('shutdown')
        post({ kind: 'stopped' })
        return
      case 'remindersRaised':
        await api.whenIdle()
        api.markRemindersSent(message.keys)
        break
    }
    postState()
  }

  api.events.subscribe((event) => {
    post({ kind: 'event', event })
    if (event.type === 'vault.locked') postState()
  })
  port.on('message', (raw) => {
    receive(raw).catch((error: unknown) => logger.error('a message from the host failed', error))
  })
  post({ kind: 'ready' })
  postState()
  return api
}
