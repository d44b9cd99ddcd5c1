/*
 * Photos cross the bridge as Uint8Array. Electron's IPC (structured clone) carries them as they
 * are; the loopback test bridge speaks JSON, where they travel as `{ "$bytes": "<base64>" }`.
 * Both ends of that bridge use these two functions, so nothing else knows the difference.
 */

const KEY = '$bytes'

function toBase64(bytes: Uint8Array): string {
  let binary = ''
  // In slices: String.fromCharCode with a few million arguments overflows the stack.
  for (let at = 0; at < bytes.length; at += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000))
  }
  return btoa(binary)
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text)
  const bytes = new Uint8Array(binary.length)
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index)
  return bytes
}

export function stringifyWithBytes(value: unknown): string {
  // The holder's own value: a Node Buffer has already been through its toJSON() by the time the
  // replacer sees `item`, and would travel as a list of numbers.
  return JSON.stringify(value, function (this: Record<string, unknown>, key, item: unknown) {
    const original = this[key]
    return original instanceof Uint8Array ? { [KEY]: toBase64(original) } : item
  })
}

export function parseWithBytes(text: string): unknown {
  return JSON.parse(text, (_key, item: unknown) => {
    if (typeof item === 'object' && item !== null && !Array.isArray(item)) {
      const encoded = (item as Record<string, unknown>)[KEY]
      if (typeof encoded === 'string' && Object.keys(item).length === 1) return fromBase64(encoded)
    }
    return item
  })
}
