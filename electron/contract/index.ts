import type { z } from 'zod'
import type { MendEvent } from './events'
import type { Result } from './errors'
import { backupProcedures } from './backup.contract'
import { exportProcedures } from './export.contract'
import { importProcedures } from './import.contract'
import { journalProcedures } from './journal.contract'
import { peopleProcedures } from './people.contract'
import { photoProcedures } from './photos.contract'
import { planProcedures } from './plans.contract'
import { assessmentProcedures } from './assessments.contract'
import { sessionProcedures } from './session.contract'
import { settingsProcedures } from './settings.contract'
import { templateProcedures } from './templates.contract'
import { vaultProcedures } from './vault.contract'

export * from './errors'
export * from './events'
export * from './passphrase-policy'
export * from './procedure'
export * from './vault.contract'
export * from './backup.contract'
export * from './export.contract'
export * from './settings.contract'
export * from './journal.contract'
export * from './people.contract'
export * from './photos.contract'
export * from './templates.contract'
export * from './import.contract'
export * from './plans.contract'
export * from './assessments.contract'
export * from './method-references'
export { CONTENT_SECURITY_POLICY } from './content-security-policy'

/** The whole API, one entry per procedure, named `domain.verbNoun`. */
export const procedures = {
  ...vaultProcedures,
  ...settingsProcedures,
  ...sessionProcedures,
  ...backupProcedures,
  ...exportProcedures,
  ...journalProcedures,
  ...photoProcedures,
  ...peopleProcedures,
  ...templateProcedures,
  ...importProcedures,
  ...planProcedures,
  ...assessmentProcedures,
}

export type Procedures = typeof procedures
export type ProcedureName = keyof Procedures
export type ProcedureInput<N extends ProcedureName> = z.input<Procedures[N]['input']>
export type ProcedureOutput<N extends ProcedureName> = z.output<Procedures[N]['output']>

export { INVOKE_CHANNEL, EVENT_CHANNEL, BRIDGE_GLOBAL, BRIDGE_TOKEN_FRAGMENT, BRIDGE_TOKEN_HEADER } from './channels'

/** What travels on the invoke channel; the reply is a Result envelope. */
export interface InvokeRequest {
  procedure: string
  input: unknown
}

/**
 * The one object the preload script exposes (as `window.mend`), and that the browser bridge
 * client implements too. Deliberately tiny and untyped at this level: the typed surface is
 * the renderer's api client, which validates nothing itself but relies on main to.
 */
export interface MendBridge {
  invoke(procedure: string, input: unknown): Promise<Result<unknown>>
  /** Subscribes to main's events; returns an unsubscribe function. */
  onEvent(listener: (event: MendEvent) => void): () => void
}
