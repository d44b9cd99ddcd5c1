import { z } from 'zod'
import { defineProcedure } from './procedure'

export const sessionProcedures = {
  /** The renderer saw the person use the app (throttled); restarts the auto-lock countdown. */
  'session.reportActivity': defineProcedure({
    input: z.strictObject({}),
    output: z.strictObject({}),
    whileLocked: false,
  }),
  /**
   * Stops the import or PDF export in progress at its next step; it then answers CANCELLED and
   * leaves nothing behind. Answers at once, whether or not anything was running.
   */
  'session.cancelWork': defineProcedure({
    input: z.strictObject({}),
    output: z.strictObject({}),
    whileLocked: false,
  }),
}
