import type { LockReason, MendEvent, Result } from '../contract'
import type { ReminderSchedule } from '../core/repair/reminder-schedule'
import type { Logger } from '../core/ports'
import { EventHub } from '../ipc/event-hub'
import type { HostDialogs } from '../ipc/host'
import { WorkFlags } from '../ipc/work-flags'
import { CORE_STOPPED, FromCore, failed, requestIdOf, type CoreCallName, type HostAsk, type ToCore } from './protocol'

/** A started core worker, as node:worker_threads' Worker offers it (tests pass a fake). */
export interface CoreWorkerHandle {
  postMessage(message: unknown): void
  on(event: 'message', listener: (message: unknown) => void): unknown
  on(event: 'error', listener: (error: Error) => void): unknown
  on(event: 'exit', listener: (code: number) => void): unknown
  terminate(): Promise<number>
}

/** What only the host can do for the core: the system's dialogs, the file Mend was opened with. */
export interface HostServices {
  dialogs: HostDialogs
  takeBackupFile(): string | null
}

export interface CoreHostOptions {
  /** Starts a worker that shares `flags` (main: out/main/core-worker.js; see spawn-core-worker.ts). */
  spawn(flags: SharedArrayBuffer): CoreWorkerHandle
  services: HostServices
  logger: Logger
  /** The times of the next reminders, as core reports them while open (kept by main in memory). */
  onReminderSchedule?(schedule: ReminderSchedule): void
  /** Unexpected stops within a minute after which it stops restarting (a core that cannot start). */
  maxRestarts?: number
  now?: () => number
}

export interface CoreState {
  unlocked: boolean
  lockWhenHidden: boolean
}

export interface CoreHost {
  /** The renderer's one channel: never throws, always a Result envelope. */
  invoke(procedure: unknown, input: unknown): Promise<Result<unknown>>
  /** The shell's own questions (due reminders), answered in the worker. */
  call(name: CoreCallName): Promise<Result<unknown>>
  /** Locks at once: long work stops at its next step, and the window is told without waiting. */
  lock(reason: LockReason): void
  /** Reminders main raised while locked, for core to record so the open journal does not repeat them. */
  remindersRaised(keys: readonly string[]): void
  subscribe(listener: (event: MendEvent) => void): () => void
  /** Main's own events (menu commands, an opened file) go out on the same channel as the core's. */
  emit(event: MendEvent): void
  readonly state: CoreState
  /** Locks and ends the worker; after `timeoutMs` it is ended regardless (shutdown must not hang). */
  stop(timeoutMs?: number): Promise<void>
}

const RESTART_WINDOW_MS = 60_000

/**
 * The host's side of the core worker (after Signal Desktop's MainSQL, written for Mend): numbers
 * each request and matches the answer by its number, relays events, answers the worker's asks
 * from `services`, and, if the worker stops unexpectedly, answers everything still waiting with a
 * typed error, tells the window, and starts a new worker, locked. Nothing here touches the
 * journal, so the thread that hosts it never waits on journal work.
 */
