import { crc32, deflateSync, inflateSync } from 'node:zlib'

/** The 8 bytes every PNG file starts with. */
export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

/** Width and height from the IHDR chunk, which the PNG format requires to come first. */
export function pngSize(png: Buffer): { width: number; height: number } {
  if (png.length < 24 || !png.subarray(0, 8).equals(PNG_SIGNATURE) || png.toString('latin1', 12, 16) !== 'IHDR') {
    throw new Error('not a PNG file')
  }
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) }
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8)
  head.writeUInt32BE(data.length, 0)
  head.write(type, 4, 'latin1')
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0)
  return Buffer.concat([head, data, crc])
}

/**
 * Chromium writes screenshots with fast compression; the icons are committed and shipped in
 * every installer, so the image data is deflated again at the highest level. Pixels are
 * untouched: the same filtered scanlines, recompressed. Ancillary chunks are dropped.
 */
export function recompressPng(png: Buffer): Buffer {
  pngSize(png)
  const kept: Buffer[] = []
  const data: Buffer[] = []
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at)
    const type = png.toString('latin1', at + 4, at + 8)
    const body = png.subarray(at + 8, at + 8 + length)
    if (type === 'IDAT') data.push(body)
    else if (type === 'IHDR' || type === 'PLTE' || type === 'tRNS') kept.push(chunk(type, body))
    at += 12 + length
  }
  const pixels = deflateSync(inflateSync(Buffer.concat(data)), { level: 9, memLevel: 9 })
  return Buffer.concat([PNG_SIGNATURE, ...kept, chunk('IDAT', pixels), chunk('IEND', Buffer.alloc(0))])
}
