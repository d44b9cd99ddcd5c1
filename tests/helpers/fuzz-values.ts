import fc from 'fast-check'

/**
 * Hostile values for fuzzing the IPC contract: what a compromised or buggy renderer could send.
 * Kept apart from the payload shapes (fuzz-payloads.ts) so each reads in one sitting.
 */

/** Planted in generated text: a reply that contains it has echoed the caller's value back. */
export const CANARY = 'CANARY7f3a'

/** How a payload travels: Electron IPC (structured clone), the HTTP bridge (JSON), or a direct call. */
export type Transport = 'ipc' | 'http' | 'in-process'

const SPECIAL_NUMBERS = [
  NaN,
  Infinity,
  -Infinity,
  -0,
  0,
  -1,
  1,
  2,
  1.5,
  -2.5,
  2 ** 31,
  -(2 ** 31),
  2 ** 53,
  2 ** 53 + 2,
  -(2 ** 53),
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  Number.EPSILON,
  1e308,
  10_000_001,
]

const TRICKY_STRINGS = [
  '',
  ' ',
  '\t\n\r',
  '\u0000',
  'null',
  'undefined',
  'NaN',
  'true',
  '-1',
  '1e309',
  '__proto__',
  'constructor',
  '../../../../etc/passwd',
  '..\\..\\Windows\\system32',
  'file:///etc/passwd',
  'javascript:alert(1)',
  `<script>alert("${CANARY}")</script>`,
  `' OR 1=1; DROP TABLE entries; -- ${CANARY}`,
  '"unterminated',
  'NEAR(a b) OR title:x*',
  '^*',
  // Dates and times that look right and are not.
  '2024-02-30',
  '2023-02-29',
  '2024-13-01',
  '0000-00-00',
  '0000-01-01',
  '-0001-01-01',
  '+275760-09-13',
  '2024-01-01T24:00',
  '2024-01-01T10:60',
  '2024-1-1',
  '2024-01-01T10:00:00',
  '2024-01-01T10:00Z',
  '2024-01-01 10:00',
  'Invalid Date',
  '25:00',
  '23:60',
  // Lone and reversed surrogates, direction overrides, invisible characters.
  '\uD800',
  '\uDFFF',
  `a\uD83D${CANARY}`,
  '\uDC00\uD800',
  '\u202E\u2066',
  '\uFEFF\u200B',
  'e\u0301\u0301\u0301',
]

/** Keys a prototype-pollution or confused-deputy attack would use, and other odd names. */
export const TRICKY_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  '__defineGetter__',
  'then',
  'length',
  '0',
  '',
  ' ',
  '\uD800',
  'id ',
  'ID',
]

/** Built once: generating megabytes per payload would make the fuzzer measure itself. */
let bigValues: unknown[] | null = null

function nested(levels: number, wrap: (inner: unknown) => unknown): unknown {
  let value: unknown = CANARY
  for (let level = 0; level < levels; level += 1) value = wrap(value)
  return value
}

/** Huge strings (1-5 MB), 10,000 levels of nesting, and very wide arrays and objects. */
export function bigValuesOnce(): unknown[] {
  if (bigValues) return bigValues
  const wideObject: Record<string, number> = {}
  for (let i = 0; i < 20_000; i += 1) wideObject[`k${i}`] = i
  bigValues = [
    'x'.repeat(1_100_000),
    `${CANARY}\uD800`.repeat(200_000), // 2.2 MB of text with a lone surrogate every 11 characters
    '9'.repeat(5 * 1024 * 1024),
    '2024-01-01T10:00'.repeat(70_000),
    nested(10_000, (inner) => [inner]),
    nested(10_000, (inner) => ({ a: inner })),
    new Array<number>(100_000).fill(1),
    wideObject,
  ]
  return bigValues
}