export function startCoreHost(options: CoreHostOptions): CoreHost {
  const { logger } = options
  const now = options.now ?? Date.now
  const flags = new WorkFlags()
  const events = new EventHub(logger)
  const pending = new Map<number, (result: Result<unknown>) => void>()
  const state: CoreState = { unlocked: false, lockWhenHidden: false }
  const crashes: number[] = []
  let lastId = 0
  /** The window was already told the journal locked; the worker's own word on it is not repeated. */
  let lockAnnounced = false
  let stopping: { done: () => void } | null = null
  let gaveUp = false
  let worker = start()

  function start(): CoreWorkerHandle {
    flags.lockDone()
    flags.clearCancel()
    const started = options.spawn(flags.buffer)
    started.on('message', (message) => receive(message))
    started.on('error', (error) => logger.error('the core stopped with an error', error))
    started.on('exit', (code) => exited(started, code))
    return started
  }

  function send(message: ToCore): boolean {
    try {
      worker.postMessage(message)
      return true
    } catch (error) {
      logger.warn(`a request could not be passed to the core${error instanceof Error ? ` (${error.name})` : ''}`)
      return false
    }
  }

  function request(message: ToCore & { id: number }): Promise<Result<unknown>> {
    if (gaveUp) return Promise.resolve(failed(CORE_STOPPED))
    return new Promise((resolve) => {
      pending.set(message.id, resolve)
      if (send(message)) return
      pending.delete(message.id)
      resolve(failed({ code: 'INVALID_INPUT', message: 'Mend could not read that request.' }))
    })
  }

  function announceLock(reason: LockReason): void {
    if (!state.unlocked || lockAnnounced) return
    lockAnnounced = true
    state.unlocked = false
    events.emit({ type: 'vault.locked', reason })
  }

  function lock(reason: LockReason): void {
    flags.requestLock()
    send({ kind: 'lock', reason })
    announceLock(reason)
  }

  function receive(raw: unknown): void {
    const parsed = FromCore.safeParse(raw)
    if (!parsed.success) {
      const id = requestIdOf(raw)
      const waiting = id === null ? undefined : pending.get(id)
      logger.warn('the core sent a message Mend cannot read')
      if (waiting && id !== null) {
        pending.delete(id)
        waiting(failed({ code: 'INTERNAL', message: 'Mend could not read its own answer. Please try again.' }))
      }
      return
    }
    const message = parsed.data
    switch (message.kind) {
      case 'result': {
        const waiting = pending.get(message.id)
        pending.delete(message.id)
        waiting?.(message.result as Result<unknown>)
        return
      }
      case 'event':
        if (message.event.type === 'vault.locked') {
          if (lockAnnounced) return
          lockAnnounced = true
          state.unlocked = false
        }
        events.emit(message.event)
        return
      case 'state':
        if (message.unlocked) lockAnnounced = false
        state.unlocked = message.unlocked
        state.lockWhenHidden = message.lockWhenHidden
        return
      case 'ask':
        void answerAsk(message.id, message.ask)
        return
      case 'log':
        logger[message.level](`core: ${message.message}`)
        return
      case 'unreadable':
        logger.warn(`core: ${message.reason}`)
        return
      case 'stopped':
        stopping?.done()
        return
      case 'reminders':
        options.onReminderSchedule?.(message.schedule)
        return
      case 'ready':
        return
    }
  }

  async function answerAsk(id: number, ask: HostAsk): Promise<void> {
    const { dialogs } = options.services
    try {
      let value: string | null
      if (ask.name === 'chooseBackupFile') value = await dialogs.chooseBackupFile()
      else if (ask.name === 'chooseExportTarget')
        value = await dialogs.chooseExportTarget(ask.format, ask.suggestedName)
      else if (ask.name === 'chooseImportSource') value = await dialogs.chooseImportSource(ask.format)
      else if (ask.name === 'choosePdfTarget') value = await dialogs.choosePdfTarget(ask.suggestedName)
      else value = options.services.takeBackupFile()
      send({ kind: 'answer', id, value })
    } catch (error) {
      logger.error(`${ask.name} failed`, error)
      send({ kind: 'answer', id, failed: `${ask.name} failed` })
    }
  }

  function exited(which: CoreWorkerHandle, code: number): void {
    if (which !== worker) return
    for (const waiting of pending.values()) waiting(failed(CORE_STOPPED))
    pending.clear()
    if (stopping) {
      stopping.done()
      return
    }
    logger.error(`the core stopped unexpectedly (exit code ${code}); starting it again, locked`)
    state.unlocked = false
    lockAnnounced = false
    events.emit({ type: 'core.restarted' })
    const time = now()
    crashes.push(time)
    while (crashes.length > 0 && time - crashes[0]! > RESTART_WINDOW_MS) crashes.shift()
    if (crashes.length > (options.maxRestarts ?? 3)) {
      gaveUp = true
      logger.error('the core keeps stopping; not starting it again')
      return
    }
    worker = start()
  }

  return {
    invoke(procedure, input) {
      // Both act before the request is even read: the flag is what long work looks at.
      if (procedure === 'vault.lock') lock('manual')
      if (procedure === 'session.cancelWork') flags.requestCancel()
      return request({ kind: 'invoke', id: ++lastId, procedure, input })
    },
    call: (name) => request({ kind: 'call', id: ++lastId, name }),
    lock,
    remindersRaised: (keys) => void send({ kind: 'remindersRaised', keys: [...keys] }),
    subscribe: (listener) => events.subscribe(listener),
    emit: (event) => events.emit(event),
    state,
    async stop(timeoutMs = 5_000) {
      if (stopping) return
      const stopped = new Promise<void>((resolve) => {
        stopping = { done: resolve }
      })
      flags.requestLock()
      send({ kind: 'stop' })
      let timer: ReturnType<typeof setTimeout> | undefined
      await Promise.race([stopped, new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)))])
      clearTimeout(timer)
      await worker.terminate()
    },
  }
}
