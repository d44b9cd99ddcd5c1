import { z } from 'zod'

/** Things main tells the renderer without being asked, on the one event channel. */
export const MendEvent = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('vault.locked'),
    reason: z.enum(['manual', 'idle', 'suspend', 'screen-lock', 'shutdown']),
  }),
])
export type MendEvent = z.infer<typeof MendEvent>
