import { z } from 'zod'
import { defineProcedure } from './procedure'

export const PlaintextFormat = z.enum(['json', 'markdown'])
export type PlaintextFormat = z.infer<typeof PlaintextFormat>

export const exportProcedures = {
  /**
   * Writes the whole journal unencrypted where the user chooses (main shows the save dialog).
   * `confirmUnencrypted` must be true: the renderer only sends it after the user read the warning.
   */
  'export.plaintext': defineProcedure({
    input: z.strictObject({ format: PlaintextFormat, confirmUnencrypted: z.literal(true) }),
    output: z.strictObject({ path: z.string() }).nullable(),
    whileLocked: false,
  }),
}
