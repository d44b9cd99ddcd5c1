/**
 * Preloaded with `node --require` before the built main process (out/main/index.js), in a child
 * that the test forked: `require('electron')` then gets the recording stand-in (fake-electron.ts),
 * and the test drives it over the fork's IPC channel (see tests/helpers/boot-main.ts). The bundle
 * itself is not touched. Bundled to one CommonJS file by the test (it runs before any loader).
 */
import { EventEmitter } from 'node:events'
import Module from 'node:module'
import type * as WorkerThreads from 'node:worker_threads'
import { apiUseKey, typeOf, type ApiUse } from './api-use'
import { createFakeElectron } from './fake-electron'
import type { StandInCommand, StandInMessage, TrackedWorker } from './commands'

const env = process.env
const uses = new Map<string, ApiUse>()
/** What the test raised through the stand-in: it must exist in Electron as much as what main uses. */
const driven = new Map<string, ApiUse>()
const fake = createFakeElectron(
  {
    userData: env['MEND_STAND_IN_USER_DATA'] ?? '',
    documents: env['MEND_STAND_IN_DOCUMENTS'] ?? '',
    singleInstanceLock: env['MEND_STAND_IN_SECOND_INSTANCE'] !== '1',
  },
  uses,
)

// `require('electron')` anywhere in the bundle resolves to this one stand-in.
const STAND_IN_PATH = `${__filename}#electron`
const loader = Module as unknown as {
  _resolveFilename(request: string, ...rest: unknown[]): string
  _cache: Record<string, unknown>
}
const resolveFilename = loader._resolveFilename.bind(loader)
loader._resolveFilename = (request, ...rest) =>
  request === 'electron' ? STAND_IN_PATH : resolveFilename(request, ...rest)
const standInModule = new Module(STAND_IN_PATH)
standInModule.exports = fake.electron
standInModule.loaded = true
loader._cache[STAND_IN_PATH] = standInModule

// The core's worker threads, watched from outside: did each say it stopped, and did it end?
const workers: TrackedWorker[] = []
// The module object main will get (an `import` binding could not be replaced).
const workerThreads = Module.createRequire(__filename)('node:worker_threads') as typeof WorkerThreads
const OriginalWorker = workerThreads.Worker
class WatchedWorker extends OriginalWorker {
  constructor(...args: ConstructorParameters<typeof OriginalWorker>) {
    super(...args)
    const tracked: TrackedWorker = { script: String(args[0]), stopped: false, exitCode: null }
    workers.push(tracked)
    this.on('message', (message: { kind?: string }) => {
      if (message?.kind === 'stopped') tracked.stopped = true
    })
    this.on('exit', (code) => (tracked.exitCode = code))
  }
}
;(workerThreads as { Worker: typeof OriginalWorker }).Worker = WatchedWorker

const send = (message: StandInMessage, then: () => void = () => {}) => process.send?.(message, then)

fake.onExit(() => send({ type: 'exit', workers, seen: fake.seen }, () => process.exit(0)))

// Electron is ready once the main script has run its first turn.
setImmediate(() => {
  fake.ready()
  fake.raw.app.emit('ready')
  send({ type: 'ready' })
})

process.on('message', (command: StandInCommand & { id: number }) => {
  run(command).then(
    (value) => send({ type: 'reply', id: command.id, ok: true, value }),
    (error: unknown) => send({ type: 'reply', id: command.id, ok: false, error: String(error) }),
  )
})

function drive(type: string, event: string): void {
  const use = { type, member: 'on', event }
  driven.set(apiUseKey(use), use)
}

async function run(command: StandInCommand): Promise<unknown> {
  switch (command.command) {
    case 'seen':
      return fake.seen
    case 'workers':
      return workers
    case 'protocol': {
      const handler = fake.protocolHandler(command.scheme)
      if (!handler) throw new Error(`no handler for ${command.scheme}:`)
      const response = await handler(new Request(command.url))
      return { status: response.status, body: Buffer.from(await response.arrayBuffer()).toString('base64') }
    }
    case 'invoke': {
      const handler = fake.ipcHandler(command.channel)
      if (!handler) throw new Error(`no handler on ${command.channel}`)
      const mainFrame = { url: command.senderUrl }
      const event = { senderFrame: mainFrame, sender: { mainFrame: command.subFrame ? {} : mainFrame } }
      return await handler(event, command.request)
    }
    case 'emit': {
      const target = command.on === 'app' ? fake.raw.app : fake.raw.powerMonitor
      drive(command.on === 'app' ? 'App' : 'PowerMonitor', command.event)
      const event = fake.preventable()
      target.emit(command.event, event, ...command.args)
      return { defaultPrevented: event.defaultPrevented }
    }
    case 'closeWindow': {
      drive('BrowserWindow', 'closed')
      fake.window(command.index)?.close()
      return null
    }
    case 'answerDialogs':
      Object.assign(fake.dialogAnswers, command.answers)
      return null
    case 'quit':
      // As Cmd+Q or the menu's Quit: Electron's app.quit(), which main may hold back.
      fake.raw.app.quit()
      return null
    case 'evaluate': {
      // As Playwright does: the function arrives as text and runs in this process's global scope.
      const run = new Function(`return (${command.source})`)() as (electron: unknown, arg: unknown) => unknown
      return (await run(fake.electron, command.arg)) ?? null
    }
    case 'apiUse':
      return { used: [...uses.values()], offered: [...offeredApi(), ...driven.values()] }
  }
}

/** Every member the stand-in's objects offer, under the Electron type each plays. */
function offeredApi(): ApiUse[] {
  const offered: ApiUse[] = []
  // Node's own members of an EventEmitter (and its class) are not the stand-in's offer.
  const stop = new Set<object>([Object.prototype, Function.prototype, EventEmitter.prototype, EventEmitter])
  for (const object of fake.objects()) {
    const type = typeOf(object)
    if (!type) continue
    for (let layer: object | null = object; layer && !stop.has(layer); layer = Object.getPrototypeOf(layer)) {
      for (const member of Object.getOwnPropertyNames(layer)) {
        if (['constructor', 'length', 'name', 'prototype'].includes(member) || member.startsWith('_')) continue
        offered.push({ type, member })
      }
    }
  }
  return offered
}
