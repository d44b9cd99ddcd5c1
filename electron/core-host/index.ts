// The host's side only: the worker's side (worker-loop.ts, core-worker.ts) is its own entry point.
export { startCoreHost, type CoreHost, type CoreHostOptions, type CoreState, type HostServices } from './core-host'
export { coreWorkerSpawner } from './spawn-core-worker'
export { CORE_CALLS, type CoreCallName } from './protocol'
