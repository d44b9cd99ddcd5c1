import { z } from 'zod'
import { defineProcedure } from './procedure'

export const sessionProcedures = {
  /** The renderer saw the person use the app (throttled); restarts the auto-lock countdown. */
  'session.reportActivity': defineProcedure({
    input: z.strictObject({}),
    output: z.strictObject({}),
    whileLocked: false,
  }),
}
