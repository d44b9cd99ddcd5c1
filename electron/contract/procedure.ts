import type { z } from 'zod'

/** One callable procedure: validated input, validated output, and whether it runs while locked. */
export interface ProcedureDefinition<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I
  output: O
  /** Only the vault's own procedures may run while the vault is locked; all others get LOCKED. */
  whileLocked: boolean
}

export function defineProcedure<I extends z.ZodType, O extends z.ZodType>(
  definition: ProcedureDefinition<I, O>,
): ProcedureDefinition<I, O> {
  return definition
}
