import { pngSize } from './png'

/**
 * The macOS .icns element types that may hold a PNG, with the pixel size each must have. The
 * 1x types come first; the "@2x" ones (ic11 to ic14) repeat a pixel size for a smaller point
 * size, as Apple's iconutil writes them, so Retina screens get a drawn icon instead of a scaled one.
 */
export const ICNS_TYPES = {
  icp4: 16,
  icp5: 32,
  icp6: 64,
  ic07: 128,
  ic08: 256,
  ic09: 512,
  ic10: 1024,
  ic11: 32,
  ic12: 64,
  ic13: 256,
  ic14: 512,
} as const

export type IcnsType = keyof typeof ICNS_TYPES

/**
 * An .icns container: the magic 'icns' and the total length (big-endian), then one element a
 * type: its four-letter code, its length including this 8-byte head, and the PNG file.
 */
export function encodeIcns(entries: { type: IcnsType; png: Buffer }[]): Buffer {
  const elements = entries.map(({ type, png }) => {
    const { width, height } = pngSize(png)
    const expected = ICNS_TYPES[type]
    if (width !== expected || height !== expected) {
      throw new Error(`${type} holds a ${expected} px image, not ${width}x${height}`)
    }
    const head = Buffer.alloc(8)
    head.write(type, 0, 'latin1')
    head.writeUInt32BE(8 + png.length, 4)
    return Buffer.concat([head, png])
  })
  const head = Buffer.alloc(8)
  head.write('icns', 0, 'latin1')
  head.writeUInt32BE(8 + elements.reduce((sum, element) => sum + element.length, 0), 4)
  return Buffer.concat([head, ...elements])
}
