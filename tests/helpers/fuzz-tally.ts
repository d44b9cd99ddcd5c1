import { inspect } from 'node:util'
import { ERROR_CODES, MendErrorPayload, procedures, type ProcedureName, type Result } from '../../electron/contract'
import { acceptedBy } from './fuzz-payloads'
import { CANARY, type Transport } from './fuzz-values'

/** How the IPC fuzzer judges and counts answers (tests/integration/ipc-fuzz.test.ts). */

/** An answer is one plain sentence; a longer one is echoing something back. */
const MAX_MESSAGE_CHARS = 400

export interface Tally {
  perProcedure: Map<string, number>
  byCode: Map<string, number>
  acceptedBySchema: number
  /** Payloads the sender could not serialize (nesting past V8's clone and JSON.stringify depth): sent in-process. */
  rerouted: number
  /** Payloads whose validation threw (answered INVALID_INPUT, with a warning in the log). */
  unreadable: number
  /** Refusals of valid payloads whose message quoted the payload (core's wording, see judge). */
  echoedByCore: number
  problems: string[]
}

export const newTally = (): Tally => ({
  perProcedure: new Map(),
  byCode: new Map(),
  acceptedBySchema: 0,
  rerouted: 0,
  unreadable: 0,
  echoedByCore: 0,
  problems: [],
})

/** A short picture of a payload for a failure message: never megabytes, never the whole tree. */
export function sketch(payload: unknown): string {
  return inspect(payload, { depth: 2, maxStringLength: 40, maxArrayLength: 4, breakLength: Infinity })
    .replace(/(.)\1{20,}/g, (run, char: string) => `${char.repeat(5)}…×${run.length}`) // a megabyte key name
    .slice(0, 300)
}

/** What the payload looks like after the transport carried it: what main's router actually sees. */
export function asDelivered(payload: unknown, transport: Transport): unknown {
  if (transport === 'ipc') return structuredClone(payload)
  if (transport === 'http') {
    const text = JSON.stringify({ input: payload }, (_key, value: unknown) =>
      typeof value === 'bigint' ? value.toString() : value,
    )
    return (JSON.parse(text) as { input?: unknown }).input
  }
  return payload
}

/** Checks one answer against what the payload deserved; true when the procedure's schema accepted it. */
export function judge(
  tally: Tally,
  name: ProcedureName,
  transport: Transport,
  delivered: { payload: unknown; received: unknown },
  reply: Result<unknown>,
  locked: boolean,
): boolean {
  const { payload, received } = delivered
  const definition = procedures[name]
  const accepted = acceptedBy(definition.input, received)
  const expected = locked && !definition.whileLocked ? 'LOCKED' : accepted ? 'any answer but INTERNAL' : 'INVALID_INPUT'
  const code = reply.ok ? 'ok' : reply.error.code
  tally.byCode.set(code, (tally.byCode.get(code) ?? 0) + 1)
  if (accepted) tally.acceptedBySchema += 1

  const problem = (what: string): boolean => {
    tally.problems.push(`${transport} ${name}: ${what}; expected ${expected}; payload ${sketch(payload)}`)
    return accepted
  }
  if (typeof reply !== 'object' || reply === null || typeof reply.ok !== 'boolean') return problem('no envelope')
  if (!reply.ok) {
    if (!MendErrorPayload.safeParse(reply.error).success) return problem(`malformed error ${sketch(reply.error)}`)
    const said = `${reply.error.message} ${reply.error.field ?? ''}`
    // Refusing bad input is the router's job, and it names fields only. A valid payload's refusal
    // comes from core, which (today) names a person in "Ana is already in your journal": counted.
    if (said.includes(CANARY) && accepted) tally.echoedByCore += 1
    else if (said.includes(CANARY)) return problem('the answer echoes the payload')
    if (said.length > MAX_MESSAGE_CHARS) return problem(`an answer of ${said.length} characters`)
  }
  if (expected === 'LOCKED' || expected === 'INVALID_INPUT') {
    if (code !== expected) problem(`answered ${code}${reply.ok ? '' : ` "${reply.error.message.slice(0, 120)}"`}`)
  } else if (code === 'INTERNAL' || !(code === 'ok' || ERROR_CODES.includes(code as never))) {
    problem(`a valid payload answered ${code}`)
  }
  return accepted
}

export function report(label: string, tally: Tally, ms: number, seed: number): void {
  const counts = [...tally.perProcedure.values()]
  const total = counts.reduce((sum, n) => sum + n, 0)
  const codes = [...tally.byCode.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([code, n]) => `${code} ${n}`)
    .join(', ')
  const notes = [
    `+${tally.acceptedBySchema} valid by chance`,
    `${tally.rerouted} too deep to serialize, sent in-process`,
    `${tally.unreadable} threw while validated`,
    `${tally.echoedByCore} valid ones refused quoting their text`,
  ]
  console.info(
    `[fuzz] ${label}: ${counts.length} procedures, min ${Math.min(...counts)} malformed payloads each, ` +
      `${total} malformed in total (${notes.join('; ')}); answers: ${codes}; ` +
      `${tally.problems.length} problems; ${(ms / 1000).toFixed(1)} s; seed ${seed}`,
  )
}
