import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { crc32, deflateSync } from 'node:zlib'
import type { PhotoMediaType } from '../../contract/photo-values'

/*
 * Decoding pixels in the core is needed only where Chromium or pdfkit cannot take the photo as it
 * is: a HEIC (Chromium cannot show it; Mend keeps a JPEG copy beside it to show) and, for a PDF,
 * a GIF or WebP (pdfkit embeds only JPEG and PNG). Every decoder is pure JavaScript or
 * WebAssembly from npm, so nothing needs a system library. Sizes were checked before this runs.
 */

const require = createRequire(__filename)

export interface Pixels {
  width: number
  height: number
  /** RGBA, 4 bytes a pixel. */
  data: Uint8Array
}

/** The longest side of the copy Mend shows for a photo Chromium cannot show itself. */
export const DISPLAY_SIDE = 2048

async function decodeHeic(bytes: Uint8Array): Promise<Pixels> {
  const decode = require('heic-decode') as (input: { buffer: Uint8Array }) => Promise<Pixels>
  return decode({ buffer: bytes })
}

let webpDecoder: Promise<(bytes: Uint8Array) => Promise<ImageData | Pixels>> | null = null

async function decodeWebp(bytes: Uint8Array): Promise<Pixels> {
  webpDecoder ??= (async () => {
    const wasm = await readFile(require.resolve('@jsquash/webp/codec/dec/webp_dec.wasm'))
    const codec = (await import('@jsquash/webp/decode.js')) as unknown as {
      init(module: WebAssembly.Module): Promise<void>
      default(bytes: ArrayBuffer): Promise<Pixels>
    }
    await codec.init(await WebAssembly.compile(wasm))
    return (input: Uint8Array) => codec.default(input.slice().buffer)
  })()
  const pixels = await (await webpDecoder)(bytes)
  return { width: pixels.width, height: pixels.height, data: new Uint8Array(pixels.data.buffer) }
}

function decodeGif(bytes: Uint8Array): Pixels {
  const { GifReader } = require('omggif') as {
    GifReader: new (bytes: Uint8Array) => {
      width: number
      height: number
      decodeAndBlitFrameRGBA(frame: number, pixels: Uint8Array): void
    }
  }
  const reader = new GifReader(bytes)
  const data = new Uint8Array(reader.width * reader.height * 4)
  reader.decodeAndBlitFrameRGBA(0, data)
  return { width: reader.width, height: reader.height, data }
}

/** The first frame's pixels; null when this computer's decoders cannot read the photo. */
export async function decodePixels(bytes: Uint8Array, mediaType: PhotoMediaType): Promise<Pixels | null> {
  try {
    if (mediaType === 'image/heic') return await decodeHeic(bytes)
    if (mediaType === 'image/webp') return await decodeWebp(bytes)
    if (mediaType === 'image/gif') return decodeGif(bytes)
    return null
  } catch {
    return null
  }
}

/** A box-filter reduction to at most `side` pixels on the longer side (enough for a screen or a page). */
export function shrink(pixels: Pixels, side: number): Pixels {
  const scale = Math.min(1, side / Math.max(pixels.width, pixels.height))
  if (scale === 1) return pixels
  const width = Math.max(1, Math.round(pixels.width * scale))
  const height = Math.max(1, Math.round(pixels.height * scale))
  const data = new Uint8Array(width * height * 4)
  for (let y = 0; y < height; y += 1) {
    const y0 = Math.floor(y / scale)
    const y1 = Math.min(pixels.height, Math.max(y0 + 1, Math.floor((y + 1) / scale)))
    for (let x = 0; x < width; x += 1) {
      const x0 = Math.floor(x / scale)
      const x1 = Math.min(pixels.width, Math.max(x0 + 1, Math.floor((x + 1) / scale)))
      const sums = [0, 0, 0, 0]
      for (let sy = y0; sy < y1; sy += 1) {
        for (let sx = x0; sx < x1; sx += 1) {
          const at = (sy * pixels.width + sx) * 4
          for (let channel = 0; channel < 4; channel += 1) sums[channel]! += pixels.data[at + channel] ?? 0
        }
      }
      const count = (y1 - y0) * (x1 - x0)
      const out = (y * width + x) * 4
      for (let channel = 0; channel < 4; channel += 1) data[out + channel] = Math.round(sums[channel]! / count)
    }
  }
  return { width, height, data }
}

export function encodeJpeg(pixels: Pixels, quality = 85): Uint8Array {
  const jpeg = require('jpeg-js') as {
    encode(image: { data: Uint8Array; width: number; height: number }, quality: number): { data: Uint8Array }
  }
  return new Uint8Array(jpeg.encode(pixels, quality).data)
}

function pngChunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8)
  head.writeUInt32BE(data.length, 0)
  head.write(type, 4, 'latin1')
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0)
  return Buffer.concat([head, data, crc])
}

/** RGBA to PNG (filter 0 on every row): for a GIF's or WebP's frame in a PDF, keeping transparency. */
export function encodePng(pixels: Pixels): Uint8Array {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(pixels.width, 0)
  header.writeUInt32BE(pixels.height, 4)
  header.set([8, 6, 0, 0, 0], 8)
  const stride = pixels.width * 4
  const rows = Buffer.alloc((stride + 1) * pixels.height)
  for (let y = 0; y < pixels.height; y += 1) {
    rows.set(pixels.data.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1)
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  return Buffer.concat([
    signature,
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(rows)),
    pngChunk('IEND', new Uint8Array(0)),
  ])
}

/** The JPEG Mend shows for a photo Chromium cannot show (HEIC); null when it cannot be decoded here. */
export async function makeDisplayCopy(bytes: Uint8Array, mediaType: PhotoMediaType): Promise<Uint8Array | null> {
  if (mediaType !== 'image/heic') return null
  const pixels = await decodePixels(bytes, mediaType)
  return pixels ? encodeJpeg(shrink(pixels, DISPLAY_SIDE)) : null
}
