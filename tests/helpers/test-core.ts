import { MessageChannel } from 'node:worker_threads'
import type { MendEvent, Result } from '../../electron/contract'
import { silentLogger, type Logger } from '../../electron/core'
import { coreWorkerSpawner, startCoreHost, type CoreHost, type HostServices } from '../../electron/core-host'
import type { CoreHostOptions, CoreWorkerHandle } from '../../electron/core-host/core-host'
import { testControlClient, type TestControl } from '../../electron/core-host/testing/control'
import { noDialogs } from '../../electron/ipc'
import { coreWorkerBundle } from './core-worker-bundle'
import { TEST_TIME_ZONE } from './test-time-zone'

/** A real core worker thread on a real vault folder, hosted as Electron's main hosts it. */
export interface TestCore {
  host: CoreHost
  /** The test control channel of the worker now running (a new one after a restart). */
  control(): TestControl
  /** The worker thread now running, to end it abruptly (as a crash would). */
  worker(): CoreWorkerHandle
  /** Every event the host passed on, in order. */
  events: MendEvent[]
  /** Resolves with the first event (already seen or still to come) that `match` accepts. */
  nextEvent(match: (event: MendEvent) => boolean): Promise<MendEvent>
  /** A call as the window makes it; throws unless it succeeded. */
  call<T = unknown>(procedure: string, input?: unknown): Promise<T>
  stop(): Promise<void>
}

export function startTestCore(
  directory: string,
  options: {
    services?: Partial<HostServices>
    logger?: Logger
    idleSpeedup?: number
    onReminderSchedule?: CoreHostOptions['onReminderSchedule']
  } = {},
): TestCore {
  let control: TestControl | null = null
  let worker: CoreWorkerHandle | null = null
  const spawn = coreWorkerSpawner(coreWorkerBundle('test'), { directory, timeZone: TEST_TIME_ZONE }, () => {
    const channel = new MessageChannel()
    control = testControlClient(channel.port1)
    return {
      workerData: { control: channel.port2, idleSpeedup: options.idleSpeedup ?? 1 },
      transferList: [channel.port2],
    }
  })
  const host = startCoreHost({
    spawn: (flags) => (worker = spawn(flags)),
    services: { dialogs: noDialogs, takeBackupFile: () => null, ...options.services },
    logger: options.logger ?? silentLogger,
    ...(options.onReminderSchedule ? { onReminderSchedule: options.onReminderSchedule } : {}),
  })
  const events: MendEvent[] = []
  const waiting: Array<{ match: (event: MendEvent) => boolean; resolve: (event: MendEvent) => void }> = []
  host.subscribe((event) => {
    events.push(event)
    for (const wait of [...waiting]) {
      if (!wait.match(event)) continue
      waiting.splice(waiting.indexOf(wait), 1)
      wait.resolve(event)
    }
  })
  return {
    host,
    control: () => control!,
    worker: () => worker!,
    events,
    nextEvent: (match) => {
      const seen = events.find(match)
      return seen ? Promise.resolve(seen) : new Promise((resolve) => waiting.push({ match, resolve }))
    },
    async call<T>(procedure: string, input: unknown = {}): Promise<T> {
      const result: Result<unknown> = await host.invoke(procedure, input)
      if (!result.ok) throw new Error(`${procedure}: ${result.error.code} ${result.error.message}`)
      return result.value as T
    },
    stop: () => host.stop(),
  }
}
