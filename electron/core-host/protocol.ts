import { z } from 'zod'
import { JournalImportFormat, MendEvent, PlaintextFormat, type MendErrorPayload, type Result } from '../contract'
import { LocalDate } from '../contract/journal-values'
import { QuietHours, TimeOfDay } from '../contract/plan-values'
import { SCHEDULE_MAX_REMINDERS } from '../core/repair/reminder-schedule'

/**
 * The messages between the host (Electron's main, the browser preview, the test harness) and the
 * core in its worker thread. Both sides check every message they receive against these schemas:
 * a message that does not fit gets a typed error back (when it names a request) and is otherwise
 * logged and dropped, never trusted.
 *
 * Requests carry a number chosen by the side that asks; the answer carries the same number.
 * Host-numbered: invoke (the renderer's one channel) and call (the shell's own questions).
 * Worker-numbered: ask (what only the host can do: dialogs, the file Mend was opened with).
 */

const RequestId = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER)
const LockReason = z.enum(['manual', 'idle', 'suspend', 'screen-lock', 'hidden', 'shutdown'])

/** What the shell asks the core for itself, outside the renderer's procedures. */
export const CORE_CALLS = ['takeDueNotifications'] as const
export type CoreCallName = (typeof CORE_CALLS)[number]

/**
 * The times of the next reminders (core/repair/reminder-schedule.ts): a day, a time, a kind and
 * a key, never a word the person wrote. Main keeps them in memory to remind while locked.
 */
const ReminderScheduleMessage = z.strictObject({
  quietHours: QuietHours.nullable(),
  reminders: z
    .array(
      z.strictObject({
        key: z.string().max(200),
        kind: z.enum(['check-in', 'amend', 'trust-check']),
        day: LocalDate,
        time: TimeOfDay,
      }),
    )
    .max(SCHEDULE_MAX_REMINDERS),
})

/** Keys of reminders main raised while locked, for core to record (no answer). */
const RaisedKeys = z.array(z.string().max(200)).max(SCHEDULE_MAX_REMINDERS)

export const ToCore = z.discriminatedUnion('kind', [
  /** A renderer request, forwarded untouched: the router validates procedure and input. */
  z.strictObject({ kind: z.literal('invoke'), id: RequestId, procedure: z.unknown(), input: z.unknown() }),
  /** Lock now, whatever runs (the work itself sees the shared flag set just before). */
  z.strictObject({ kind: z.literal('lock'), reason: LockReason }),
  z.strictObject({ kind: z.literal('call'), id: RequestId, name: z.enum(CORE_CALLS) }),
  /** The host's answer to an `ask`: a path (null for a cancelled dialog), or why it failed. */
  z.strictObject({
    kind: z.literal('answer'),
    id: RequestId,
    value: z.string().nullable().optional(),
    failed: z.string().optional(),
  }),
  /** Lock, then say `stopped`: the host ends the thread after it. */
  z.strictObject({ kind: z.literal('stop') }),
  z.strictObject({ kind: z.literal('remindersRaised'), keys: RaisedKeys }),
])
export type ToCore = z.infer<typeof ToCore>

export const HostAsk = z.discriminatedUnion('name', [
  z.strictObject({ name: z.literal('chooseBackupFile') }),
  z.strictObject({ name: z.literal('chooseExportTarget'), format: PlaintextFormat, suggestedName: z.string() }),
  z.strictObject({ name: z.literal('chooseImportSource'), format: JournalImportFormat }),
  z.strictObject({ name: z.literal('choosePdfTarget'), suggestedName: z.string() }),
  z.strictObject({ name: z.literal('takeBackupFile') }),
])
export type HostAsk = z.infer<typeof HostAsk>

const ResultEnvelope = z.union([
  z.strictObject({ ok: z.literal(true), value: z.unknown() }),
  z.strictObject({
    ok: z.literal(false),
    error: z.object({ code: z.string(), message: z.string() }).loose(),
  }),
])

export const FromCore = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('ready') }),
  z.strictObject({ kind: z.literal('result'), id: RequestId, result: ResultEnvelope }),
  z.strictObject({ kind: z.literal('event'), event: MendEvent }),
  /** Sent whenever either changes: the shell decides on a hidden window's lock without asking. */
  z.strictObject({ kind: z.literal('state'), unlocked: z.boolean(), lockWhenHidden: z.boolean() }),
  z.strictObject({ kind: z.literal('ask'), id: RequestId, ask: HostAsk }),
  /** A log line for the host's logger: events only, never journal text (see core's Logger). */
  z.strictObject({ kind: z.literal('log'), level: z.enum(['info', 'warn', 'error']), message: z.string() }),
  /** A message the worker could not read and could not answer (it named no request). */
  z.strictObject({ kind: z.literal('unreadable'), reason: z.string() }),
  z.strictObject({ kind: z.literal('stopped') }),
  /** After each reminder check and just before each lock, while the journal is open. */
  z.strictObject({ kind: z.literal('reminders'), schedule: ReminderScheduleMessage }),
])
export type FromCore = z.infer<typeof FromCore>

/** What the worker starts with (Worker's workerData): where the journal is, and the shared flags. */
export const CoreWorkerData = z.strictObject({
  directory: z.string().min(1),
  flags: z.instanceof(SharedArrayBuffer),
  /** The writer's calendar (reminders, days due); the worker's own default otherwise. */
  timeZone: z.string().optional(),
})
export type CoreWorkerData = z.infer<typeof CoreWorkerData>

/** The answer to a message that named a request but could not be read. */
export const UNREADABLE_REQUEST: MendErrorPayload = {
  code: 'INVALID_INPUT',
  message: 'Mend could not read that request.',
}

/** The answer to every request still waiting when the core stopped unexpectedly. */
export const CORE_STOPPED: MendErrorPayload = {
  code: 'INTERNAL',
  message:
    'Mend stopped before it could finish this and has started again. Everything that was saved is still ' +
    'there; unlock the journal to go on.',
}

/** The id a malformed message carried, if it carried one that could be answered. */
export function requestIdOf(message: unknown): number | null {
  const id = (message as { id?: unknown } | null)?.id
  return typeof message === 'object' && RequestId.safeParse(id).success ? (id as number) : null
}

export function failed(error: MendErrorPayload): Result<never> {
  return { ok: false, error }
}
