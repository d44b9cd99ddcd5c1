import type { MendBridge, ProcedureInput, ProcedureName, ProcedureOutput, Result } from '../../electron/contract'
import { createHttpBridgeClient } from './http-bridge-client'

/**
 * The renderer's only way to main: typed calls by procedure name. Validation happens in main;
 * this layer just names things. Stores call it; components never do.
 */
export interface ApiClient {
  call<N extends ProcedureName>(procedure: N, input: ProcedureInput<N>): Promise<Result<ProcedureOutput<N>>>
  onEvent: MendBridge['onEvent']
}

export function createApiClient(bridge: MendBridge): ApiClient {
  return {
    call: (procedure, input) => bridge.invoke(procedure, input) as Promise<Result<ProcedureOutput<typeof procedure>>>,
    onEvent: (listener) => bridge.onEvent(listener),
  }
}

let client: ApiClient | null = null

/** The app's client: the preload object inside Electron, the loopback bridge in a browser. */
export function apiClient(): ApiClient {
  client ??= createApiClient(window.mend ?? createHttpBridgeClient())
  return client
}

/** Lets tests give stores a client over an in-memory bridge. */
export function setApiClient(next: ApiClient | null): void {
  client = next
}
