import { z } from 'zod'
import { LIMITS, RowId } from './journal-values'
import { defineProcedure } from './procedure'

/** Someone whose trust is at stake. Entries, plans and assessments link to people. */
export const Person = z.strictObject({
  id: RowId,
  name: z.string(),
  relationship: z.string(),
  notes: z.string(),
  /** Entries (not in the trash) that mention this person. */
  entryCount: z.number().int().nonnegative(),
  createdAt: z.string(),
})
export type Person = z.infer<typeof Person>

export const PersonDraft = z.strictObject({
  name: z.string().trim().min(1, 'Enter a name.').max(LIMITS.personNameChars),
  relationship: z.string().trim().max(LIMITS.relationshipChars).optional(),
  notes: z.string().max(LIMITS.personNotesChars).optional(),
})
export type PersonDraft = z.infer<typeof PersonDraft>

export const peopleProcedures = {
  'people.list': defineProcedure({ input: z.strictObject({}), output: z.array(Person), whileLocked: false }),
  /** Names are unique regardless of case: adding an existing name is refused (INVALID_INPUT on name). */
  'people.create': defineProcedure({ input: PersonDraft, output: Person, whileLocked: false }),
  'people.update': defineProcedure({
    input: PersonDraft.partial().extend({ id: RowId }),
    output: Person,
    whileLocked: false,
  }),
  /** The person's links are removed; the entries themselves stay. */
  'people.delete': defineProcedure({
    input: z.strictObject({ id: RowId }),
    output: z.strictObject({}),
    whileLocked: false,
  }),
}
