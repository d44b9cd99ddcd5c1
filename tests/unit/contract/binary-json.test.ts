import { describe, expect, it } from 'vitest'
import { parseWithBytes, stringifyWithBytes } from '../../../electron/contract/binary-json'

describe('bytes over the JSON test bridge', () => {
  it('carries a Uint8Array and a Node Buffer as bytes, both ways, with everything around them', () => {
    const bytes = Uint8Array.from({ length: 70_000 }, (_, index) => index % 251)
    const message = { ok: true, value: { key: 'a'.repeat(32), bytes, buffer: Buffer.from([1, 2, 3]), list: [1, 'x'] } }
    const back = parseWithBytes(stringifyWithBytes(message)) as typeof message
    expect(back.value.bytes).toBeInstanceOf(Uint8Array)
    expect([...back.value.bytes]).toEqual([...bytes])
    expect([...back.value.buffer]).toEqual([1, 2, 3])
    expect(back.value.list).toEqual([1, 'x'])
  })

  it('leaves an object that only looks like bytes alone unless it is exactly one', () => {
    expect(parseWithBytes('{"a":{"$bytes":"AQI=","b":1}}')).toEqual({ a: { $bytes: 'AQI=', b: 1 } })
  })
})
