import { pngSize } from './png'

/**
 * A Windows .ico whose images are stored as PNG (allowed since Windows Vista, and what
 * electron-builder and resedit accept): a 6-byte header, one 16-byte directory entry per image,
 * then the PNG files themselves. Sizes of 256 are written as 0 in the one-byte width and height.
 */
export function encodeIco(pngs: Buffer[]): Buffer {
  const header = Buffer.alloc(6)
  header.writeUInt16LE(0, 0) // reserved
  header.writeUInt16LE(1, 2) // 1 = icon (2 would be a cursor)
  header.writeUInt16LE(pngs.length, 4)
  const directory = Buffer.alloc(16 * pngs.length)
  let offset = header.length + directory.length
  pngs.forEach((png, index) => {
    const { width, height } = pngSize(png)
    if (width > 256 || height > 256) throw new Error(`an ICO image is at most 256 px, not ${width}x${height}`)
    const entry = index * 16
    directory.writeUInt8(width % 256, entry)
    directory.writeUInt8(height % 256, entry + 1)
    directory.writeUInt8(0, entry + 2) // no palette
    directory.writeUInt8(0, entry + 3) // reserved
    directory.writeUInt16LE(1, entry + 4) // colour planes
    directory.writeUInt16LE(32, entry + 6) // bits per pixel: RGBA
    directory.writeUInt32LE(png.length, entry + 8)
    directory.writeUInt32LE(offset, entry + 12)
    offset += png.length
  })
  return Buffer.concat([header, directory, ...pngs])
}