/** Values structured clone carries (so Electron IPC can) but JSON cannot, or not as themselves. */
function clonableOddities(): unknown[] {
  const sparse: unknown[] = []
  sparse[5] = 1
  const withProps = Object.assign([1, 2], { extra: CANARY })
  const bare = Object.create(null) as Record<string, unknown>
  bare.id = 1
  return [
    new Date(NaN),
    new Date(8.64e15 + 1),
    new Date(0),
    new Map([['id', 1]]),
    new Set([1, 2]),
    /id/g,
    new Uint8Array([1, 2, 3]),
    new ArrayBuffer(8),
    new Error(CANARY),
    sparse,
    withProps,
    bare,
    1n,
    -(2n ** 64n),
  ]
}

/**
 * What only an in-process caller can pass: functions, symbols, getters and proxies that throw.
 * The router promises an envelope even for these.
 */
function inProcessOddities(): unknown[] {
  const throwing = new Proxy(
    {},
    {
      get: () => {
        throw new Error('trap')
      },
      ownKeys: () => {
        throw new Error('trap')
      },
      getPrototypeOf: () => {
        throw new Error('trap')
      },
    },
  )
  const getter = Object.defineProperty({}, 'id', {
    enumerable: true,
    get: () => {
      throw new Error('getter')
    },
  })
  return [() => 1, Symbol('x'), throwing, getter, Object.create({ id: 1 }), { [Symbol('key')]: 1 }]
}

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code))

/** One hostile leaf value, suited to the transport. */
export function hostileLeaf(transport: Transport): fc.Arbitrary<unknown> {
  const oddities = transport === 'in-process' ? [...clonableOddities(), ...inProcessOddities()] : clonableOddities()
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...SPECIAL_NUMBERS) },
    { weight: 1, arbitrary: fc.double() },
    { weight: 1, arbitrary: fc.integer() },
    { weight: 4, arbitrary: fc.constantFrom(...TRICKY_STRINGS) },
    { weight: 2, arbitrary: fc.string({ maxLength: 30 }).map((text) => `${text}${CANARY}`) },
    { weight: 1, arbitrary: fc.string({ unit: fc.oneof(loneSurrogate, fc.constant('a')), maxLength: 20 }) },
    { weight: 2, arbitrary: fc.constantFrom(null, undefined, true, false) },
    { weight: 1, arbitrary: fc.date({ noInvalidDate: false }) },
    { weight: 2, arbitrary: fc.constantFrom(...oddities) },
    { weight: 1, arbitrary: fc.constantFrom(...bigValuesOnce()) },
  )
}

export const hostileKey: fc.Arbitrary<string> = fc.oneof(
  { weight: 60, arbitrary: fc.constantFrom(...TRICKY_KEYS) },
  { weight: 20, arbitrary: fc.string({ maxLength: 12 }) },
  // A key name a megabyte long: the answer names the field, so it must not grow with it.
  { weight: 1, arbitrary: fc.constant('k'.repeat(1_048_576)) },
)

/** A small tree of hostile values: arrays and objects (with hostile keys) down to hostile leaves. */
export function hostileTree(transport: Transport): fc.Arbitrary<unknown> {
  const leaf = hostileLeaf(transport)
  const { tree } = fc.letrec<{ tree: unknown }>((tie) => ({
    tree: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      { weight: 3, arbitrary: leaf },
      { weight: 1, arbitrary: fc.array(tie('tree'), { maxLength: 4 }) },
      {
        weight: 1,
        arbitrary: fc.array(fc.tuple(hostileKey, tie('tree')), { maxLength: 4 }).map((pairs) => ownProperties(pairs)),
      },
    ),
  }))
  return tree
}

/** An object with these own properties, including `__proto__` as a plain own key (as JSON.parse makes it). */
export function ownProperties(pairs: ReadonlyArray<readonly [string, unknown]>): Record<string, unknown> {
  const target: Record<string, unknown> = {}
  for (const [key, value] of pairs) {
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
  }
  return target
}
