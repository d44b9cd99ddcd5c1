import { z } from 'zod'
import { Settings } from '../../contract/settings.contract'

/**
 * The plaintext export: the whole journal as one JSON document (docs/export-format.md).
 * `version` rises when a change would make an older reader misread it; new optional sections
 * (journal entries, plans, assessments) are added by later features.
 */
export const EXPORT_FORMAT = 'mend-export'
export const EXPORT_VERSION = 1

export const MendExport = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.string(),
  vault: z.strictObject({
    createdAt: z.string(),
    displayName: z.string().nullable(),
  }),
  settings: Settings,
})
export type MendExport = z.infer<typeof MendExport>
