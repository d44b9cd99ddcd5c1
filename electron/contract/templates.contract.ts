import { z } from 'zod'
import { EntryKind, LIMITS, RowId } from './journal-values'
import { defineProcedure } from './procedure'

/** A starting point for an entry: shipped with Mend (`builtin:*`) or written by the user (`user:<n>`). */
export const EntryTemplate = z.strictObject({
  id: z.string(),
  name: z.string(),
  /** One line on when this template helps. */
  description: z.string(),
  kind: EntryKind,
  title: z.string(),
  body: z.string(),
  builtIn: z.boolean(),
})
export type EntryTemplate = z.infer<typeof EntryTemplate>

export const TemplateDraft = z.strictObject({
  name: z.string().trim().min(1, 'Give the template a name.').max(LIMITS.templateNameChars),
  description: z.string().trim().max(200).optional(),
  kind: EntryKind.optional(),
  title: z.string().max(LIMITS.titleChars).optional(),
  body: z.string().max(100_000),
})
export type TemplateDraft = z.infer<typeof TemplateDraft>

export const templateProcedures = {
  'templates.list': defineProcedure({ input: z.strictObject({}), output: z.array(EntryTemplate), whileLocked: false }),
  'templates.create': defineProcedure({ input: TemplateDraft, output: EntryTemplate, whileLocked: false }),
  'templates.update': defineProcedure({
    input: TemplateDraft.partial().extend({ id: RowId }),
    output: EntryTemplate,
    whileLocked: false,
  }),
  /** Only user templates can be deleted; shipped ones are part of the app. */
  'templates.delete': defineProcedure({
    input: z.strictObject({ id: RowId }),
    output: z.strictObject({}),
    whileLocked: false,
  }),
}
