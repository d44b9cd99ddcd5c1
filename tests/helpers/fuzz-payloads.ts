import fc from 'fast-check'
import type { z } from 'zod'
import { CANARY, hostileKey, hostileLeaf, hostileTree, ownProperties, type Transport } from './fuzz-values'

/**
 * Malformed payloads for one procedure, built from its own zod input schema: a plausible payload
 * (the right field names, values of about the right kind) with one to three things broken in it,
 * so validation is exercised below the first field, not only at the door.
 */

/** The parts of zod 4's schema definitions this file reads. */
interface SchemaDef {
  type: string
  shape?: Record<string, SchemaNode>
  element?: SchemaNode
  innerType?: SchemaNode
  options?: SchemaNode[]
  entries?: Record<string, string | number>
  values?: unknown[]
}
interface SchemaNode {
  def: SchemaDef
}

const PLAUSIBLE_STRINGS = ['a', 'Quiet evening', '2024-05-01', '2024-05-01T10:00', '09:30', 'A4', 'normal', 'kept']

/** A value of about the shape the schema wants; often valid, sometimes not (a regex it misses). */
export function plausible(schema: z.ZodType): fc.Arbitrary<unknown> {
  const { def } = schema as unknown as SchemaNode
  switch (def.type) {
    case 'object': {
      const shape = def.shape ?? {}
      const fields = Object.fromEntries(Object.entries(shape).map(([key, field]) => [key, plausible(field as never)]))
      const required = Object.entries(shape)
        .filter(([, field]) => field.def.type !== 'optional')
        .map(([key]) => key)
      return fc.record(fields, { requiredKeys: required })
    }
    case 'optional':
      return plausible(def.innerType as never)
    case 'nullable':
      return fc.option(plausible(def.innerType as never), { nil: null, freq: 4 })
    case 'array':
      return fc.array(plausible(def.element as never), { maxLength: 3 })
    case 'union':
      return fc.oneof(...(def.options ?? []).map((option) => plausible(option as never)))
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries ?? {}))
    case 'literal':
      return fc.constantFrom(...(def.values ?? []))
    case 'string':
      return fc.constantFrom(...PLAUSIBLE_STRINGS)
    case 'number':
      return fc.constantFrom(1, 2, 3, 5)
    case 'boolean':
      return fc.boolean()
    case 'custom':
      // The contract's only custom type is bytes (a photo): a few plausible ones.
      return fc.uint8Array({ minLength: 1, maxLength: 64 })
    default:
      throw new Error(`fuzz-payloads: no plausible value for a zod "${def.type}"; teach plausible() about it`)
  }
}

const MUTATIONS = ['replace-field', 'delete-field', 'extra-field', 'replace-node', 'wrap-in-array', 'pollute'] as const
interface Mutation {
  op: (typeof MUTATIONS)[number]
  /** Which container of the payload, and which of its fields, the mutation hits. */
  pick: number
  key: string
  value: unknown
}

interface Slot {
  node: Record<string, unknown> | unknown[]
  replace(value: unknown): void
}

/** Every object and array of a plausible payload, with a way to swap it in its parent. */
function slotsOf(root: { value: unknown }): Slot[] {
  const slots: Slot[] = []
  const visit = (node: unknown, replace: (value: unknown) => void) => {
    // Bytes are a value like a string: their parent's mutations replace them whole.
    if (typeof node !== 'object' || node === null || ArrayBuffer.isView(node)) return
    const container = node as Record<string, unknown> | unknown[]
    slots.push({ node: container, replace })
    for (const key of Object.keys(container)) {
      visit((container as Record<string, unknown>)[key], (value) => {
        ;(container as Record<string, unknown>)[key] = value
      })
    }
  }
  visit(root.value, (value) => (root.value = value))
  return slots
}

function define(node: object, key: string, value: unknown): void {
  try {
    Object.defineProperty(node, key, { value, enumerable: true, writable: true, configurable: true })
  } catch {
    // An array's `length` set to something that is not a length: JavaScript refuses, so no payload has it.
  }
}

function apply(slot: Slot, mutation: Mutation): void {
  const { node } = slot
  const keys = Object.keys(node)
  const key = keys[mutation.pick % Math.max(keys.length, 1)]
  switch (mutation.op) {
    case 'replace-field':
      if (key === undefined) define(node, mutation.key, mutation.value)
      else define(node, key, mutation.value)
      return
    case 'delete-field':
      // In an array this leaves a hole: a sparse array is one more odd shape.
      if (key !== undefined) delete (node as Record<string, unknown>)[key]
      return
    case 'extra-field':
      define(node, mutation.key, mutation.value)
      return
    case 'replace-node':
      slot.replace(mutation.value)
      return
    case 'wrap-in-array':
      slot.replace([node])
      return
    case 'pollute':
      define(node, '__proto__', { polluted: CANARY })
      define(node, 'constructor', { prototype: { polluted: CANARY } })
      return
  }
}

function mutated(base: unknown, mutations: Mutation[]): unknown {
  const root = { value: base }
  const slots = slotsOf(root)
  if (slots.length === 0) return mutations[0]?.value
  for (const mutation of mutations) {
    const slot = slots[mutation.pick % slots.length]
    if (slot) apply(slot, mutation)
  }
  return root.value
}

function mutationArbitrary(transport: Transport): fc.Arbitrary<Mutation> {
  return fc.record({
    op: fc.constantFrom(...MUTATIONS),
    pick: fc.nat(),
    key: hostileKey,
    value: hostileTree(transport),
  })
}

/** The schema's own field names, some missing, with hostile values and hostile extra keys. */
function fieldSoup(schema: z.ZodType, transport: Transport): fc.Arbitrary<unknown> {
  const names = Object.keys((schema as unknown as SchemaNode).def.shape ?? {})
  const leaf = hostileLeaf(transport)
  return fc
    .tuple(
      fc.subarray(names).chain((chosen) => fc.tuple(...chosen.map((name) => fc.tuple(fc.constant(name), leaf)))),
      fc.array(fc.tuple(hostileKey, leaf), { maxLength: 2 }),
    )
    .map(([fields, extras]) => ownProperties([...fields, ...extras]))
}

/** Payloads for a procedure with `schema` as its input: nearly all malformed, a few valid by chance. */
export function payloadArbitrary(schema: z.ZodType, transport: Transport): fc.Arbitrary<unknown> {
  const base = plausible(schema)
  return fc.oneof(
    {
      weight: 12,
      arbitrary: fc
        .tuple(base, fc.array(mutationArbitrary(transport), { minLength: 1, maxLength: 3 }))
        .map(([value, mutations]) => mutated(value, mutations)),
    },
    { weight: 3, arbitrary: hostileTree(transport) },
    { weight: 2, arbitrary: fieldSoup(schema, transport) },
    { weight: 1, arbitrary: base },
  )
}

/** Whether the procedure's own schema accepts the payload as it arrived (such payloads may succeed). */
export function acceptedBy(schema: z.ZodType, payload: unknown): boolean {
  try {
    return schema.safeParse(payload).success
  } catch {
    return false
  }
}
