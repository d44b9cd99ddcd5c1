import type { PhotoMediaType } from '../../contract/photo-values'
import { heicExifExtents } from './heic-boxes'

/*
 * Phones write where a photo was taken into its Exif block (the GPS directory) and sometimes its
 * XMP packet. Inside the journal the photo is kept as it came; anything that leaves it (a
 * Markdown or JSON export, a PDF) goes through here first. The GPS directory is emptied in
 * place (the rest of Exif, such as the orientation, stays), XMP packets are dropped. A photo
 * without location data comes out byte for byte as it went in.
 */

const GPS_POINTER = 0x8825
const TYPE_SIZES: Record<number, number> = { 1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8 }

/**
 * Empties the GPS directory of the TIFF structure in `bytes[start, end)`, in place: every GPS
 * value is zeroed and the directory's count set to 0. Returns true when there was one to empty.
 */
export function clearTiffGps(bytes: Uint8Array, start: number, end: number): boolean {
  if (end - start < 8) return false
  const data = new DataView(bytes.buffer, bytes.byteOffset + start, end - start)
  const order = String.fromCharCode(bytes[start] ?? 0, bytes[start + 1] ?? 0)
  if (order !== 'II' && order !== 'MM') return false
  const little = order === 'II'
  const length = end - start
  const ifd0 = data.getUint32(4, little)
  if (ifd0 + 2 > length) return false
  const entries = data.getUint16(ifd0, little)
  let gps = 0
  for (let index = 0; index < entries; index += 1) {
    const at = ifd0 + 2 + index * 12
    if (at + 12 > length) return false
    if (data.getUint16(at, little) === GPS_POINTER) gps = data.getUint32(at + 8, little)
  }
  if (gps === 0 || gps + 2 > length) return false
  const count = data.getUint16(gps, little)
  if (count === 0) return false
  for (let index = 0; index < count; index += 1) {
    const at = gps + 2 + index * 12
    if (at + 12 > length) break
    const size = (TYPE_SIZES[data.getUint16(at + 2, little)] ?? 1) * data.getUint32(at + 4, little)
    const valueAt = data.getUint32(at + 8, little)
    if (size > 4 && valueAt + size <= length) bytes.fill(0, start + valueAt, start + valueAt + size)
    bytes.fill(0, start + at, start + at + 12)
  }
  data.setUint16(gps, 0, little)
  return true
}

const EXIF_HEADER = 'Exif\u0000\u0000'
const XMP_HEADERS = ['http://ns.adobe.com/xap/1.0/\u0000', 'http://ns.adobe.com/xmp/extension/\u0000']

function asciiAt(bytes: Uint8Array, at: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(at, Math.min(bytes.length, at + length)))
}

function jpegWithoutLocation(original: Uint8Array): Uint8Array {
  const bytes = original.slice()
  const kept: Uint8Array[] = [bytes.subarray(0, 2)]
  let changed = false
  let at = 2
  while (at + 4 <= bytes.length && bytes[at] === 0xff) {
    const marker = bytes[at + 1] ?? 0
    const length = ((bytes[at + 2] ?? 0) << 8) | (bytes[at + 3] ?? 0)
    if (marker === 0xda || length < 2) break
    const segmentEnd = at + 2 + length
    if (marker === 0xe1 && asciiAt(bytes, at + 4, 6) === EXIF_HEADER) {
      changed = clearTiffGps(bytes, at + 10, Math.min(segmentEnd, bytes.length)) || changed
    }
    if (marker === 0xe1 && XMP_HEADERS.some((header) => asciiAt(bytes, at + 4, header.length) === header)) {
      changed = true // dropped: XMP can repeat the location
    } else {
      kept.push(bytes.subarray(at, segmentEnd))
    }
    at = segmentEnd
  }
  if (!changed) return original
  kept.push(bytes.subarray(at))
  return Buffer.concat(kept)
}

const PNG_METADATA = new Set(['eXIf'])

function pngWithoutLocation(original: Uint8Array): Uint8Array {
  const data = new DataView(original.buffer, original.byteOffset, original.byteLength)
  const kept: Uint8Array[] = [original.subarray(0, 8)]
  let changed = false
  let at = 8
  while (at + 12 <= original.length) {
    const length = data.getUint32(at)
    const type = asciiAt(original, at + 4, 4)
    const end = Math.min(original.length, at + 12 + length)
    const isXmp = (type === 'iTXt' || type === 'tEXt') && asciiAt(original, at + 8, 17) === 'XML:com.adobe.xmp'
    if (PNG_METADATA.has(type) || isXmp) changed = true
    else kept.push(original.subarray(at, end))
    at = end
  }
  if (!changed) return original
  kept.push(original.subarray(at))
  return Buffer.concat(kept)
}

function webpWithoutLocation(original: Uint8Array): Uint8Array {
  const bytes = original.slice()
  const data = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let changed = false
  let at = 12
  while (at + 8 <= bytes.length) {
    const type = asciiAt(bytes, at, 4)
    const size = data.getUint32(at + 4, true)
    const start = at + 8
    const end = Math.min(bytes.length, start + size)
    if (type === 'EXIF') {
      const tiff = asciiAt(bytes, start, 6) === EXIF_HEADER ? start + 6 : start
      changed = clearTiffGps(bytes, tiff, end) || changed
    } else if (type === 'XMP ') {
      bytes.fill(0x20, start, end) // same size, so the RIFF sizes stay right
      changed = true
    }
    at = start + size + (size % 2)
  }
  return changed ? bytes : original
}

function heicWithoutLocation(original: Uint8Array): Uint8Array {
  const bytes = original.slice()
  const data = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let changed = false
  for (const { start, end } of heicExifExtents(bytes)) {
    if (start + 4 > end) continue
    // The item starts with the offset of its TIFF header (past an optional "Exif\0\0").
    const tiff = start + 4 + data.getUint32(start)
    changed = clearTiffGps(bytes, tiff, end) || changed
  }
  return changed ? bytes : original
}

/** The photo without where it was taken; the same bytes when it does not say. */
export function withoutLocation(bytes: Uint8Array, mediaType: PhotoMediaType): Uint8Array {
  try {
    switch (mediaType) {
      case 'image/jpeg':
        return jpegWithoutLocation(bytes)
      case 'image/png':
        return pngWithoutLocation(bytes)
      case 'image/webp':
        return webpWithoutLocation(bytes)
      case 'image/heic':
        return heicWithoutLocation(bytes)
      case 'image/gif':
        return bytes
    }
  } catch {
    // A block too damaged to walk could still hide a location: nothing of it leaves.
    return new Uint8Array(0)
  }
}
