import { E2E_HOOK, type E2eHook } from '../../electron/main/testing/e2e-hook'

/**
 * What the hook needs of Playwright's ElectronApplication: `evaluate` sends the function's source
 * to Electron's main process and runs it there with the electron module and `arg`.
 */
export interface EvaluatesInMain {
  evaluate<R, A>(run: (electron: unknown, arg: A) => R | Promise<R>, arg: A): Promise<R>
}

/**
 * The test build's hook in Electron's main process, reached through Playwright's evaluate. The
 * function is sent as source and run there: it can only use its arguments and main's globals.
 */
export function electronHook(app: EvaluatesInMain): {
  [K in keyof E2eHook]: (...args: Parameters<E2eHook[K]>) => Promise<Awaited<ReturnType<E2eHook[K]>>>
} {
  const run = <K extends keyof E2eHook>(method: K, args: Parameters<E2eHook[K]>) =>
    app.evaluate(
      async (_electron, [global, name, values]) => {
        const hook = (globalThis as unknown as Record<string, Record<string, (...a: unknown[]) => unknown>>)[global]
        if (!hook) throw new Error('this is not the e2e test build (no test hook in main)')
        return (await hook[name]!(...values)) as never
      },
      [E2E_HOOK, method, args] as [string, string, unknown[]],
    ) as Promise<Awaited<ReturnType<E2eHook[K]>>>
  return {
    call: (procedure, input) => run('call', [procedure, input]),
    advanceClock: (ms) => run('advanceClock', [ms]),
    dumpTables: () => run('dumpTables', []),
    killWorker: () => run('killWorker', []),
    openBackupFile: (path) => run('openBackupFile', [path]),
  }
}
