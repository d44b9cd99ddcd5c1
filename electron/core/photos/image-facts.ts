import { PHOTO_LIMITS, type PhotoMediaType } from '../../contract/photo-values'
import { MendError } from '../errors'
import { heicSize } from './heic-boxes'

/**
 * What a photo is, read from its bytes (never its name): the format from its signature, the size
 * from a real parse of its header, and a check that the file is whole (a JPEG ends its scan, a
 * PNG has its IEND, a GIF its trailer, a RIFF or ISO file is as long as its boxes say). Nothing
 * here decodes pixels, so a hostile file costs a header read, not a gigabyte of memory.
 */
export interface ImageFacts {
  mediaType: PhotoMediaType
  width: number
  height: number
}

const MB = 1024 * 1024
const KNOWN = 'JPEG, PNG, WebP, GIF or HEIC'

export function photoRefused(message: string): MendError {
  return new MendError('UNREADABLE_FILE', message)
}

function startsWith(bytes: Uint8Array, signature: readonly number[], at = 0): boolean {
  return signature.every((byte, index) => bytes[at + index] === byte)
}

function ascii(bytes: Uint8Array, at: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(at, at + length))
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
}

const truncated = () => photoRefused('This photo is cut short (the file is incomplete), so Mend cannot keep it.')

/** SOFn markers carry the frame size; C4 (DHT), C8 (JPG) and CC (DAC) share the range but do not. */
function isStartOfFrame(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc
}

function jpegSize(bytes: Uint8Array): { width: number; height: number } {
  const data = view(bytes)
  let at = 2
  let size: { width: number; height: number } | null = null
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) throw photoRefused('This JPEG is damaged (its markers are out of order).')
    const marker = bytes[at + 1] ?? 0
    if (marker === 0xff) {
      at += 1 // fill byte
      continue
    }
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      at += 2
      continue
    }
    const length = data.getUint16(at + 2)
    if (length < 2 || at + 2 + length > bytes.length) throw truncated()
    if (isStartOfFrame(marker)) {
      if (length < 7) throw photoRefused('This JPEG is damaged (its frame header is too short).')
      size = { height: data.getUint16(at + 5), width: data.getUint16(at + 7) }
    }
    if (marker === 0xda) {
      if (!size) throw photoRefused('This JPEG is damaged (it has no frame header).')
      // The image data runs to the end-of-image marker; a cut file does not have one after it.
      const end = bytes.lastIndexOf(0xd9)
      if (end <= at || bytes[end - 1] !== 0xff) throw truncated()
      return size
    }
    at += 2 + length
  }
  throw truncated()
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const data = view(bytes)
  if (bytes.length < 33 || ascii(bytes, 12, 4) !== 'IHDR') throw photoRefused('This PNG is damaged (no IHDR header).')
  const size = { width: data.getUint32(16), height: data.getUint32(20) }
  let at = 8
  while (at + 12 <= bytes.length) {
    const length = data.getUint32(at)
    const type = ascii(bytes, at + 4, 4)
    if (at + 12 + length > bytes.length) break
    if (type === 'IEND') return size
    at += 12 + length
  }
  throw truncated()
}

function gifSize(bytes: Uint8Array): { width: number; height: number } {
  if (bytes.length < 14) throw truncated()
  const data = view(bytes)
  // The trailer (0x3B) ends every whole GIF; some writers pad after it, so look near the end.
  const tail = bytes.subarray(Math.max(0, bytes.length - 16))
  if (!tail.includes(0x3b)) throw truncated()
  return { width: data.getUint16(6, true), height: data.getUint16(8, true) }
}

function webpSize(bytes: Uint8Array): { width: number; height: number } {
  const data = view(bytes)
  if (bytes.length < 30) throw truncated()
  if (data.getUint32(4, true) + 8 > bytes.length) throw truncated()
  const chunk = ascii(bytes, 12, 4)
  if (chunk === 'VP8X') {
    const width = 1 + (data.getUint16(24, true) | ((bytes[26] ?? 0) << 16))
    const height = 1 + (data.getUint16(27, true) | ((bytes[29] ?? 0) << 16))
    return { width, height }
  }
  if (chunk === 'VP8 ') {
    if (!startsWith(bytes, [0x9d, 0x01, 0x2a], 23)) throw photoRefused('This WebP is damaged (no frame header).')
    return { width: data.getUint16(26, true) & 0x3fff, height: data.getUint16(28, true) & 0x3fff }
  }
  if (chunk === 'VP8L') {
    if (bytes[20] !== 0x2f) throw photoRefused('This WebP is damaged (no lossless header).')
    const bits = data.getUint32(21, true)
    return { width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 }
  }
  throw photoRefused('This WebP holds no image Mend can read.')
}

function kindOf(bytes: Uint8Array): PhotoMediaType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg'
  if (startsWith(bytes, PNG_SIGNATURE)) return 'image/png'
  if (ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a') return 'image/gif'
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return 'image/webp'
  if (ascii(bytes, 4, 4) === 'ftyp' && /^(heic|heix|heim|heis|hevc|hevx|mif1|msf1)$/.test(ascii(bytes, 8, 4))) {
    return 'image/heic'
  }
  return null
}

function sizeOf(mediaType: PhotoMediaType, bytes: Uint8Array): { width: number; height: number } {
  switch (mediaType) {
    case 'image/jpeg':
      return jpegSize(bytes)
    case 'image/png':
      return pngSize(bytes)
    case 'image/gif':
      return gifSize(bytes)
    case 'image/webp':
      return webpSize(bytes)
    case 'image/heic':
      return heicSize(bytes)
  }
}

/** The facts of a photo Mend can keep, or a refusal in plain words (UNREADABLE_FILE). Never throws anything else. */
export function readImageFacts(bytes: Uint8Array): ImageFacts {
  if (bytes.byteLength === 0) throw photoRefused('This file is empty, so it is not a photo.')
  if (bytes.byteLength > PHOTO_LIMITS.maxBytes) {
    throw photoRefused(`This photo is larger than ${PHOTO_LIMITS.maxBytes / MB} MB, the most Mend keeps for one photo.`)
  }
  const mediaType = kindOf(bytes)
  if (!mediaType) throw photoRefused(`This file is not a photo Mend can keep (${KNOWN}), whatever its name says.`)
  let size: { width: number; height: number }
  try {
    size = sizeOf(mediaType, bytes)
  } catch (error) {
    if (error instanceof MendError) throw error
    throw truncated() // a read past the end of a DataView: the header is cut short
  }
  const { width, height } = size
  if (width < 1 || height < 1) throw photoRefused('This photo says it has no width or height, so it is damaged.')
  if (width > PHOTO_LIMITS.maxSide || height > PHOTO_LIMITS.maxSide || width * height > PHOTO_LIMITS.maxPixels) {
    throw photoRefused(
      `This photo is ${width} × ${height} pixels, more than Mend shows safely (${PHOTO_LIMITS.maxPixels / 1_000_000} megapixels at most).`,
    )
  }
  return { mediaType, width, height }
}
