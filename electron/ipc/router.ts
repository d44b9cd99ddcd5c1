import type { z } from 'zod'
import { procedures, type MendErrorPayload, type ProcedureName, type Procedures, type Result } from '../contract'
import { MendError, type Logger } from '../core'

type MaybePromise<T> = T | Promise<T>

/** One function per procedure, taking the parsed input and returning the output. */
export type Handlers = {
  [N in ProcedureName]: (input: z.output<Procedures[N]['input']>) => MaybePromise<z.input<Procedures[N]['output']>>
}

export interface RouterContext {
  isUnlocked(): boolean
  logger: Logger
  /** Called for every known procedure before it runs (the auto-lock counts use). */
  onCall?: (procedure: ProcedureName) => void
}

export interface Router {
  /** Never throws and never rejects: every outcome is a Result envelope. */
  dispatch(procedure: unknown, input: unknown): Promise<Result<unknown>>
}

function failure(error: MendErrorPayload): Result<never> {
  return { ok: false, error }
}

/** The contract's own field paths are short; an unexpected key can be megabytes, and is named in the answer. */
const MAX_FIELD_CHARS = 100

function fieldName(path: readonly PropertyKey[]): string {
  const field = path.map(String).join('.')
  if (field.length <= MAX_FIELD_CHARS) return field
  // Not between the two halves of a surrogate pair.
  const end = /[\uD800-\uDBFF]/.test(field.charAt(MAX_FIELD_CHARS - 1)) ? MAX_FIELD_CHARS - 1 : MAX_FIELD_CHARS
  return `${field.slice(0, end)}…`
}

/** Names the first offending field and says what is wrong, without echoing the value. */
export function describeInvalidInput(error: z.ZodError): MendErrorPayload {
  const issue = error.issues[0]
  if (!issue) return { code: 'INVALID_INPUT', message: 'The request is not valid.' }
  if (issue.code === 'unrecognized_keys') {
    const field = fieldName([...issue.path, issue.keys[0] ?? ''])
    return { code: 'INVALID_INPUT', field, message: `The field "${field}" is not expected here.` }
  }
  const field = fieldName(issue.path)
  if (!field) return { code: 'INVALID_INPUT', message: `The request is not valid: ${issue.message}` }
  return { code: 'INVALID_INPUT', field, message: `The field "${field}" is not valid: ${issue.message}` }
}

/**
 * Validation itself can throw on odd input, and not only on an in-process caller's getters and
 * proxies: zod 4 runs a `.max()` length check on any object that has a `length` property, and
 * comparing one whose `toString` is not a function throws ("Cannot convert object to primitive
 * value"); structured clone carries such an object. That is bad input (null), not a failure of Mend.
 */
function validate(schema: z.ZodType, input: unknown): { data: unknown } | { error: MendErrorPayload } | null {
  try {
    const parsed = schema.safeParse(input)
    return parsed.success ? { data: parsed.data } : { error: describeInvalidInput(parsed.error) }
  } catch {
    return null
  }
}

/**
 * Procedure name -> validate input -> call core -> validate output -> Result envelope.
 * Knows nothing of transports, so Electron IPC, the test bridge and in-process calls share it.
 */
export function createRouter(handlers: Handlers, context: RouterContext): Router {
  async function route(procedure: unknown, input: unknown): Promise<Result<unknown>> {
    if (typeof procedure !== 'string' || !Object.hasOwn(procedures, procedure)) {
      return failure({ code: 'UNKNOWN_PROCEDURE', message: 'Mend does not know that request.' })
    }
    const name = procedure as ProcedureName
    const definition = procedures[name]
    context.onCall?.(name)
    if (!definition.whileLocked && !context.isUnlocked()) {
      return failure({ code: 'LOCKED', message: 'The journal is locked. Unlock it to continue.' })
    }
    const parsed = validate(definition.input, input)
    if (!parsed) {
      context.logger.warn(`${name}: a request could not be read`)
      return failure({ code: 'INVALID_INPUT', message: 'The request could not be read.' })
    }
    if ('error' in parsed) return failure(parsed.error)

    try {
      const handler = handlers[name] as (input: unknown) => MaybePromise<unknown>
      const output = await handler(parsed.data)
      const checked = definition.output.safeParse(output)
      if (!checked.success) {
        context.logger.error(`${name} returned output that breaks its contract`)
        return failure({ code: 'INTERNAL', message: 'Something went wrong inside Mend. Your journal was not changed.' })
      }
      return { ok: true, value: checked.data }
    } catch (error) {
      if (error instanceof MendError) return failure(error.toPayload())
      context.logger.error(`${name} failed unexpectedly`, error)
      return failure({ code: 'INTERNAL', message: 'Something went wrong inside Mend. Please try again.' })
    }
  }
  return {
    // Even input that throws while being read (a getter, a proxy from an in-process caller) gets an envelope.
    dispatch: (procedure, input) =>
      route(procedure, input).catch((error: unknown) => {
        context.logger.error('a request could not be read', error)
        return failure({ code: 'INVALID_INPUT', message: 'The request could not be read.' })
      }),
  }
}
